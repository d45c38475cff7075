import CEditLineShim
import Foundation

/// Reads lines from the user with editing, history and Tab completion (libedit), or plainly from
/// stdin when stdin or stdout is not a terminal, so a program using it can be piped and tested.
///
/// Interactive keys: arrows and emacs keys edit, Up/Down walk the history, Ctrl-R searches it
/// backwards, Tab completes through `completion`, Ctrl-D on an empty line ends input, Ctrl-C
/// discards the line. The user's ~/.editrc is read and may rebind keys.
///
/// History: loaded from `historyFile` at start; `saveHistory()` appends this session's lines to
/// the file, keeping lines other sessions saved meanwhile. Piped sessions neither load nor save.
public final class LineEditor {
    /// Whether lines come from the terminal editor (false: plain reads from stdin).
    public let isInteractive: Bool
    public let historyFile: String?
    public let historyLimit: Int

    /// Called on Tab with the whole line and the cursor's UTF-8 offset in it.
    public var completion: ((_ line: String, _ cursor: Int) -> Completion)?

    private var editor: OpaquePointer?
    private var unsavedHistory: [String] = []
    /// Plain reads with a terminal on stdin still show the prompt, on stderr.
    private let promptsOnStderr: Bool

    public init(programName: String, historyFile: String?, historyLimit: Int = 1000) {
        self.historyFile = historyFile
        self.historyLimit = max(1, min(historyLimit, Int(Int32.max)))
        let terminalIn = isatty(STDIN_FILENO) == 1
        let terminalOut = isatty(STDOUT_FILENO) == 1
        var opened: OpaquePointer?
        if terminalIn && terminalOut {
            le_ensure_utf8_ctype()
            opened = le_open(programName, Int32(self.historyLimit))
        }
        editor = opened
        isInteractive = opened != nil
        promptsOnStderr = opened == nil && terminalIn && isatty(STDERR_FILENO) == 1
        if let opened {
            le_set_completer(opened, completeTrampoline, Unmanaged.passUnretained(self).toOpaque())
            if let historyFile { _ = le_history_load(opened, historyFile) }
        }
    }

    deinit {
        saveHistory()
        if let editor { le_close(editor) }
    }

    /// Reads one line, showing `prompt` when interactive.
    public func readLine(prompt: String) -> LineResult {
        guard let editor else { return readPlainLine(prompt: prompt) }
        var text: UnsafePointer<CChar>?
        var length: Int32 = 0
        let status = Int(le_read(editor, prompt, &text, &length))
        switch status {
        case Int(LE_READ_LINE):
            guard let text else { return .line("") }
            let bytes = UnsafeRawBufferPointer(start: UnsafeRawPointer(text), count: Int(length))
            return .line(String(decoding: bytes, as: UTF8.self))
        case Int(LE_READ_INTERRUPTED):
            return .interrupted
        default:
            return .endOfInput
        }
    }

    /// Remembers a line for Up-arrow recall and for `saveHistory()`. Blank lines are skipped, and
    /// so is everything when not interactive (piped input is not the user's history).
    public func addHistory(_ line: String) {
        guard let editor, line.contains(where: { !$0.isWhitespace }) else { return }
        le_history_add(editor, line)
        unsavedHistory.append(line)
    }

    /// Appends the lines added since the last save to `historyFile`, trimmed to `historyLimit`
    /// entries. Returns false if there was a file to write and it could not be written.
    @discardableResult
    public func saveHistory() -> Bool {
        guard editor != nil, let historyFile, !unsavedHistory.isEmpty else { return true }
        let folder = (historyFile as NSString).deletingLastPathComponent
        if !folder.isEmpty {
            try? FileManager.default.createDirectory(
                atPath: folder, withIntermediateDirectories: true,
                attributes: [.posixPermissions: 0o700])
        }
        let lines = unsavedHistory.map { strdup($0) }
        defer { lines.forEach { free($0) } }
        let pointers = lines.map { UnsafePointer($0) }
        let saved = pointers.withUnsafeBufferPointer { buffer in
            le_history_append_file(historyFile, Int32(historyLimit), buffer.baseAddress, Int32(buffer.count))
        }
        if saved == 0 { unsavedHistory.removeAll() }
        return saved == 0
    }

    private func readPlainLine(prompt: String) -> LineResult {
        if promptsOnStderr {
            FileHandle.standardError.write(Data(prompt.utf8))
        }
        guard let line = Swift.readLine(strippingNewline: true) else { return .endOfInput }
        return .line(line)
    }

    /// Tab, from the C side: works out the completion and applies it to libedit's line.
    fileprivate func complete(_ el: OpaquePointer) -> UInt8 {
        guard let info = el_line(el)?.pointee, let buffer = info.buffer,
              let cursorPointer = info.cursor, let last = info.lastchar
        else { return UInt8(CC_ERROR) }
        let count = buffer.distance(to: last)
        let cursor = buffer.distance(to: cursorPointer)
        let bytes = UnsafeRawBufferPointer(start: UnsafeRawPointer(buffer), count: count)
        // Tab at the start of a line indents (and keeps pasted code intact).
        if bytes[..<cursor].allSatisfy({ $0 == 0x20 || $0 == 0x09 }) {
            return el_insertstr(el, "\t") == 0 ? UInt8(CC_REFRESH) : UInt8(CC_ERROR)
        }
        guard let completion else { return UInt8(CC_ERROR) }
        let line = String(decoding: bytes, as: UTF8.self)
        let answer = completion(line, cursor)
        switch CompletionAction.plan(line: line, cursor: cursor, completion: answer) {
        case .nothing:
            return UInt8(CC_ERROR)
        case let .replace(deleting, inserting):
            el_deletestr(el, Int32(deleting))
            if !inserting.isEmpty, el_insertstr(el, inserting) != 0 { return UInt8(CC_ERROR) }
            return UInt8(CC_REFRESH)
        case let .list(candidates):
            let width = editor.map { Int(le_columns($0)) } ?? 80
            let text = "\n" + CandidateColumns.lines(candidates, width: width).joined(separator: "\n") + "\n"
            fputs(text, stdout)
            fflush(stdout)
            // Redraws the prompt and line below the list.
            return UInt8(CC_REDISPLAY)
        }
    }
}

private let completeTrampoline: le_complete_fn = { context, el in
    guard let context, let el else { return UInt8(CC_ERROR) }
    return Unmanaged<LineEditor>.fromOpaque(context).takeUnretainedValue().complete(el)
}
