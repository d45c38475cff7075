import PressRelease
import Foundation

/// E-mail: one message (`.eml`) or an mbox folder of many (each a record, with the line of its
/// `From ` separator). Subject → title, Date → date, From → sender, Organization → source; the
/// body's best text part is laid out beneath them as a plain release.
enum MailReader {
    static func read<E: Error>(_ input: ReaderInput, emit: (CorpusItem) throws(E) -> Void) throws(E) {
        guard Mbox.isMbox(input.bytes) else {
            try readMessage(input, input.bytes[...], record: nil, line: 1, emit: emit)
            return
        }
        for (i, message) in Mbox.split(input.bytes).enumerated() {
            try readMessage(input, input.bytes[message.range], record: i + 1, line: message.line, emit: emit)
        }
    }

    private static func readMessage<E: Error>(_ input: ReaderInput, _ bytes: ArraySlice<UInt8>, record: Int?, line: Int,
                                              emit: (CorpusItem) throws(E) -> Void) throws(E) {
        let (headers, bodyStart) = MailHeaders.parse(bytes)
        let rawBody = record == nil ? bytes[bodyStart...] : Mbox.unescape(bytes[bodyStart...])
        let problemLine = record == nil ? nil : line
        guard let body = MailBody.extract(headers: headers, body: rawBody), !ByteLines.isBlank(body.text[...]) else {
            try emit(.problem(InputProblem(path: input.path, line: problemLine, record: record, kind: .noText,
                                           reason: "message has no readable text part")))
            return
        }
        if let warning = body.warning {
            try emit(.problem(InputProblem(path: input.path, line: problemLine, record: record, severity: .warning,
                                           kind: .encoding, reason: warning)))
        }
        var facts = ReleaseLayout.Facts()
        facts.title = headers["subject"]
        facts.date = headers["date"]
        facts.sender = headers["from"]
        facts.source = headers["organization"] ?? headers["from"].flatMap(displayName)
        facts.url = headers["content-base"] ?? headers["x-url"]
        var doc = SourceDocument(path: input.path, bytes: ReleaseLayout.compose(facts, body: body.text),
                                 record: record, firstLine: line, metadata: facts.metadata, format: "email")
        doc.fields = headers.metadataFields
        try emit(.document(doc))
    }

    /// `"Press Office" <press@example.gov>` → `Press Office`.
    static func displayName(_ from: String) -> String? {
        guard let lt = from.firstIndex(of: "<") else { return nil }
        let name = from[..<lt].trimmingSpaces.trimmingCharacters(in: ["\""])
        return name.isEmpty ? nil : name
    }
}
