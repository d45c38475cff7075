import Testing
import PressRelease

/// Every byte of every paragraph, over the real corpus, must map back to the source byte it came
/// from. Guards the bulk copying of normalised text (whole runs of words copied at once).
@Suite struct SourceMapCorpusTests {
    @Test func paragraphBytesMapBackToTheirSourceBytes() throws {
        let files = CorpusLocation.allFiles()
        #expect(files.count > 100)
        var checked = 0
        for rel in files {
            let doc = try CorpusLocation.document(rel)
            let r = ReleaseParser().parse(doc)
            for p in r.paragraphs {
                let text = Array(p.text.utf8)
                for (t, b) in text.enumerated() where b > 0x20 && b < 0x80 {
                    let s = p.sourceOffset(ofTextOffset: t)
                    guard s >= 0, s < doc.bytes.count else {
                        Issue.record("\(rel) paragraph \(p.index): text offset \(t) maps outside the file (\(s))")
                        return
                    }
                    // An ASCII byte is copied from the same byte, or decoded from an entity (`&…;`)
                    // or a Markdown escape (`\*`) that starts at the mapped offset.
                    let src = doc.bytes[s]
                    if src != b, src != 0x26, src != 0x5C {
                        Issue.record("\(rel) paragraph \(p.index): text byte \(t) '\(Character(Unicode.Scalar(b)))' maps to source byte \(s) '\(Character(Unicode.Scalar(src)))'")
                        return
                    }
                    checked += 1
                }
            }
        }
        #expect(checked > 1_000_000)
    }

    @Test func singleAndRepeatedSpacesKeepTheMapInStep() throws {
        let text = "Headline\n\nThe quick brown  fox &amp; the lazy\tdog said it jumps over the fence today.\n"
        let r = Release.parsing(text)
        let p = try #require(r.paragraphs.first)
        #expect(p.text == "The quick brown fox & the lazy dog said it jumps over the fence today.")
        let src = Array(text.utf8), t = Array(p.text.utf8)
        for word in ["quick", "brown", "fox", "the", "lazy", "dog", "fence", "today"] {
            let w = Array(word.utf8)
            let at = try #require((0...(t.count - w.count)).first { Array(t[$0..<($0 + w.count)]) == w })
            let s = p.sourceOffset(ofTextOffset: at)
            #expect(Array(src[s..<(s + w.count)]) == w, "\(word)")
        }
    }
}
