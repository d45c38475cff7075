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
