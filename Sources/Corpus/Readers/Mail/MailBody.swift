import Foundation

/// The readable text of a MIME entity: transfer encoding undone (quoted-printable by hand,
/// base64 through Foundation), charset converted, multiparts searched for the best text part
/// (`text/plain` preferred, else `text/html` through `HTMLExtractor`), attachments passed over.
struct MailBody {
    var text: [UInt8]
    var warning: String?

    static func extract(headers: MailHeaders, body: ArraySlice<UInt8>, depth: Int = 0) -> MailBody? {
        let type = ContentType(headers["content-type"] ?? "text/plain")
        if type.mediaType.hasPrefix("multipart/") {
            guard depth < 8, let boundary = type.parameters["boundary"], !boundary.isEmpty else { return nil }
            let parts = splitMultipart(body, boundary: boundary).compactMap { part -> (ContentType, MailBody)? in
                let (h, start) = MailHeaders.parse(part)
                if h["content-disposition"]?.lowercased().hasPrefix("attachment") == true { return nil }
                guard let b = extract(headers: h, body: part[start...], depth: depth + 1) else { return nil }
                return (ContentType(h["content-type"] ?? "text/plain"), b)
            }
            return (parts.first { $0.0.mediaType == "text/plain" } ?? parts.first)?.1
        }
        guard type.mediaType == "text/plain" || type.mediaType == "text/html" || type.mediaType.isEmpty else { return nil }
        let raw = decodeTransfer(body, encoding: headers["content-transfer-encoding"])
        let decoded = MailCharset.toUTF8(raw, charset: type.parameters["charset"])
        guard type.mediaType == "text/html" else { return MailBody(text: decoded.bytes, warning: decoded.warning) }
        let paragraphs = HTMLExtractor.extract(decoded.bytes)?.paragraphs ?? []
        return MailBody(text: ReleaseLayout.body(paragraphs: paragraphs), warning: decoded.warning)
    }

    static func decodeTransfer(_ body: ArraySlice<UInt8>, encoding: String?) -> [UInt8] {
        switch encoding?.lowercased().trimmingSpaces {
        case "quoted-printable"?: return QuotedPrintable.decode(body)
        case "base64"?:
            let data = Data(base64Encoded: Data(body), options: .ignoreUnknownCharacters)
            return data.map { [UInt8]($0) } ?? Array(body)
        default: return Array(body)
        }
    }

    /// The parts between `--boundary` lines, up to `--boundary--`.
    static func splitMultipart(_ body: ArraySlice<UInt8>, boundary: String) -> [ArraySlice<UInt8>] {
        let delimiter = Array(("--" + boundary).utf8)
        var parts: [ArraySlice<UInt8>] = []
        var partStart: Int?
        var i = body.startIndex
        while i < body.endIndex {
            let end = body[i...].firstIndex(of: 0x0A) ?? body.endIndex
            let line = ByteLines.trimmed(body[i..<end])
            if line.starts(with: delimiter) {
                if let s = partStart { parts.append(body[s..<max(s, i - 1)]) }
                let closing = line.count >= delimiter.count + 2 && line[line.startIndex + delimiter.count] == UInt8(ascii: "-")
                if closing { return parts }
                partStart = min(end + 1, body.endIndex)
            }
            i = end + 1
        }
        if let s = partStart, s < body.endIndex { parts.append(body[s...]) }
        return parts
    }
}

/// `text/plain; charset="utf-8"` split into the media type and its parameters.
struct ContentType {
    var mediaType: String
    var parameters: [String: String] = [:]

    init(_ value: String) {
        let pieces = ContentType.splitParameters(value)
        mediaType = (pieces.first ?? "").trimmingSpaces.lowercased()
        for piece in pieces.dropFirst() {
            guard let eq = piece.firstIndex(of: "=") else { continue }
            let key = piece[..<eq].trimmingSpaces.lowercased()
            var v = piece[piece.index(after: eq)...].trimmingSpaces
            if v.count >= 2, v.hasPrefix("\""), v.hasSuffix("\"") { v = String(v.dropFirst().dropLast()) }
            parameters[key] = v
        }
    }

    /// Splits on `;` outside double quotes (boundaries may contain `;`).
    private static func splitParameters(_ s: String) -> [Substring] {
        var result: [Substring] = []
        var start = s.startIndex
        var quoted = false
        for i in s.indices {
            if s[i] == "\"" { quoted.toggle() }
            if s[i] == ";", !quoted { result.append(s[start..<i]); start = s.index(after: i) }
        }
        result.append(s[start...])
        return result
    }
}
