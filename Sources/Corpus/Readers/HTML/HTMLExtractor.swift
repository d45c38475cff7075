import Foundation

/// The release inside a saved web page, found as the best open extractors find it: furniture
/// dropped (`PageFurniture`), the body container named by the page (`BodyContainers`) checked
/// against Readability's scoring (`ContentScoring`), the larger winning when the named one holds
/// too little; the body then laid out as blocks (`PageBlocks`). Headline, date, canonical URL and
/// site come from the page's own metadata (`PageMetadata`, `PageHeadline`, `PageDate`).
struct HTMLPage {
    var title: String?
    var date: String?
    var url: String?
    var source: String?
    /// The page's `<meta>` name/property → content (`description`, `og:type`), for `r.meta`.
    var meta: [String: String] = [:]
    /// Body blocks; lines inside a block (list items, table rows, `<br>`) are separated by `\n`.
    var paragraphs: [String] = []
    /// The page is a `<frameset>`: its text lives in other files.
    var frames = false
}

enum HTMLExtractor {
    /// nil when libxml2 cannot parse the bytes at all.
    static func extract(_ bytes: [UInt8]) -> HTMLPage? {
        guard let dom = PageDOM(RawTextScrub.scrub(bytes)) else { return nil }
        guard dom.count > 0 else { return HTMLPage() }
        let kept = PageFurniture.kept(dom)
        let stats = PageStats(dom, kept: kept)
        let metadata = PageMetadata(dom)
        let roots = contentRoots(dom, stats: stats, kept: kept)

        var page = HTMLPage()
        page.frames = dom.first("frameset") != nil
        page.meta = metadata.meta
        page.url = metadata.canonical ?? metadata.meta["og:url"] ?? metadata.jsonURL
        page.source = metadata.meta["og:site_name"] ?? metadata.jsonPublisher ?? metadata.meta["application-name"]
            ?? page.url.flatMap { URL(string: $0)?.host }
        let h1s = (0..<dom.count).filter { dom[$0].tag == "h1" }
        let h1 = h1s.first { h in kept[h] && roots.contains { dom.isInside(h, $0) } } ?? h1s.first { kept[$0] } ?? h1s.first
        let h1Text = h1.map { dom.text(of: $0) }
        page.title = PageHeadline.choose(metadata, h1: h1Text, site: page.source)
        var skip: Set<Int> = []
        if let h1, let h1Text, let title = page.title,
           h1Text.lowercased() == title.lowercased() || title.lowercased().hasPrefix(h1Text.lowercased()) { skip.insert(h1) }

        for t in 0..<dom.count where dom[t].tag == "time" && kept[t] {
            // A date standing alone in its block is layout: the date line carries it.
            let parent = dom[t].parent
            if parent >= 0, dom.text(of: parent) == dom.text(of: t) || skip.contains(where: { dom.isInside($0, parent) })
                && dom.text(of: parent).hasSuffix(dom.text(of: t)) { skip.insert(t) }
        }
        var blocks = PageBlocks(dom: dom, stats: stats, kept: kept, skipping: skip)
        blocks.render(roots)
        page.paragraphs = blocks.blocks
        if page.paragraphs.joined().utf8.count < 100, let body = dom.first("body") ?? Optional(0), roots != [body] {
            // Too little where the content seemed to be: the page's whole remaining text.
            var whole = PageBlocks(dom: dom, stats: stats, kept: kept, skipping: skip)
            whole.render([body])
            if whole.blocks.joined().utf8.count > page.paragraphs.joined().utf8.count { page.paragraphs = whole.blocks }
        }
        if let json = metadata.jsonBody, page.paragraphs.joined().utf8.count * 4 < json.utf8.count {
            // The body is rendered by script; the page's JSON-LD still carries it.
            page.paragraphs = json.components(separatedBy: "\n").map(CollapsedLine.collapse).filter { !$0.isEmpty }
        }
        page.date = PageDate.find(dom, metadata: metadata, roots: roots, blocks: page.paragraphs, url: page.url)
        if let date = page.date.flatMap(MetadataDate.iso) {
            // A date-only block at the top is the release block's date, already on the date line.
            while let i = page.paragraphs.prefix(3).firstIndex(where: { $0.utf8.count <= 60 && MetadataDate.iso($0) == date }) {
                page.paragraphs.remove(at: i)
            }
        }
        return page
    }

    /// Where the body is: the page's named container unless Readability's pick holds far more
    /// prose (or sits inside a loose `<main>`), else Readability's pick, else the whole body.
    static func contentRoots(_ dom: PageDOM, stats: PageStats, kept: [Bool]) -> [Int] {
        let scored = ContentScoring(dom: dom, stats: stats, kept: kept).roots()
        let candidates = BodyContainers.candidates(dom, stats: stats, kept: kept, minimum: 150)
        if let (node, tier) = candidates.first {
            // Other posts around the named article (a feed of teasers) are not more prose than it.
            let scoredText = scored.reduce(0) { $0 + stats.text($1) - (tier == .article ? otherArticles($1, node, dom, stats, kept) : 0) }
            let inside = !scored.isEmpty && scored.allSatisfy { dom.isInside($0, node) }
            if tier == .main || tier == .storyClass, inside, scoredText * 2 > stats.text(node) / 2 { return scored }
            if scoredText > 2 * stats.text(node), !inside { return scored }
            return [node]
        }
        if !scored.isEmpty { return scored }
        return [dom.first("body") ?? 0]
    }

    /// Text in the outermost articles under `root` other than `article` (and those around it).
    private static func otherArticles(_ root: Int, _ article: Int, _ dom: PageDOM, _ stats: PageStats, _ kept: [Bool]) -> Int {
        var total = 0
        var i = root + 1
        while i < dom[root].end {
            if kept[i], dom[i].tag == "article", !dom.isInside(article, i) {
                total += stats.text(i)
                i = dom[i].end
            } else {
                i += 1
            }
        }
        return total
    }
}
