import LuaKit
import Testing
@testable import ScriptHost

@Suite struct TextTests {
    func words(_ s: String) throws -> [String] {
        let v = try Library.host().vm
        try v.setGlobal("input") { $0.push(s) }
        return try v.run("return table.concat(pr.text.words(input), '|')", name: "test").first?.string?
            .split(separator: "|", omittingEmptySubsequences: false).map(String.init) ?? []
    }

    @Test func wordsInAnyScript() throws {
        #expect(try words("Trump’s “big” deal — Лавров said 3.5% in 1,000 cases; al-Assad.")
            == ["Trump’s", "big", "deal", "Лавров", "said", "3.5", "in", "1,000", "cases", "al-Assad"])
        #expect(try words("北京 und Müller's café, naïve") == ["北京", "und", "Müller's", "café", "naïve"])
        #expect(try words("e\u{301}te\u{301} -- 'quoted' end.") == ["e\u{301}te\u{301}", "quoted", "end"]) // combining marks stay
        #expect(try Library.value("return #pr.text.words('')") == .integer(0))
        #expect(try Library.value("return #pr.text.words('  ... — !')") == .integer(0))
    }

    @Test func foldNormaliseAccents() throws {
        #expect(try Library.value("return pr.text.fold('Straße ЛАВРОВ ΣΟΦΟΣ')") == .string("strasse лавров σοφοσ"))
        #expect(try Library.value("return pr.text.fold('LAVROV') == pr.text.fold('lavrov')") == .boolean(true))
        #expect(try Library.value("return pr.text.strip_accents('Frédéric Müller, São Paulo')") == .string("Frederic Muller, Sao Paulo"))
        #expect(try Library.value("return pr.text.normalise('  “Yes” —\\u{a0}he said…  ﬁne ＡＢ ')") == .string("\"Yes\" - he said... fine AB"))
        #expect(try Library.value("return pr.text.normalize('a\\u{00AD}b\\t\\n c')") == .string("ab c"))
    }

    @Test func matching() throws {
        #expect(try Library.value("return pr.text.contains('Сергей Лавров', 'ЛАВРОВ', true)") == .boolean(true))
        #expect(try Library.value("return pr.text.contains('Сергей Лавров', 'ЛАВРОВ')") == .boolean(false))
        #expect(try Library.value("return pr.text.count('la la LA', 'la')") == .integer(2))
        #expect(try Library.value("return pr.text.count('la la LA', 'la', true)") == .integer(3))
        #expect(try Library.value("return pr.text.find_any('Talks on Syria', {'Ukraine', 'syria'}, true)") == .string("syria"))
        #expect(try Library.value("return pr.text.find_any('Talks', {'Ukraine'})") == .nil)
        #expect(try Library.value("return pr.text.has_words('The Foreign Minister said', 'foreign  MINISTER')") == .boolean(true))
        #expect(try Library.value("return pr.text.has_words('Ministerial talks', 'minister')") == .boolean(false))
        #expect(try Library.value("return pr.text.starts_with('Лавров сказал', 'Лав')") == .boolean(true))
        #expect(try Library.value("return pr.text.ends_with('release.txt', '.txt')") == .boolean(true))
        #expect(try Library.value("return table.concat(pr.text.split('a, b,, c', ','), '|')") == .string("a| b|| c"))
        #expect(try Library.value("return table.concat(pr.text.split(' a  b\\tc '), '|')") == .string("a|b|c"))
        #expect(try Library.value("return pr.text.trim('\\u{a0} Moscow \\n')") == .string("Moscow"))
    }

    @Test func charactersNotBytes() throws {
        #expect(try Library.eval("return #'Лавров', pr.text.len('Лавров'), pr.text.len('e\\u{301}te\\u{301}')")
            == [.integer(12), .integer(6), .integer(3)])
        #expect(try Library.value("return pr.text.sub('Лавров', 1, 3)") == .string("Лав"))
        #expect(try Library.value("return pr.text.sub('Лавров', -3)") == .string("ров"))
        #expect(try Library.value("return pr.text.sub('Лавров', 5, 2)") == .string(""))
        #expect(try Library.value("return pr.text.width('王毅 ok')") == .integer(7))
        #expect(try Library.error("pr.text.words(nil)") == "test:1: bad argument #1 to 'words' (string expected, got nil)")
    }
}
