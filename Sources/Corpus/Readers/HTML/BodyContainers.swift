/// The semantic containers a page names its body with, tried in trafilatura's order: the
/// `articleBody` microdata and the body classes of the common CMSs (WordPress `entry-content`,
/// Drupal `field--name-body`, newsroom `article-body`, …), then `<article>`, then the looser
/// story and column classes, then `<main>` and `role=main`. Each tier yields the first container
/// in document order holding enough text; `nil` when none does.
enum BodyContainers {
    enum Tier: Int, Comparable {
        case bodyClass, article, storyClass, main
        static func < (a: Tier, b: Tier) -> Bool { a.rawValue < b.rawValue }
    }

    /// Class or id fragments (lower-cased, matched inside each class name) naming an article body.
    static let bodyClasses = [
        "post-text", "post_text", "post-body", "post-entry", "postentry", "post-content", "post_content", "postcontent",
        "article-text", "articletext", "entry-content", "entry_content", "article-content", "article__content",
        "article-body", "article__body", "articlebody", "article_body", "articlecontent", "article-copy",
        "story-body", "storybody", "story-content", "storycontent", "story-text", "body-text", "bodytext",
        "text-content", "content-body", "content__body", "contentbody", "field--name-body", "field-name-body",
        "field-body", "news-body", "news-content", "newsbody", "press-release-body", "release-body", "release-content",
        "rich-text", "richtext", "td-post-content", "single-content", "blog-content", "post__content", "c-entry-content",
        "entry-body", "page-body", "article__text", "fulltext", "full-text", "main-text", "content-text", "art-content",
    ]
    static let storyClasses = [
        "post-bodycopy", "theme-content", "section-content", "single-post", "main-column", "wpb_text_column",
        "node__content", "node-content", "page-content", "content-main", "content_main", "main-content", "maincontent",
        "region-content", "usa-prose", "article-container", "article__container",
    ]
    static let storyNames: Set<String> = ["text", "story", "article", "post", "content", "entry", "cell", "postarea", "body"]

    /// Candidates of every tier, best tier first, each with at least `minimum` characters of text.
    static func candidates(_ dom: PageDOM, stats: PageStats, kept: [Bool], minimum: Int) -> [(node: Int, tier: Tier)] {
        var best: [Tier: Int] = [:]
        var largestArticle: Int?
        var holdsArticles = Array(repeating: false, count: dom.count)
        for i in stride(from: dom.count - 1, through: 1, by: -1) where kept[i] && (holdsArticles[i] || dom[i].tag == "article") {
            if dom[i].parent >= 0 { holdsArticles[dom[i].parent] = true }
        }
        for i in 0..<dom.count where kept[i] {
            let node = dom[i]
            guard !node.isText, stats.text(i) >= minimum, let tier = tier(of: node) else { continue }
            if tier == .article {
                // An article holding articles is a list of posts (a feed, "you may also like").
                if holdsArticles[i] { continue }
                if largestArticle.map({ stats.text(i) > stats.text($0) && !dom.isInside(i, $0) }) ?? true { largestArticle = i }
            } else if best[tier] == nil {
                best[tier] = i
            }
        }
        if let largestArticle { best[.article] = largestArticle }
        return best.sorted { $0.key < $1.key }.map { ($0.value, $0.key) }
    }

    static func tier(of node: PageDOM.Node) -> Tier? {
        if node.attribute("itemprop")?.lowercased() == "articlebody" { return .bodyClass }
        if node.tag == "article" { return .article }
        if node.tag == "main" || node.attribute("role")?.lowercased() == "main" { return .main }
        guard ["div", "section", "article", "main", "td", "span"].contains(node.tag) else { return nil }
        var names: [Substring] = []
        for value in [node.attribute("class"), node.attribute("id")] {
            if let v = value?.lowercased() { names += v.split(separator: " ") }
        }
        guard !names.isEmpty else { return nil }
        if names.contains(where: { name in bodyClasses.contains { name.contains($0) } }) { return .bodyClass }
        if names.contains(where: { name in storyNames.contains(String(name)) || storyClasses.contains { name.contains($0) } }) {
            return .storyClass
        }
        return nil
    }
}
