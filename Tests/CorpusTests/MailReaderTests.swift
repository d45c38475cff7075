import Foundation
import PressRelease
import Testing
@testable import Corpus

@Suite struct MailReaderTests {
    let release = RealRelease.sample(1)[0]

    @Test func quotedPrintableDecodesEscapesAndSoftBreaks() {
        let encoded = Array("Caf=C3=A9 =E2=80=9Cquoted=E2=80=9D, a long li=\nne and a=\r\n CRLF soft break; =ZZ stays; 2=3D2\n".utf8)
        let decoded = String(decoding: QuotedPrintable.decode(encoded), as: UTF8.self)
        #expect(decoded == "Café “quoted”, a long line and a CRLF soft break; =ZZ stays; 2=2\n")
        // Round trip through the fixture encoder on a real body.
        #expect(QuotedPrintable.decode(Array(Fixtures.quotedPrintable(release.body).utf8)) == release.body)
    }

    @Test func encodedWordsInHeadersAreDecoded() {
        #expect(MailHeaders.decodeWords("=?utf-8?Q?Lavrov_=E2=80=9Cready=E2=80=9D?= =?UTF-8?B?Zm9yIG1lZXRpbmc=?= today")
                == "Lavrov “ready”for meeting today")
        #expect(MailHeaders.decodeWords("=?iso-8859-1?q?M=FCnchen?=") == "München")
        #expect(MailHeaders.decodeWords("plain =?broken") == "plain =?broken")
    }

    @Test func singleMessageWithHTMLOnlyBodyAndAttachment() throws {
        let scratch = Scratch(); defer { scratch.cleanup() }
        let html = Fixtures.html(release)
        let eml = """
        Received: from mail.example.gov by mx.example.org; Tue, 7 Nov 2017 10:00:00 +0000\r
        From: =?utf-8?Q?Press_Office?= <press@example.gov>\r
        Organization: Office of the Member\r
        Date: \(Fixtures.rfc2822(release.date))\r
        Subject: \(release.title)\r
        MIME-Version: 1.0\r
        Content-Type: multipart/mixed; boundary=outer\r
        \r
        --outer\r
        Content-Type: text/html; charset=utf-8\r
        Content-Transfer-Encoding: base64\r
        \r
        \(Fixtures.base64Lines(Array(html.utf8)))\r
        --outer\r
        Content-Type: text/plain\r
        Content-Disposition: attachment; filename="notes.txt"\r
        \r
        Attached notes that are not the release.\r
        --outer--\r

        """
        let run = Run([scratch.write("release.eml", eml)])
        #expect(run.problems.isEmpty, "\(run.problems)")
        let doc = try #require(run.documents.first)
        #expect(doc.record == nil)
        #expect(doc.metadata["sender"] == "Press Office <press@example.gov>")
        #expect(doc.metadata["source"] == "Office of the Member")
        #expect(doc.metadata["date"] == release.date)
        let text = String(decoding: doc.bytes, as: UTF8.self)
        #expect(!text.contains("Attached notes"))
        #expect(!text.contains("Share on Facebook"))
        let plain = ReleaseParser().parse(SourceDocument(path: release.path, bytes: release.bytes))
        let parsed = ReleaseParser().parse(doc)
        #expect(parsed.headline == plain.headline)
        #expect(parsed.paragraphs.map(\.text.collapsed) == plain.paragraphs.map(\.text.collapsed))
    }

    @Test func mboxUnescapesFromLinesAndNumbersRecords() throws {
        let scratch = Scratch(); defer { scratch.cleanup() }
        let mbox = """
        From a@example.org Mon Jan  1 00:00:00 2024
        From: a@example.org
        Subject: First release headline

        Body of the first.
        >From the archive: an escaped line.

        From b@example.org Mon Jan  1 00:00:01 2024
        From: b@example.org
        Subject: Second

        From the minister, a line that was never escaped but follows no blank line.

        From c@example.org Mon Jan  1 00:00:02 2024
        From: c@example.org
        Subject: Empty one


        """
        let path = scratch.write("folder.mbox", mbox)
        let run = Run([path])
        #expect(run.documents.map(\.record) == [1, 2])
        #expect(run.documents.map(\.firstLine) == [1, 8])
        #expect(String(decoding: run.documents[0].bytes, as: UTF8.self).contains("\nFrom the archive"))
        // "From the minister" follows a blank line but has no time of day: not a separator.
        #expect(String(decoding: run.documents[1].bytes, as: UTF8.self).contains("From the minister"))
        #expect(run.problems.map(\.kind) == [.noText])
        #expect(run.problems.first?.record == 3)
        #expect(run.problems.first?.line == 14)
    }

    @Test func legacyCharsetBodyIsTranscoded() throws {
        let scratch = Scratch(); defer { scratch.cleanup() }
        var bytes = Array("From: x@example.org\nSubject: Caf\u{E9}\nMIME-Version: 1.0\nContent-Type: text/plain; charset=windows-1252\n\n".utf8)
        bytes += [0x93, 0x48, 0x69, 0x94, 0x20, 0x96, 0x20, 0xE9, 0x0A]  // “Hi” – é
        let run = Run([scratch.write("old.eml", bytes)])
        let doc = try #require(run.documents.first)
        #expect(String(decoding: doc.bytes, as: UTF8.self).hasSuffix("“Hi” – é\n"))
    }
}

@Suite struct MailHeaderEdgeTests {
    @Test func encodedWordsFarApartAndManyOpeners() {
        let filler = String(repeating: "word ", count: 100)
        #expect(MailHeaders.decodeWords("=?utf-8?Q?A?= \(filler)=?utf-8?Q?B?= end") == "A \(filler)B end")
        // Many openers without closers: kept as text, and in linear time (each look-ahead is bounded).
        let openers = String(repeating: "=?x", count: 20_000)
        #expect(MailHeaders.decodeWords(openers) == openers)
    }
}
