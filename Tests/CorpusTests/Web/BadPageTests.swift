import Foundation
import Testing
@testable import Corpus

/// Pages with nothing to read, or too much, are named on stderr (as problems) and never stop the run.
@Suite struct BadPageTests {
    @Test func badPagesAreNamedAndTheRunGoesOn() throws {
        let scratch = Scratch(); defer { scratch.cleanup() }
        let release = RealRelease.sample(1)[0]
        let bad: [(String, String, InputProblem.Kind)] = [
            ("no-body.html", "<!DOCTYPE html><html><head><title>Only a title</title></head></html>", .noText),
            ("scripts.html", "<html><head><script>var a = '<p>not text</p>';</script></head><body><script>render(a)</script><noscript>Enable JavaScript</noscript></body></html>", .noText),
            ("frames.html", "<html><frameset cols=\"20%,80%\"><frame src=\"menu.html\"><frame src=\"release.html\"></frameset></html>", .noText),
            ("menus.html", "<html><body><nav><a href=\"/\">Home</a></nav><footer>Copyright</footer></body></html>", .noText),
        ]
        var paths: [String] = []
        for (name, html, _) in bad { paths.append(scratch.write(name, html)) }
        let broken = "<html><body><div><p>\(Fixtures.escape(WebFixtures.paragraphs(release).joined(separator: "<p>")))<table><td></div></span>&bogus;<<>></p"
        paths.append(scratch.write("broken.html", broken))
        paths.append(scratch.write("good.html", WebFixtures.agencyPage(release)))
        let run = Run(paths)
        #expect(run.documents.map { ($0.path as NSString).lastPathComponent } == ["broken.html", "good.html"])
        #expect(run.problems.map { ($0.path as NSString).lastPathComponent } == bad.map(\.0))
        #expect(run.problems.map(\.kind) == bad.map(\.2))
        #expect(run.problems[2].reason.contains("frameset"))
        let brokenText = String(decoding: run.documents[0].bytes, as: UTF8.self).collapsed
        #expect(brokenText.contains(WebFixtures.paragraphs(release).last!.collapsed))
        #expect(run.summary.inputsSkipped == 4 && run.summary.inputsRead == 2)
    }

    @Test func bloatedPageIsReadAndOversizedPageIsNamed() throws {
        let scratch = Scratch(); defer { scratch.cleanup() }
        let release = RealRelease.sample(1)[0]
        // Inline state and markup bloat around one release, as page builders emit: one script of
        // 12 MB, over the 10 MB that libxml2 parses in one text node, so a reader handing the page
        // to libxml2 as it is loses everything after the script.
        let blob = String(repeating: "{\"k\":\"<div class='x'>v</div><!--\"},", count: 12_000_000 / 32)
        let bloated = WebFixtures.agencyPage(release).replacingOccurrences(of: "</head>", with: "<script>var state=[\(blob)];</script><style>\(blob)</style></head>")
        // A page whose body alone is over the limit for one release (lowered here from 16 MB, so
        // the test stays small; the check is the same).
        var options = CorpusOptions()
        options.maxReleaseBytes = 1 << 20
        let unit = "<p>The committee met today, and members said the bill would pass this week.</p>\n"
        let prose = "<html><body><main>" + String(repeating: unit, count: 2_000_000 / unit.utf8.count) + "</main></body></html>"
        let run = Run([scratch.write("bloated.html", bloated), scratch.write("huge.html", prose)], options: options)
        let plain = Run([scratch.write("plain.html", WebFixtures.agencyPage(release))])
        #expect(run.documents.count == 1)
        #expect(run.documents.first.map { String(decoding: $0.bytes, as: UTF8.self) } == plain.documents.first.map { String(decoding: $0.bytes, as: UTF8.self) })
        #expect(run.documents.first.map { String(decoding: $0.bytes, as: UTF8.self).collapsed.contains(WebFixtures.paragraphs(release).last!.collapsed) } == true)
        #expect(run.problems.map(\.kind) == [.tooLarge])
        #expect(run.problems.first?.path.hasSuffix("huge.html") == true)
    }
}
