/// What is known about a release besides its text: the container's facts and the fields of a
/// sidecar index, for `r.meta`, `r.url` and `r.source`.
extension Release {
    /// All metadata by field name: the container's own facts (`title`, `date`, `url`, `source`,
    /// `sender`) win over other fields of the same name (a sidecar's).
    public var meta: [String: String] {
        source.metadata.merging(source.fields) { own, _ in own }
    }

    /// Field names that carry a release's address, in the order they are trusted.
    static let urlFields = ["url", "canonical", "link", "source_url", "original_url", "trove_url", "og:url"]

    /// The release's web address, when the container or an index gives one.
    public var url: String? {
        for name in Self.urlFields {
            if let u = source.metadata[name] ?? source.fields[name], !u.isEmpty { return u }
        }
        return nil
    }

    /// Field names that name who published a release (a site, a service, an office).
    static let sourceFields = ["source", "site", "service", "og:site_name", "publisher"]

    /// Who or where the release comes from: the container's `source` (a site name, a mail
    /// organisation, a JSON `source` field), else an index's `site`/`service`, else the folder holding
    /// the file (`congress-us`), else nil for standard input.
    public var sourceName: String? {
        for name in Self.sourceFields {
            if let s = source.metadata[name] ?? source.fields[name], !s.isEmpty { return s }
        }
        let path = source.path
        guard path != "-", let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return nil }
        let dir = path[..<slash]
        let start = dir.utf8.lastIndex(of: UInt8(ascii: "/")).map { dir.index(after: $0) } ?? dir.startIndex
        let folder = String(dir[start...])
        return folder.isEmpty || folder == "." || folder == ".." ? nil : folder
    }
}
