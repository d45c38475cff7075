import Foundation

/// The HTTP message a WARC `response` record holds: status line and headers, then the body,
/// de-chunked (`Transfer-Encoding: chunked`) and inflated (`Content-Encoding: gzip`/`deflate`)
/// when the crawler stored it that way.
struct HTTPPayload {
    var status: Int?
    /// Lower-cased header names; the last value wins.
    var headers: [String: String] = [:]
    var body: [UInt8] = []

    var contentType: String { headers["content-type"]?.lowercased() ?? "" }

    init(_ block: [UInt8], limit: Int) {
        var i = 0
        var first = true
        while i < block.count {
            let nl = block[i...].firstIndex(of: 0x0A) ?? block.count
            var line = block[i..<nl]
            if line.last == 0x0D { line = line.dropLast() }
            i = nl + 1
            if line.isEmpty { break }
            let text = String(decoding: line, as: UTF8.self)
            if first {
                first = false
                let parts = text.split(separator: " ")
                if parts.count >= 2, parts[0].hasPrefix("HTTP/") { status = Int(parts[1]) }
                continue
            }
            if let colon = text.firstIndex(of: ":") {
                headers[text[..<colon].trimmingCharacters(in: .whitespaces).lowercased()] =
                    text[text.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            }
        }
        body = i < block.count ? Array(block[i...]) : []
        if headers["transfer-encoding"]?.lowercased().contains("chunked") == true { body = Self.dechunked(body) }
        if let encoding = headers["content-encoding"]?.lowercased(), encoding.contains("gzip") || encoding.contains("deflate"),
           case .bytes(let plain) = Gunzip.decompress(body, limit: limit) {
            body = plain
        }
    }

    var isHTML: Bool {
        let type = contentType
        if type.contains("text/html") || type.contains("application/xhtml") { return true }
        return type.isEmpty && FormatDetector.sniff(Array(body.prefix(2048))) == .html
    }

    /// Chunk sizes in hex, each chunk followed by CRLF; a cut-off last chunk keeps what arrived.
    static func dechunked(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        var i = 0
        while i < bytes.count {
            guard let nl = bytes[i...].firstIndex(of: 0x0A) else { break }
            let sizeText = String(decoding: bytes[i..<nl], as: UTF8.self).split(separator: ";").first?
                .trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            guard let size = Int(sizeText, radix: 16), size >= 0 else { return out.isEmpty ? bytes : out }
            if size == 0 { break }
            let start = nl + 1
            out += bytes[start..<min(bytes.count, start + size)]
            i = start + size
            while i < bytes.count, bytes[i] == 0x0D || bytes[i] == 0x0A { i += 1 }
        }
        return out
    }
}
