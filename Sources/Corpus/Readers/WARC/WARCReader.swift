import Foundation
import PressRelease
#if canImport(Glibc)
import Glibc
#endif

/// Web archives (`.warc`, `.warc.gz`; WARC 1.0/1.1) read record by record from disk, never whole:
/// each HTML `response` (or `resource`) record is a page document, numbered by its record, with
/// its `WARC-Target-URI` as the release URL and `WARC-Date` as the date when the page states none.
/// Other records (requests, metadata, images, redirects) are passed over and counted in one
/// warning; an archive cut off mid-record is named, and every page read before the cut is kept.
enum WARCReader {
    static func handles(_ path: String) -> Bool {
        let name = path.lowercased()
        return name.hasSuffix(".warc") || name.hasSuffix(".warc.gz")
    }

    static func read<E: Error>(path: String, options: CorpusOptions, emit: (CorpusItem) throws(E) -> Void) throws(E) {
        // Archives stream record by record, so only their type is checked, not their size.
        let fd: Int32
        switch InputFileType.openRegular(path, limit: Int.max) {
        case .file(let opened, _): fd = opened
        case .problem(let kind, let reason):
            try emit(.problem(InputProblem(path: path, kind: kind, reason: reason)))
            return
        }
        defer { Glibc.close(fd) }
        var stream = WARCStream(fd: fd)
        defer { stream.close() }
        var record = 0, pages = 0
        var cutWarned = false
        var passed: [String: Int] = [:]
        func warn(_ kind: InputProblem.Kind, _ reason: String) throws(E) {
            cutWarned = cutWarned || kind == .truncated
            try emit(.problem(InputProblem(path: path, severity: .warning, kind: kind, reason: reason)))
        }
        while let line = stream.readLine() {
            if line.isEmpty { continue }
            guard line.starts(with: Array("WARC/".utf8)) else {
                if record == 0 {
                    try emit(.problem(InputProblem(path: path, kind: .malformed, reason: "not a WARC file: it does not start with a WARC/1.x record")))
                    return
                }
                continue  // resynchronise on the next record header
            }
            record += 1
            var headers: [String: String] = [:]
            var complete = false
            while let h = stream.readLine() {
                if h.isEmpty { complete = true; break }
                let text = String(decoding: h, as: UTF8.self)
                if let colon = text.firstIndex(of: ":") {
                    headers[text[..<colon].lowercased()] = text[text.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                }
            }
            let length = headers["content-length"].flatMap { Int($0) } ?? -1
            guard complete, length >= 0 else {
                if complete { try warn(.malformed, "record \(record) has no Content-Length; reading stops there (\(kept(pages)))") }
                else { try warn(.truncated, "truncated archive: it ends inside the headers of record \(record) (\(kept(pages)) before it)") }
                break
            }
            let type = headers["warc-type"]?.lowercased() ?? "unknown"
            let wanted = type == "response" || type == "resource"
            guard wanted, length <= options.maxInputBytes else {
                if !skip(&stream, length) {
                    try warn(.truncated, "truncated archive: it ends inside record \(record) (\(kept(pages)) before it)")
                    break
                }
                passed[wanted ? "\(type) over the input limit" : type, default: 0] += 1
                continue
            }
            let block = stream.read(length)
            let cut = block.count < length
            let contentType = headers["content-type"]?.lowercased() ?? ""
            var body = block, isHTML = false
            if type == "response", contentType.contains("application/http") {
                let payload = HTTPPayload(block, limit: options.maxInputBytes)
                body = payload.body
                isHTML = payload.isHTML && (payload.status.map { (200..<300).contains($0) } ?? true)
                if !isHTML { passed["response (\(payload.status.map(String.init) ?? "?") \(payload.contentType.split(separator: ";").first ?? "no type"))", default: 0] += 1 }
            } else {
                isHTML = contentType.contains("text/html") || contentType.contains("xhtml")
                if !isHTML { passed["\(type) (\(contentType.split(separator: ";").first ?? "no type"))", default: 0] += 1 }
            }
            if isHTML {
                var known = ReleaseLayout.Facts()
                known.url = headers["warc-target-uri"].map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "<>")) }
                known.date = headers["warc-date"]
                let decoded = TextDecoder.decode(body)
                let item = HTMLReader.item(decoded.bytes, path: path, record: record, known: known)
                if case .document = item { pages += 1 }
                try emit(item)
            }
            if cut {
                try warn(.truncated, "truncated archive: record \(record) is cut off after \(ByteCount.text(block.count)) of \(ByteCount.text(length)) (\(kept(pages)))")
                break
            }
        }
        if let failure = stream.failure, !cutWarned {
            try warn(.truncated, "archive read stopped after record \(record): \(failure) (\(kept(pages)))")
        }
        if !passed.isEmpty {
            let total = passed.values.reduce(0, +)
            let kinds = passed.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }
                .map { "\($0.key): \($0.value)" }.joined(separator: ", ")
            try warn(.notPage, "passed over \(total) WARC record\(total == 1 ? "" : "s") that \(total == 1 ? "is" : "are") no HTML page (\(kinds)); \(pages) page\(pages == 1 ? "" : "s") read")
        }
    }

    private static func kept(_ pages: Int) -> String { "\(pages) page\(pages == 1 ? "" : "s") kept" }

    /// Passes over a record's block without keeping it.
    private static func skip(_ stream: inout WARCStream, _ length: Int) -> Bool {
        var left = length
        while left > 0 {
            let got = stream.read(min(left, 1 << 20)).count
            if got == 0 { return false }
            left -= got
        }
        return true
    }
}
