import LuaKit
import PressRelease

/// A hook called once per element of a kept release, as `Name(element, release)`. The runner
/// dispatches every entry of `available` generically; adding a hook (Quote, Person) is adding an
/// entry here, with its documentation in `ScriptContract.hooks`.
struct ElementHook {
    /// The hook's name in the script (`Paragraph`).
    let name: String
    /// The release property whose elements it visits: what the parser must compute for it.
    let field: String
    let count: (Release) -> Int
    /// Pushes a handle for element `i` (0-based) of the release.
    let push: (LuaStack, Release, Int) -> Void

    static let paragraph = ElementHook(name: "Paragraph", field: "paragraphs", count: { $0.paragraphs.count }) { s, r, i in
        s.pushHandle(ParagraphRef(r, i), of: r, as: s.model.paragraph)
    }

    static let quote = ElementHook(name: "Quote", field: "quotes", count: { $0.quotes.count }) { s, r, i in
        s.pushHandle(QuoteRef(r, i), of: r, as: s.model.quote)
    }

    static let person = ElementHook(name: "Person", field: "people", count: { $0.people.count }) { s, r, i in
        s.pushHandle(PersonRef(r, i), of: r, as: s.model.person)
    }

    static let statement = ElementHook(name: "Statement", field: "attributions", count: { $0.attributions.count }) { s, r, i in
        s.pushHandle(StatementRef(r, i), of: r, as: s.model.statement)
    }

    /// Element hooks this build dispatches, in the order they run for each release.
    static let available: [ElementHook] = [paragraph, quote, statement, person]
}
