import PressRelease

/// Handles for model values that live inside a release (structs): a release and an index.
/// They keep the release alive exactly as long as Lua holds them.
final class ParagraphRef {
    let release: Release
    let index: Int
    init(_ release: Release, _ index: Int) { self.release = release; self.index = index }
    var paragraph: Paragraph { release.paragraphs[index] }
}

final class SentenceRef {
    let release: Release
    let index: Int
    init(_ release: Release, _ index: Int) { self.release = release; self.index = index }
    var sentence: Sentence { release.sentences[index] }
}

final class DatelineRef {
    let release: Release
    init(_ release: Release) { self.release = release }
    var dateline: Dateline { release.dateline! }
}

final class WarningRef {
    let release: Release
    let index: Int
    init(_ release: Release, _ index: Int) { self.release = release; self.index = index }
    var warning: ParseWarning { release.warnings[index] }
}

final class ContactRef {
    let release: Release
    let index: Int
    init(_ release: Release, _ index: Int) { self.release = release; self.index = index }
    var contact: Contact { release.contacts[index] }
}

final class BoilerplateRef {
    let release: Release
    let index: Int
    init(_ release: Release, _ index: Int) { self.release = release; self.index = index }
    var boilerplate: Boilerplate { release.boilerplate[index] }
}

final class QuoteRef {
    let release: Release
    let index: Int
    /// Terms (`kind = "term"`) live in their own list of the analysis.
    let isTerm: Bool
    init(_ release: Release, _ index: Int, term: Bool = false) {
        self.release = release
        self.index = index
        self.isTerm = term
    }
    var quote: Quote { isTerm ? release.speech.terms[index] : release.speech.quotes[index] }
}

final class PersonRef {
    let release: Release
    let index: Int
    init(_ release: Release, _ index: Int) { self.release = release; self.index = index }
    var person: Person { release.speech.people[index] }
}

final class OrganizationRef {
    let release: Release
    let index: Int
    init(_ release: Release, _ index: Int) { self.release = release; self.index = index }
    var organization: Organization { release.speech.organizations[index] }
}

final class PlaceRef {
    let release: Release
    let index: Int
    init(_ release: Release, _ index: Int) { self.release = release; self.index = index }
    var place: Place { release.speech.places[index] }
}
