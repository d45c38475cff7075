import Foundation

/// An RFC 5322 header block: unfolded, names lower-cased, encoded words (RFC 2047) decoded.
struct MailHeaders {
    private(set) var fields: [(name: String, value: String)] = []

    subscript(name: String) -> String? { fields.first { $0.name == name }?.value }

    /// Headers for `r.meta`: the first of each name, without transport and signature headers
    /// (`Received`, `DKIM-Signature`, `ARC-*`), which say nothing about the release.
    var metadataFields: [String: String] {
        var out: [String: String] = [:]
        for (name, value) in fields where out[name] == nil && !value.isEmpty && value.utf8.count <= 1000 {
            if name == "received" || name.hasSuffix("-signature") || name.hasPrefix("arc-") || name == "authentication-results" { continue }
            out[name] = value
        }
        return out
    }

    /// Parses headers at the start of `bytes`; returns them and the offset where the body starts.
    static func parse(_ bytes: ArraySlice<UInt8>) -> (MailHeaders, Int) {
        var headers = MailHeaders()
        var i = bytes.startIndex
        var name: String?
        var value: [UInt8] = []
        func finish() {
            if let n = name { headers.fields.append((n, decodeWords(String(decoding: value, as: UTF8.self)).trimmingSpaces)) }
            name = nil
            value = []
        }
        while i < bytes.endIndex {
            let end = bytes[i...].firstIndex(of: 0x0A) ?? bytes.endIndex
            let line = ByteLines.trimmed(bytes[i..<end])
            let next = min(end + 1, bytes.endIndex)
            if line.isEmpty { finish(); return (headers, next) }
            if bytes[i] == 0x20 || bytes[i] == 0x09 {
                value.append(0x20)
                value += line
            } else if let colon = line.firstIndex(of: UInt8(ascii: ":")) {
                finish()
                name = String(decoding: line[..<colon], as: UTF8.self).trimmingSpaces.lowercased()
                value = Array(line[(colon + 1)...])
            } else {
                // Not a header line: the header block ended without a blank line.
                finish()
                return (headers, i)
            }
            i = next
        }
        finish()
        return (headers, bytes.endIndex)
    }

    private static let telling: Set<String> = ["from", "date", "subject", "message-id", "received", "mime-version",
                                               "return-path", "to", "content-type", "delivered-to"]

    /// An mbox `From ` line, or a header block naming at least two mail headers one of which
    /// only mail has (From, Message-ID, Received, MIME-Version, Return-Path).
    static func looksLikeMail(_ bytes: ArraySlice<UInt8>) -> Bool {
        if Mbox.isMbox(bytes) { return true }
        // A message starts with a header line, `Name: value` with no space in the name; a release's
        // first line (a headline) almost never does, so most files stop here without a parse.
        guard let colon = bytes.prefix(80).firstIndex(of: UInt8(ascii: ":")), colon > bytes.startIndex,
              !bytes[..<colon].contains(where: { $0 <= 0x20 || $0 >= 0x7F }) else { return false }
        let (headers, _) = parse(bytes.prefix(8192))
        let names = Set(headers.fields.map(\.name))
        let known = names.intersection(telling)
        return known.count >= 2 && !known.isDisjoint(with: ["from", "message-id", "received", "mime-version", "return-path"])
            && headers.fields.count == headers.fields.filter({ !$0.name.contains(" ") }).count
    }

    /// `=?charset?Q|B?text?=` words decoded; whitespace between adjacent encoded words dropped.
    static func decodeWords(_ value: String) -> String {
        guard value.contains("=?") else { return value }
        var out = ""
        var rest = Substring(value)
        var lastWasEncoded = false
        while let start = rest.range(of: "=?") {
            let gap = rest[..<start.lowerBound]
            let after = rest[start.upperBound...]
            // RFC 2047 caps an encoded word at 75 characters; looking no further keeps this linear.
            let parts = after.prefix(200).split(separator: "?", maxSplits: 3, omittingEmptySubsequences: false)
            guard parts.count == 4, parts[3].hasPrefix("="), let decoded = decodeWord(charset: parts[0], encoding: parts[1], text: parts[2]) else {
                out += rest[..<start.upperBound]
                rest = after
                lastWasEncoded = false
                continue
            }
            if !(lastWasEncoded && gap.allSatisfy(\.isWhitespace)) { out += gap }
            out += decoded
            rest = rest[rest.index(after: parts[3].startIndex)...]
            lastWasEncoded = true
        }
        return out + rest
    }

    private static func decodeWord(charset: Substring, encoding: Substring, text: Substring) -> String? {
        let raw: [UInt8]
        switch encoding.uppercased() {
        case "Q": raw = QuotedPrintable.decode(Array(text.utf8), underscoreIsSpace: true)
        case "B":
            guard let data = Data(base64Encoded: String(text), options: .ignoreUnknownCharacters) else { return nil }
            raw = [UInt8](data)
        default: return nil
        }
        return String(decoding: MailCharset.toUTF8(raw, charset: String(charset)).bytes, as: UTF8.self)
    }
}

/// Mail charsets to UTF-8: UTF-8 and ASCII are validated, Latin-1 / Windows-1252 transcoded,
/// UTF-16 handled by `TextDecoder`; anything else is read as UTF-8 with repair and a warning.
enum MailCharset {
    static func toUTF8(_ bytes: [UInt8], charset: String?) -> TextDecoder.Result {
        let name = (charset ?? "utf-8").lowercased().replacingOccurrences(of: "_", with: "-")
        switch name {
        case "iso-8859-1", "latin1", "latin-1", "iso8859-1", "windows-1252", "cp1252", "iso-8859-15", "us-ascii", "ascii":
            if name.contains("ascii"), TextDecoder.scan(bytes).invalid == 0 { return TextDecoder.Result(bytes: bytes) }
            return TextDecoder.Result(bytes: Windows1252.decode(bytes))
        case "utf-16", "utf-16le", "utf-16be":
            var marked = bytes
            if !(bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])) {
                marked = (name == "utf-16le" ? [0xFF, 0xFE] : [0xFE, 0xFF]) + bytes
            }
            return TextDecoder.decode(marked)
        default:
            var result = TextDecoder.decode(bytes)
            if !name.hasPrefix("utf-8") && !name.hasPrefix("utf8") {
                result.warning = "charset \(name) is not supported; read as UTF-8" + (result.warning.map { "; \($0)" } ?? "")
            }
            return result
        }
    }
}
