import Testing
@testable import LineEdit

@Suite struct CompletionActionTests {
    private func plan(_ line: String, cursor: Int? = nil, from: Int, _ candidates: [String],
                      suffix: String = "") -> CompletionAction {
        let cursor = cursor ?? line.utf8.count
        return CompletionAction.plan(
            line: line, cursor: cursor,
            completion: Completion(replaceFrom: from, candidates: candidates, suffixWhenUnique: suffix))
    }

    @Test func uniqueCandidateReplacesTheWordWithItsSuffix() {
        #expect(plan("x = pr", from: 4, ["print"], suffix: "(") == .replace(deleting: 2, inserting: "print("))
    }

    @Test func deletionCountsCharactersNotBytes() {
        // "hé" is 3 UTF-8 bytes but 2 characters for libedit to delete.
        #expect(plan("hé", from: 0, ["héllo"]) == .replace(deleting: 2, inserting: "héllo"))
    }

    @Test func severalCandidatesNarrowToTheirCommonPrefix() {
        #expect(plan("str", from: 0, ["string.find", "string.format"]) == .replace(deleting: 3, inserting: "string.f"))
        // A multibyte character is never split.
        #expect(CompletionAction.commonPrefix(["aé1", "aé2", "aè"]) == "a")
        #expect(CompletionAction.commonPrefix(["same", "same"]) == "same")
    }

    @Test func candidatesThatAddNothingAreListedDeduplicated() {
        #expect(plan("re", from: 0, ["release", "require", "release"]) == .list(["release", "require"]))
    }

    @Test func completionInTheMiddleOfALine() {
        // Cursor after "pa" in "pa)": only the text before the cursor is replaced.
        #expect(plan("f(pa)", cursor: 4, from: 2, ["pairs"]) == .replace(deleting: 2, inserting: "pairs"))
    }

    @Test func nothingOrNonsenseRangesDoNothing() {
        #expect(plan("abc", from: 0, []) == .nothing)
        #expect(plan("abc", from: 4, ["abcd"]) == .nothing)
        #expect(plan("abc", from: -1, ["abcd"]) == .nothing)
        #expect(plan("abc", cursor: 9, from: 0, ["abcd"]) == .nothing)
    }
}

@Suite struct CandidateColumnsTests {
    @Test func fillsColumnsTopToBottomWithinTheWidth() {
        let items = ["a1", "a2", "a3", "a4", "a5"]
        // Column width 4 ("a1" + 2 spaces); 10 columns of text fit 2 columns, so 3 rows.
        #expect(CandidateColumns.lines(items, width: 10) == ["a1  a4", "a2  a5", "a3"])
        #expect(CandidateColumns.lines(items, width: 80) == ["a1  a2  a3  a4  a5"])
    }

    @Test func wideCandidatesGetOnePerLine() {
        let long = String(repeating: "x", count: 120)
        #expect(CandidateColumns.lines([long, "y"], width: 80) == [long, "y"])
        #expect(CandidateColumns.lines([], width: 80).isEmpty)
    }
}
