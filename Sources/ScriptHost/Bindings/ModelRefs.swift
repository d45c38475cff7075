import PressRelease

/// A handle for element `index` of one of a release's lists of model values (structs). It keeps
/// the release alive exactly as long as Lua holds it; each binding reads its element through
/// the typed accessor below.
final class ElementRef<Element> {
    let release: Release
    let index: Int
    init(_ release: Release, _ index: Int) {
        self.release = release
        self.index = index
    }
}

typealias ParagraphRef = ElementRef<Paragraph>
typealias SentenceRef = ElementRef<Sentence>
typealias WarningRef = ElementRef<ParseWarning>
typealias ContactRef = ElementRef<Contact>
typealias BoilerplateRef = ElementRef<Boilerplate>
typealias PersonRef = ElementRef<Person>
typealias OrganizationRef = ElementRef<Organization>
typealias PlaceRef = ElementRef<Place>
typealias StatementRef = ElementRef<Statement>

extension ElementRef where Element == Paragraph { var paragraph: Paragraph { release.paragraphs[index] } }
extension ElementRef where Element == Sentence { var sentence: Sentence { release.sentences[index] } }
extension ElementRef where Element == ParseWarning { var warning: ParseWarning { release.warnings[index] } }
extension ElementRef where Element == Contact { var contact: Contact { release.contacts[index] } }
extension ElementRef where Element == Boilerplate { var boilerplate: Boilerplate { release.boilerplate[index] } }
extension ElementRef where Element == Person {
    /// People of `r.people` first; beyond them, speakers only reported speech names.
    var person: Person {
        let listed = release.speech.people
        return index < listed.count ? listed[index] : release.attributionAnalysis.people[index]
    }
}
extension ElementRef where Element == Statement { var statement: Statement { release.attributions[index] } }
extension ElementRef where Element == Organization { var organization: Organization { release.speech.organizations[index] } }
extension ElementRef where Element == Place { var place: Place { release.speech.places[index] } }

/// The release's dateline (there is at most one).
final class DatelineRef {
    let release: Release
    init(_ release: Release) { self.release = release }
    var dateline: Dateline { release.dateline! }
}

/// A quote, or a quoted term (`kind = "term"`, kept in their own list of the analysis).
final class QuoteRef {
    let release: Release
    let index: Int
    let isTerm: Bool
    init(_ release: Release, _ index: Int, term: Bool = false) {
        self.release = release
        self.index = index
        self.isTerm = term
    }
    var quote: Quote { isTerm ? release.speech.terms[index] : release.speech.quotes[index] }
}
