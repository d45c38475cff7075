import PressRelease

/// The name that identifies a release's Person across releases. A release that names someone
/// only by surname ("Lee", "Senator Lee") says who through its metadata when it comes from a
/// member's or author's feed (a congress index's `member`): the surname-only Person then counts
/// as that member, so Barbara Lee's and Mike Lee's releases do not pool their "Lee" quotes.
enum PeopleIdentity {
    /// Metadata fields that name the person a release is by or about.
    static let fields = ["member", "speaker", "author"]

    static func name(of p: PersonRef) -> String {
        let name = p.person.name
        guard !name.utf8.contains(UInt8(ascii: " ")) else { return name }
        let folded = PersonKeys.fold(name)
        let source = p.release.source
        for field in fields {
            guard let full = source.metadata[field] ?? source.fields[field], full.utf8.contains(UInt8(ascii: " ")) else { continue }
            if let last = full.split(separator: " ").last, PersonKeys.fold(String(last)) == folded { return spoken(full) }
        }
        return name
    }

    /// A member's name as releases write it: the nickname if one is quoted, else the first name,
    /// then the surname (`Charles J. "Chuck" Fleischmann` → `Chuck Fleischmann`, `Mark E. Amodei` →
    /// `Mark Amodei`), so it meets the full name the member's other releases give.
    static func spoken(_ full: String) -> String {
        let words = full.split(separator: " ")
        guard words.count > 2, let first = words.first, let last = words.last else { return full }
        let quotes: Set<Character> = ["\"", "\u{201C}", "\u{201D}", "'"]
        if let nick = words.first(where: { $0.count > 2 && quotes.contains($0.first!) && quotes.contains($0.last!) }) {
            return String(nick.dropFirst().dropLast()) + " " + last
        }
        return first + " " + last
    }
}
