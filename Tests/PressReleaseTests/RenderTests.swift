import Foundation
import Testing
@testable import PressRelease

@Suite struct RenderTests {
    @Test func jsonHasStableKeysOffsetsAndPositions() throws {
        let seed = try CorpusLocation.parse("seed/eirns-2017-11-08-lavrov.txt")
        let json = ReleaseJSON.render([seed])
        #expect(json == ReleaseJSON.render([try CorpusLocation.parse("seed/eirns-2017-11-08-lavrov.txt")]))
        let parsed = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]]
        let obj = try #require(parsed?.first)
        #expect(obj["headline"] as? String == "Putin Ready for Meeting with Trump, Foreign Minister Lavrov Confirms")
        #expect(obj["date"] as? String == "2017-11-08")
        let dl = try #require(obj["dateline"] as? [String: Any])
        #expect(dl["agency"] as? String == "EIRNS")
        #expect(dl["line"] as? Int == 3)
        #expect(dl["column"] as? Int == 1)
        // key order is the documented one
        let keys = ["\"id\"", "\"path\"", "\"record\"", "\"kind\"", "\"headline\"", "\"headline_at\"", "\"subheadline\"",
                    "\"date\"", "\"dateline\"", "\"words\"", "\"paragraphs\"", "\"boilerplate\"", "\"contacts\"", "\"warnings\""]
        var last = json.startIndex
        for k in keys {
            let r = try #require(json.range(of: k, range: last..<json.endIndex), "\(k)")
            last = r.upperBound
        }
        // every sentence's offsets point at its text in the source
        let source = seed.source.bytes
        let paragraphs = try #require(obj["paragraphs"] as? [[String: Any]])
        for p in paragraphs {
            for s in (p["sentences"] as? [[String: Any]]) ?? [] {
                let start = try #require(s["start"] as? Int), stop = try #require(s["stop"] as? Int)
                let raw = String(decoding: source[start..<stop], as: UTF8.self)
                #expect(raw.split(whereSeparator: \.isWhitespace) == (s["text"] as? String)?.split(whereSeparator: \.isWhitespace))
            }
        }
    }

    @Test func jsonCarriesQuotesAndPeopleLinkedByIndex() throws {
        let seed = try CorpusLocation.parse("seed/eirns-2017-11-08-lavrov.txt")
        let parsed = try JSONSerialization.jsonObject(with: Data(ReleaseJSON.render([seed]).utf8)) as? [[String: Any]]
        let obj = try #require(parsed?.first)
        let quotes = try #require(obj["quotes"] as? [[String: Any]])
        let people = try #require(obj["people"] as? [[String: Any]])
        #expect(quotes.count == 6)
        for q in quotes {
            let speaker = try #require(q["speaker"] as? Int)
            #expect(people[speaker]["name"] as? String == "Sergey Lavrov")
            let start = try #require(q["start"] as? Int), stop = try #require(q["stop"] as? Int)
            let raw = String(decoding: seed.source.bytes[start..<stop], as: UTF8.self)
            #expect(raw.split(whereSeparator: \.isWhitespace) == (q["text"] as? String)?.split(whereSeparator: \.isWhitespace))
        }
        let lavrov = try #require(people.first { $0["name"] as? String == "Sergey Lavrov" })
        #expect((lavrov["quotes"] as? [Int])?.count == 6)
    }

    @Test func textDumpShowsWhatTheParserSaw() throws {
        let seed = try CorpusLocation.parse("seed/eirns-2017-11-08-lavrov.txt")
        let text = ReleaseText.render([seed])
        #expect(text.contains("headline:    Putin Ready for Meeting with Trump"))
        #expect(text.contains("dateline:    Nov. 8, 2017 (EIRNS)"))
        #expect(text.contains("label @1:1: PRESS RELEASE"))
        #expect(text.contains("[14] However, the Congress immediately raised a hue and cry...."))
        #expect(text.contains("direct Sergey Lavrov [cue=tell mention=Lavrov to=reporters]"))
    }

    @Test func escapes() {
        let r = Release.parsing("Quote \"Marks\" and \\ Backslash\n\nBody.\n")
        let json = ReleaseJSON.render([r])
        #expect(json.contains("\"headline\": \"Quote \\\"Marks\\\" and \\\\ Backslash\""))
    }
}
