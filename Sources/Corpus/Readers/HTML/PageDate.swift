/// The publication date of a page, as htmldate finds it, most reliable source first: JSON-LD
/// `datePublished`, publication `<meta>` tags, `itemprop=datePublished`, a `<time>` element in
/// the content, a short date-only element marked as a date (class words date, posted, published…),
/// a short date-only block at the top of the body (the release block), and last a date in the URL.
enum PageDate {
    /// Publication-date `<meta>` names, most specific first.
    static let metaKeys = [
        "article:published_time", "og:article:published_time", "og:published_time", "datepublished", "date",
        "dc.date", "dc.date.issued", "dc.date.created", "dcterms.date", "dcterms.created", "dcterms.issued", "pubdate",
        "publishdate", "publish-date", "publish_date", "published_date", "publication_date", "release_date",
        "sailthru.date", "parsely-pub-date", "citation_publication_date", "citation_date", "article.published",
        "datecreated", "originalpublicationdate",
    ]
    static let dateWords: Set<String> = ["date", "dates", "time", "posted", "published", "pubdate", "timestamp", "dateline", "datetime", "postdate", "publish"]

    static func find(_ dom: PageDOM, metadata: PageMetadata, roots: [Int], blocks: [String], url: String?) -> String? {
        if let d = metadata.jsonDate, MetadataDate.iso(d) != nil { return d }
        if let d = metaKeys.lazy.compactMap({ metadata.meta[$0] }).first(where: { MetadataDate.iso($0) != nil }) { return d }
        for i in 0..<dom.count where dom[i].attribute("itemprop")?.lowercased() == "datepublished" {
            let value = dom[i].attribute("content") ?? dom[i].attribute("datetime") ?? dom.text(of: i)
            if MetadataDate.iso(value) != nil { return value }
        }
        let times = (0..<dom.count).filter { dom[$0].tag == "time" }
        let inContent = times.filter { t in roots.contains { dom.isInside(t, $0) } }
        for t in inContent + times {
            let value = dom[t].attribute("datetime") ?? dom.text(of: t)
            if MetadataDate.iso(value) != nil { return value }
        }
        for i in 0..<dom.count where !dom[i].isText && dom[i].end - i < 40 {
            let words = PageFurniture.classWords(dom[i])
            guard words.contains(where: { dateWords.contains($0) }) else { continue }
            // Hidden fields and microformats carry the date in an attribute.
            let text = dom[i].attribute("datetime") ?? dom[i].attribute("content") ?? dom[i].attribute("value") ?? dom.text(of: i)
            if text.utf8.count <= 100, MetadataDate.iso(text) != nil { return text }
        }
        if let d = blocks.prefix(8).first(where: { $0.utf8.count <= 100 && MetadataDate.iso($0) != nil }) { return d }
        if let d = url.flatMap(dateInURL) { return d }
        // Last, when the page states no publication date: when it was last changed.
        return metadata.jsonModified.flatMap { MetadataDate.iso($0) != nil ? $0 : nil }
            ?? modifiedKeys.lazy.compactMap({ metadata.meta[$0] }).first(where: { MetadataDate.iso($0) != nil })
    }

    static let modifiedKeys = ["article:modified_time", "og:updated_time", "datemodified", "last-modified", "dcterms.modified", "dc.date.modified"]
    static let monthNames = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    /// `/2019/11/19/` or `2019-11-19` in a URL path.
    static func dateInURL(_ url: String) -> String? {
        let parts = url.split(whereSeparator: { $0 == "/" || $0 == "-" || $0 == "_" }).map(String.init)
        for i in 0..<max(0, parts.count - 2) {
            // `/2019/11/19/` or, as some newsrooms write it, `/2019/nov/19/`
            let month = monthNames.firstIndex(of: parts[i + 1].lowercased()).map { $0 + 1 } ?? (parts[i + 1].count == 2 ? Int(parts[i + 1]) : nil)
            guard parts[i].count == 4, let y = Int(parts[i]), (1990...2100).contains(y),
                  parts[i + 1].count == 2 || parts[i + 1].count == 3, let m = month, parts[i + 2].count == 2, let d = Int(parts[i + 2]) else { continue }
            let iso = "\(parts[i])-\(m < 10 ? "0" : "")\(m)-\(parts[i + 2])"
            if (1...12).contains(m), (1...31).contains(d), MetadataDate.iso(iso) != nil { return iso }
        }
        return nil
    }
}
