import Testing
import PressRelease

@Suite struct CueLexiconTests {
    @Test func builtInCoversTheCommonCues() {
        let lemmas = CueLexicon.default.lemmas
        for lemma in ["say", "tell", "add", "note", "remark", "state", "explain", "announce", "declare", "stress",
                      "emphasise", "emphasize", "warn", "argue", "insist", "urge", "write", "comment", "observe",
                      "point out", "according to"] {
            #expect(lemmas.contains(lemma), "missing \(lemma)")
        }
    }

    @Test func lexiconIsConfigurablePerRun() {
        let text = "Headline here\n\n\"The plan is sound,\" Dr. Lena Voss chirped.\n\n\"It will work,\" Dr. Lena Voss said.\n"
        let plain = ReleaseParser().parse(SourceDocument(path: "t", text: text))
        #expect(plain.quotes.map { $0.cue?.lemma } == [nil, "say"])
        let extended = ReleaseParser(cues: CueLexicon.default.adding("chirp", forms: ["chirped"])).parse(SourceDocument(path: "t", text: text))
        #expect(extended.quotes.first?.cue?.lemma == "chirp")
        #expect(extended.speaker(of: extended.quotes[0])?.name == "Lena Voss")
        let restricted = ReleaseParser(cues: CueLexicon.default.removing("say")).parse(SourceDocument(path: "t", text: text))
        #expect(restricted.quotes.allSatisfy { $0.cue?.lemma != "say" })
        #expect(CueLexicon.default.adding("point out").contains(lemma: "point out"))
        #expect(!CueLexicon.default.removing("warn").contains(lemma: "warn"))
    }

    @Test func regularInflectionsAreGenerated() {
        let e = CueLexicon.default.adding("reassure").entries["reassure"]
        #expect(e?.forms.contains("reassured") == true && e?.forms.contains("reassures") == true)
        let e2 = CueLexicon.default.entries["point out"]
        #expect(e2?.forms.contains("pointed out") == true)
    }
}
