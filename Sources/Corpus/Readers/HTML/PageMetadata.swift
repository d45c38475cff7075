import Foundation

/// The facts a page states about itself, outside its body text: `<title>`, `<meta>` tags
/// (Open Graph, Dublin Core, article:…), the canonical link, and JSON-LD (`NewsArticle`,
/// `BlogPosting`, … also inside `@graph`), read in one pass over the tree.
struct PageMetadata {
    var title: String?
    var canonical: String?
    /// `<meta>` content by lower-cased property / name / itemprop (first wins).
    var meta: [String: String] = [:]
    var jsonHeadline: String?
    var jsonDate: String?
    var jsonModified: String?
    var jsonPublisher: String?
    var jsonURL: String?
    /// JSON-LD `articleBody`: the text of pages that render their body with scripts.
    var jsonBody: String?

    init(_ dom: PageDOM) {
        for i in 0..<dom.count {
            let node = dom[i]
            switch node.tag {
            case "title" where title == nil:
                title = dom.text(of: i)
            case "meta":
                let key = (node.attribute("property") ?? node.attribute("name") ?? node.attribute("itemprop") ?? node.attribute("http-equiv"))?.lowercased()
                if let key, let content = node.attribute("content"), !content.isEmpty, meta[key] == nil { meta[key] = content }
            case "link" where canonical == nil:
                if node.attribute("rel")?.lowercased() == "canonical", let href = node.attribute("href"), !href.isEmpty { canonical = href }
            case "script" where node.attribute("type")?.lowercased() == "application/ld+json":
                var raw: [UInt8] = []
                for j in i..<node.end where dom[j].isText { raw += dom[j].text }
                readJSONLD(raw)
            default: break
            }
        }
    }

    /// Schema.org types whose `headline` and `datePublished` are the page's own.
    static let articleTypes: Set<String> = [
        "article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle", "pressrelease",
        "report", "scholarlyarticle", "techarticle", "opinionnewsarticle", "backgroundnewsarticle", "webpage",
        "socialmediaposting", "liveblogposting",
    ]

    private mutating func readJSONLD(_ raw: [UInt8]) {
        guard raw.count < 4 << 20, let value = try? JSONSerialization.jsonObject(with: Data(raw), options: [.fragmentsAllowed]) else { return }
        var queue: [Any] = [value]
        var seen = 0
        while !queue.isEmpty, seen < 200 {
            let item = queue.removeFirst()
            seen += 1
            if let list = item as? [Any] { queue += list; continue }
            guard let object = item as? [String: Any] else { continue }
            if let graph = object["@graph"] { queue.append(graph) }
            let types = (object["@type"] as? String).map { [$0] } ?? (object["@type"] as? [String]) ?? []
            guard types.contains(where: { Self.articleTypes.contains($0.lowercased()) }) else { continue }
            // A WebPage wrapper yields only what no article object gives.
            let isPage = types.allSatisfy { $0.lowercased() == "webpage" }
            if let h = (object["headline"] as? String) ?? (isPage ? nil : object["name"] as? String), !h.isEmpty,
               jsonHeadline == nil || headlineFromPage && !isPage {
                jsonHeadline = h
                headlineFromPage = isPage
            }
            if let d = (object["datePublished"] as? String) ?? (object["dateCreated"] as? String), !d.isEmpty,
               jsonDate == nil || dateFromPage && !isPage {
                jsonDate = d
                dateFromPage = isPage
            }
            if jsonModified == nil, let d = object["dateModified"] as? String, !d.isEmpty { jsonModified = d }
            if jsonPublisher == nil, let publisher = object["publisher"] {
                jsonPublisher = ((publisher as? [String: Any]) ?? (publisher as? [[String: Any]])?.first)?["name"] as? String
            }
            if jsonURL == nil, !isPage { jsonURL = object["url"] as? String }
            if jsonBody == nil, let b = object["articleBody"] as? String, !b.isEmpty { jsonBody = b }
        }
    }

    private var headlineFromPage = false
    private var dateFromPage = false
}
