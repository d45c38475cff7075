import Foundation
import Testing
import PressRelease

/// People, organisations and places on real releases where they once went wrong.
@Suite struct PeopleRuleTests {
    func names(_ path: String) throws -> [String] { try CorpusLocation.parse(path).people.map(\.name) }

    /// Given names that are also title or lexicon words stay in the name.
    @Test func givenNamesThatAreTitleWords() throws {
        let a = try CorpusLocation.parse("real/congress-us/2026-04-01_bill-cassidy_0413.txt")
        let cassidy = a.people.first { $0.surname == "Cassidy" }
        #expect(cassidy?.name == "Bill Cassidy")
        #expect(cassidy?.titles.contains("U.S. Senator") == true)
        #expect(try names("real/congress-us/2021-10-25_ilhan-omar_0292.txt").contains("Dean Phillips"))
        #expect(try names("real/congress-us/2024-11-01_bill-cassidy_0374.txt").contains("Dean Clancy"))
    }

    /// Headline verbs, heading words, roles and programmes are not people.
    @Test func headlineVerbsAndHeadingWordsAreNotPeople() throws {
        let a = try names("real/congress-us/2026-04-06_jefferson-van-drew_0428.txt")
        #expect(!a.contains { $0.contains("Announces") })
        #expect(a.contains("Van Drew"))
        let b = try names("real/congress-us/2024-11-01_bill-cassidy_0374.txt")
        for wrong in ["Policy Fellow", "Current Medicare", "Ensuring Americans"] { #expect(!b.contains(wrong), "\(wrong)") }
    }

    /// Complete organisation names; a programme is not a place.
    @Test func organisationsAndProgrammes() throws {
        let a = try CorpusLocation.parse("real/congress-us/2021-08-13_ed-case_0258.txt")
        #expect(a.organizations.contains { $0.name == "Health Resources and Services Administration" })
        #expect(!a.organizations.contains { $0.name == "Services Administration" })
        let b = try CorpusLocation.parse("real/congress-us/2024-11-01_bill-cassidy_0374.txt")
        #expect(!b.places.contains { $0.name == "Medicare" })
    }

    /// A name the release writes in full only in a shouted headline is shown as names are written,
    /// so it meets the same person from other releases; the surname follows.
    @Test func shoutedFullNameIsWrittenInNameCase() throws {
        let a = try CorpusLocation.parse("real/congress-us/2001-11-08_barbara-lee_0004.txt")
        let lee = a.people.first { $0.surname.lowercased() == "lee" }
        #expect(lee?.name == "Barbara Lee")
        #expect(lee?.surname == "Lee")
        #expect(!a.people.contains { $0.name.uppercased() == $0.name && $0.name.contains(" ") })
    }
}
