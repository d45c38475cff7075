import Foundation
import Testing
import PressRelease

/// The word lists come from one `Language` value passed into the analyser: changing a list of
/// that value changes what the rules read, with no change to the rules.
@Suite struct LanguageValueTests {
    let release = Release.parsing("Headline of a test release\n\n“We are ready for the season,” said Alcalde Rosa Vidal.")

    @Test func titleWordsComeFromTheLanguage() {
        let english = SpeechAnalyzer().analyze(release)
        #expect(english.people.first?.titles.isEmpty == true)
        var spanishTitles = Language.english
        spanishTitles.titleWords.insert("alcalde")
        let extended = SpeechAnalyzer(language: spanishTitles).analyze(release)
        #expect(extended.people.first?.name == "Rosa Vidal")
        #expect(extended.people.first?.titles == ["Alcalde"])
        #expect(extended.quotes.first.flatMap { extended.speaker(of: $0)?.name } == "Rosa Vidal")
    }

    @Test func transcriptLabelsComeFromTheLanguage() {
        let r = Release.parsing("Interview transcript\n\nPregunta: Cuándo empieza la temporada?\n\nRosa Vidal: En mayo, como cada año.")
        let english = SpeechAnalyzer().analyze(r)
        var spanish = Language.english
        spanish.turnLabels.insert("pregunta")
        let withLabel = SpeechAnalyzer(language: spanish).analyze(r)
        #expect(!english.turns.contains { $0.mention == "Pregunta" && $0.speakerIndex == nil })
        #expect(!withLabel.people.contains { $0.name == "Pregunta" })
        #expect(withLabel.turns.contains { $0.mention == "Pregunta" && $0.speakerIndex == nil })
        #expect(withLabel.turns.contains { $0.speakerIndex.map { withLabel.people[$0].name } == "Rosa Vidal" })
    }
}
