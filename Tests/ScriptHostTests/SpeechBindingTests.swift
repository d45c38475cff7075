import Foundation
import Testing
@testable import ScriptHost

@Suite struct SpeechBindingTests {
    static let seed = ReplSessionTests.corpus + "/seed/eirns-2017-11-08-lavrov.txt"

    func run(_ chunk: String) throws -> [String] {
        let host = try ScriptHost()
        host.addInputs([Self.seed])
        let vm = host.vm
        try vm.load("local out = {}\n" + chunk + "\nreturn table.concat(out, '\\n')", name: "t.lua")
        try vm.call(arguments: 0, results: 1)
        defer { vm.stack.pop() }
        return (vm.stack.string(at: -1) ?? "").split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    @Test func seedQuotesAreBoundWithSpeakersAndPositions() throws {
        let lines = try run("""
            for r in pr.releases() do
              for _, q in ipairs(r.quotes) do
                out[#out + 1] = table.concat({ q.speaker.name, q.kind, tostring(q.line), tostring(q.paragraph.index),
                                               tostring(q.words > 5), q.release == r and "same" or "other" }, "|")
              end
            end
            """)
        #expect(lines.count == 6)
        #expect(lines.allSatisfy { $0.hasPrefix("Sergey Lavrov|direct|") || $0.hasPrefix("Sergey Lavrov|continued|") })
        #expect(lines.allSatisfy { $0.hasSuffix("|true|same") })
        #expect(lines.first?.split(separator: "|")[2] == "4")
    }

    @Test func peopleLinkBackToTheirQuotes() throws {
        let lines = try run("""
            for r in pr.releases() do
              for _, p in ipairs(r.people) do
                if #p.quotes > 0 then
                  out[#out + 1] = p.name .. "|" .. #p.quotes .. "|" .. tostring(p.quotes[1].speaker == p)
                end
              end
            end
            """)
        #expect(lines == ["Sergey Lavrov|6|true"])
    }

    @Test func paragraphQuotesAndJsonAreConsistent() throws {
        let lines = try run("""
            for r in pr.releases() do
              local n = 0
              for _, p in ipairs(r.paragraphs) do n = n + #p.quotes end
              out[#out + 1] = tostring(n == #r.quotes)
              out[#out + 1] = r.quotes[1]:json():match('"speaker"') and "json has speaker" or "no speaker"
            end
            """)
        #expect(lines == ["true", "json has speaker"])
    }
}
