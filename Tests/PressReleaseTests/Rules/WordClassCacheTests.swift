import Testing
import PressRelease

/// The name rules read word lists through a table built once per `Language` value. A list
/// changed after the built-in table is in use must still change what the rules read.
@Suite struct WordClassCacheTests {
    let release = Release.parsing("Headline of a test release\n\n“We are ready for the season,” said Alcalde Rosa Vidal.")

    @Test func changedListsReachTheRulesAfterTheTableIsBuilt() {
        let english = SpeechAnalyzer().analyze(release)  // builds the English table
        #expect(english.people.contains { $0.name == "Alcalde Rosa Vidal" || $0.name == "Rosa Vidal" })
        var titled = Language.english
        titled.titleWords.insert("alcalde")
        titled.female.insert("alcalde")
        let woman = SpeechAnalyzer(language: titled).analyze(release)
        #expect(woman.people.first?.name == "Rosa Vidal")
        #expect(woman.people.first?.gender == .female)
        // The English value itself is unchanged by its copy's edits.
        #expect(SpeechAnalyzer().analyze(release).people.first?.gender == english.people.first?.gender)
        var notPeople = titled
        notPeople.orgWords.insert("vidal")
        let org = SpeechAnalyzer(language: notPeople).analyze(release)
        #expect(!org.people.contains { $0.name.contains("Vidal") })
    }
}
