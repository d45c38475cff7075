import Foundation

/// The word lists a lower-case word belongs to, as bits: the name parser asks up to fifteen
/// list questions per capitalised token, and one table lookup per token answers them all.
struct WordClass: OptionSet, Sendable {
    let rawValue: UInt32
    static let title = WordClass(rawValue: 1 << 0)
    static let titleModifier = WordClass(rawValue: 1 << 1)
    static let org = WordClass(rawValue: 1 << 2)
    static let particle = WordClass(rawValue: 1 << 3)
    static let connector = WordClass(rawValue: 1 << 4)
    static let notName = WordClass(rawValue: 1 << 5)
    static let nameSuffix = WordClass(rawValue: 1 << 6)
    static let male = WordClass(rawValue: 1 << 7)
    static let female = WordClass(rawValue: 1 << 8)
    static let place = WordClass(rawValue: 1 << 9)
    static let placeWord = WordClass(rawValue: 1 << 10)
    static let nameAbbreviation = WordClass(rawValue: 1 << 11)
    static let surnameTitle = WordClass(rawValue: 1 << 12)
    static let givenNameTitle = WordClass(rawValue: 1 << 13)
    static let postNominal = WordClass(rawValue: 1 << 14)
    static let neverSurname = WordClass(rawValue: 1 << 15)
    static let headlineVerb = WordClass(rawValue: 1 << 16)
    /// "of", "for", "and", "the", "&" or a particle: may sit inside a capitalised run.
    static let joiner = WordClass(rawValue: 1 << 17)
    /// Set on every memoised entry, so zero means "not looked up yet".
    static let known = WordClass(rawValue: 1 << 31)

    /// A word that makes a title on its own (`Language.isHeadTitle`).
    var isHeadTitle: Bool { contains(.title) && !contains(.titleModifier) }
}

/// Word → classes for one `Language` value, built from its lists on first use.
final class WordClassTable: Sendable {
    private let classes: [String: WordClass]

    init(_ l: Language) {
        var d: [String: WordClass] = [:]
        func add(_ words: Set<String>, _ c: WordClass) { for w in words { d[w, default: []].insert(c) } }
        add(l.titleWords, .title); add(l.titleModifiers, .titleModifier); add(l.orgWords, .org)
        add(l.particles, .particle); add(l.connectors, .connector); add(l.notName, .notName)
        add(l.nameSuffixes, .nameSuffix); add(l.male, .male); add(l.female, .female)
        add(l.places, .place); add(l.placeWords, .placeWord); add(l.nameAbbreviations, .nameAbbreviation)
        add(l.surnameTitles, .surnameTitle); add(l.givenNameTitles, .givenNameTitle)
        add(l.postNominals, .postNominal); add(l.neverSurname, .neverSurname); add(l.headlineVerbs, .headlineVerb)
        add(l.particles.union(["of", "for", "and", "the", "&"]), .joiner)
        classes = d
    }

    func classes(of w: String) -> WordClass { (classes[w] ?? []).union(.known) }
}

/// Holds a language's table, built once however many releases and threads use the language.
/// A `Language` whose lists change gets a fresh cache (see the `didSet`s in `Language`).
final class WordClassCache: @unchecked Sendable {
    private let lock = NSLock()
    private var table: WordClassTable?

    func table(for l: Language) -> WordClassTable {
        lock.lock()
        defer { lock.unlock() }
        if let t = table { return t }
        let t = WordClassTable(l)
        table = t
        return t
    }
}

/// Per release: each token's classes, looked up the first time a rule asks (most tokens never are).
final class TokenClasses {
    private let text: SpeechText
    private let table: WordClassTable
    private let base: [Int]
    private let memo: UnsafeMutableBufferPointer<UInt32>

    init(text: SpeechText, table: WordClassTable) {
        self.text = text
        self.table = table
        var base: [Int] = []
        base.reserveCapacity(text.paras.count)
        var n = 0
        for p in text.paras { base.append(n); n += p.tokens.count }
        self.base = base
        memo = .allocate(capacity: max(n, 1))
        memo.initialize(repeating: 0)
    }

    deinit { memo.deallocate() }

    func of(_ p: Int, _ k: Int) -> WordClass {
        let i = base[p] + k
        let m = memo[i]
        if m != 0 { return WordClass(rawValue: m) }
        let c = table.classes(of: text.paras[p].lower[k])
        memo[i] = c.rawValue
        return c
    }
}
