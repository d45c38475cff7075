import Foundation

/// Picks how to read an input: a forced format wins; structured extensions (`.jsonl`, `.html`,
/// `.eml`, `.mbox`, `.md`, each also with `.gz`) are trusted; `.txt`, unknown extensions and
/// standard input are sniffed for unmistakable HTML, JSON Lines or mail, else read as text.
enum FormatDetector {
    static func detect(path: String, bytes: [UInt8], forced: InputFormat?) -> InputFormat {
        if let forced { return forced }
        switch format(forPath: path) {
        case .text?, nil: return sniff(bytes) ?? .text
        case let known?: return known
        }
    }

    static func format(forPath path: String) -> InputFormat? {
        switch PathName.pathExtension(PathName.lowercasedName(path, droppingGz: true)) {
        case "txt", "text": return .text
        case "md", "markdown": return .markdown
        case "jsonl", "ndjson": return .jsonl
        case "html", "htm", "xhtml", "shtml": return .html
        case "eml", "mbox", "mbx": return .mail
        default: return nil
        }
    }

    /// A format the content makes unmistakable, or nil.
    static func sniff(_ bytes: [UInt8]) -> InputFormat? {
        var i = 0
        while i < bytes.count, i < 4096, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0A || bytes[i] == 0x0D { i += 1 }
        guard i < bytes.count else { return nil }
        if bytes[i] == UInt8(ascii: "<") {
            // Only markup pays for building and case-folding the head.
            let head = String(decoding: bytes[i..<min(bytes.count, i + 1024)], as: UTF8.self).lowercased()
            let markers = ["<!doctype html", "<html", "<head", "<body", "<meta", "<title", "<article", "<div", "<p>"]
            if markers.contains(where: head.contains) { return .html }
        }
        if bytes[i] == UInt8(ascii: "{"), firstLineIsJSONObject(bytes[i...]) { return .jsonl }
        if MailHeaders.looksLikeMail(bytes[i...]) { return .mail }
        return nil
    }

    private static func firstLineIsJSONObject(_ bytes: ArraySlice<UInt8>) -> Bool {
        let end = bytes.firstIndex(of: 0x0A) ?? bytes.endIndex
        guard end - bytes.startIndex <= 1 << 20 else { return false }
        let object = try? JSONSerialization.jsonObject(with: Data(bytes[..<end]))
        return object is [String: Any]
    }
}
