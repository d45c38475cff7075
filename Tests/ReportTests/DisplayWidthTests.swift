import Testing
@testable import Report

@Suite struct DisplayWidthTests {
    @Test func countsTerminalColumns() {
        #expect(DisplayWidth.of("Lavrov") == 6)
        #expect(DisplayWidth.of("Лавров") == 6)
        #expect(DisplayWidth.of("王毅") == 4)                  // wide CJK
        #expect(DisplayWidth.of("e\u{301}te\u{301}") == 3)   // combining acute accents take no room
        #expect(DisplayWidth.of("été") == 3)                 // precomposed
        #expect(DisplayWidth.of("한국어") == 6)
        #expect(DisplayWidth.of("ｆｕｌｌ") == 8)              // fullwidth forms
        #expect(DisplayWidth.of("a\u{200D}b") == 2)          // zero-width joiner
        #expect(DisplayWidth.of("👍") == 2)
        #expect(DisplayWidth.of("\t") == 0)
    }

    @Test func truncatesBetweenClustersAndPads() {
        #expect(DisplayWidth.truncate("Sergey Lavrov", to: 6) == "Serge…")
        #expect(DisplayWidth.truncate("王毅外长", to: 5) == "王毅…")
        #expect(DisplayWidth.truncate("e\u{301}e\u{301}e\u{301}", to: 2) == "e\u{301}…")
        #expect(DisplayWidth.truncate("short", to: 10) == "short")
        #expect(DisplayWidth.pad("王", to: 4, .left) == "王  ")
        #expect(DisplayWidth.pad("王", to: 4, .right) == "  王")
        #expect(DisplayWidth.pad("ab", to: 5, .center) == " ab  ")
    }
}
