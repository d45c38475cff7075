// Test tool, not shipped: reads lines with LineEditor and echoes what it got, so the LineEdit
// tests can type at a real terminal editor (through tmux) or pipe lines in.
//
//   lineedit-probe [--history PATH | --no-history]   (default: LineEditor.defaultHistoryPath())
//
// Output: "GOT:<line>" per line, "[interrupted]" on Ctrl-C, "[eof]" at the end. The line "busy"
// spins until Ctrl-C sets InterruptFlag, then prints "[computation interrupted]"; the line "stuck"
// sleeps without polling, so only a second Ctrl-C (which ends the process) gets it out.
import Foundation
import LineEdit

let words = [
    "ipairs", "pairs", "paragraphs", "print", "release", "require", "return",
    "string.find", "string.format", "string.gsub", "héllo",
]

var arguments = Array(CommandLine.arguments.dropFirst())
var historyFile: String? = nil
if let index = arguments.firstIndex(of: "--history"), index + 1 < arguments.count {
    historyFile = arguments[index + 1]
} else if !arguments.contains("--no-history") {
    historyFile = LineEditor.defaultHistoryPath()
}

/// Letters, digits, `_`, `.` and any non-ASCII byte make up a word.
func isWordByte(_ byte: UInt8) -> Bool {
    byte >= 0x80 || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".")
        || (byte >= 0x30 && byte <= 0x39) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A)
}

let editor = LineEditor(programName: "lineedit-probe", historyFile: historyFile)
editor.completion = { line, cursor in
    let before = Array(line.utf8.prefix(cursor))
    var start = before.count
    while start > 0, isWordByte(before[start - 1]) { start -= 1 }
    let word = String(decoding: before[start...], as: UTF8.self)
    return Completion(replaceFrom: start, candidates: words.filter { $0.hasPrefix(word) })
}
InterruptFlag.install()

func spinUntilInterrupted() {
    print("[busy]")
    fflush(stdout)
    _ = InterruptFlag.takePending()
    let deadline = Date().addingTimeInterval(30)
    while !InterruptFlag.takePending() {
        if Date() > deadline {
            print("[busy timed out]")
            return
        }
        usleep(10_000)
    }
    print("[computation interrupted]")
}

func stayStuck() {
    _ = InterruptFlag.takePending()
    print("[stuck]")
    fflush(stdout)
    // A signal cuts one sleep short, so sleep until the deadline without looking at the flag.
    let deadline = Date().addingTimeInterval(30)
    while Date() < deadline { usleep(10_000) }
    print("[unstuck]")
}

loop: while true {
    switch editor.readLine(prompt: "probe> ") {
    case .line(let line):
        editor.addHistory(line)
        switch line {
        case "busy": spinUntilInterrupted()
        case "stuck": stayStuck()
        default: print("GOT:\(line)")
        }
    case .interrupted:
        print("[interrupted]")
    case .endOfInput:
        break loop
    }
    fflush(stdout)
}
editor.saveHistory()
print("[eof]")
