/// Readability's DOM scoring over the content nodes of a page: every paragraph-like block of 25
/// characters or more scores 1, plus its commas, plus one per 100 characters (at most 3), and hands
/// that score to its ancestors (whole to the parent, half to the grandparent, a third of its level
/// beyond). Ancestors start from their element (`div` +5, lists and headings minus) and their
/// class words (±25). Scores are scaled by `1 - link density`; the best ancestor wins, then its
/// siblings that score near it, or that are plain paragraphs of prose, join it.
struct ContentScoring {
    let dom: PageDOM
    let stats: PageStats
    let kept: [Bool]
    private(set) var scores: [Int: Double] = [:]

    static let scoredTags: Set<String> = ["p", "pre", "td", "h2", "h3", "h4", "h5", "h6", "blockquote", "dd"]
    static let blockTags: Set<String> = [
        "p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl",
        "dt", "dd", "blockquote", "pre", "table", "tr", "td", "th", "thead", "tbody", "tfoot", "address", "hr", "center",
        "caption", "details", "summary", "form", "body", "fieldset", "hgroup",
    ]
    static let positive = ["article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "post", "text", "blog", "story", "release"]
    static let negative = ["-ad-", "hidden", "banner", "combx", "comment", "com-", "contact", "foot", "masthead", "media",
                           "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox", "sidebar", "skyscraper",
                           "sponsor", "shopping", "tags", "tool", "widget", "byline", "author"]

    init(dom: PageDOM, stats: PageStats, kept: [Bool]) {
        self.dom = dom
        self.stats = stats
        self.kept = kept
        score()
    }

    /// The winning block and the siblings that join it, in document order; empty when no block of
    /// prose was found.
    func roots() -> [Int] {
        guard var top = scores.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) })?.key else { return [] }
        top = climbed(top)
        let parent = dom[top].parent
        guard parent >= 0 else { return [top] }
        let topScore = scores[top] ?? 0
        let threshold = max(10, topScore * 0.2)
        let topClass = dom[top].attribute("class") ?? ""
        var out: [Int] = []
        for sibling in dom.children(parent) where kept[sibling] && !dom[sibling].isText {
            if sibling == top { out.append(sibling); continue }
            if isFeed(sibling) { continue }
            let bonus = !topClass.isEmpty && dom[sibling].attribute("class") == topClass ? topScore * 0.2 : 0
            if let s = scores[sibling], s + bonus >= threshold { out.append(sibling); continue }
            guard dom[sibling].tag == "p" else { continue }
            let length = stats.text(sibling), density = stats.linkDensity(sibling)
            if length > 80 && density < 0.25 { out.append(sibling); continue }
            if length > 0, length <= 80, density == 0, dom.text(of: sibling).hasSuffix(".") { out.append(sibling) }
        }
        return out
    }

    func score(of node: Int) -> Double { scores[node] ?? 0 }

    /// A block holding two or more articles is a list of posts ("you may also like"), never the
    /// rest of the article beside it. (Siblings are disjoint, so these scans stay linear.)
    private func isFeed(_ node: Int) -> Bool {
        var articles = 0
        for j in node..<dom[node].end where kept[j] && dom[j].tag == "article" {
            articles += 1
            if articles >= 2 { return true }
        }
        return false
    }

    private mutating func score() {
        var raw: [Int: Double] = [:]
        // Paragraph-like elements, judged once each (each judgement reads the element's children).
        var paragraph = Array(repeating: false, count: dom.count)
        for i in 0..<dom.count where kept[i] && !dom[i].isText { paragraph[i] = isScored(i) }
        for i in 0..<dom.count where kept[i] && (paragraph[i] || isLooseText(i, paragraph)) {
            let length = stats.text(i)
            guard length >= 25 else { continue }
            let points = 1 + Double(stats.commaCount(i)) + Double(min(length / 100, 3))
            var ancestor = dom[i].parent, level = 0
            while ancestor >= 0, level < 5 {
                if dom[ancestor].tag == "html" { break }
                if raw[ancestor] == nil { raw[ancestor] = initialScore(ancestor) }
                raw[ancestor]! += points / (level == 0 ? 1 : level == 1 ? 2 : Double(level) * 3)
                ancestor = dom[ancestor].parent
                level += 1
            }
        }
        for (node, value) in raw { scores[node] = value * (1 - stats.linkDensity(node)) }
    }

    /// Text standing loose in a container that also holds blocks (`<div><p>Title</p>Body text…</div>`):
    /// Readability wraps such runs in paragraphs before scoring; the text node stands for its run.
    private func isLooseText(_ i: Int, _ paragraph: [Bool]) -> Bool {
        guard dom[i].isText else { return false }
        let p = dom[i].parent
        return p >= 0 && Self.looseParents.contains(dom[p].tag) && !paragraph[p]
    }

    static let looseParents: Set<String> = ["div", "section", "article", "main", "td", "center"]

    /// Paragraph-like: a scored tag, or a `div`/`section`/`li` holding text but no block children.
    private func isScored(_ i: Int) -> Bool {
        let tag = dom[i].tag
        if Self.scoredTags.contains(tag) { return true }
        guard tag == "div" || tag == "section" || tag == "li" || tag == "span" && dom[dom[i].parent].tag == "div" else { return false }
        var c = dom[i].firstChild
        while c >= 0 {
            if Self.blockTags.contains(dom[c].tag) { return false }
            c = dom[c].nextSibling
        }
        return true
    }

    private func initialScore(_ i: Int) -> Double {
        var s: Double
        switch dom[i].tag {
        case "div", "article", "main": s = 5
        case "pre", "td", "blockquote", "section": s = 3
        case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": s = -3
        case "h1", "h2", "h3", "h4", "h5", "h6", "th": s = -5
        default: s = 0
        }
        for value in [dom[i].attribute("class"), dom[i].attribute("id")] {
            guard let v = value?.lowercased(), !v.isEmpty else { continue }
            if Self.negative.contains(where: v.contains) { s -= 25 }
            if Self.positive.contains(where: v.contains) { s += 25 }
        }
        if dom[i].attribute("itemprop")?.lowercased() == "articlebody" { s += 25 }
        return s
    }

    /// Readability's refinements: a parent scoring higher than the winner takes over (several
    /// near-best blocks under one parent are one article split up), and a lone child is its parent.
    private func climbed(_ start: Int) -> Int {
        var top = start
        let topScore = scores[top] ?? 0
        let near = scores.filter { $0.key != top && $0.value >= topScore * 0.75 }.map(\.key).sorted { scores[$0]! > scores[$1]! }.prefix(5)
        if near.count >= 3 {
            var ancestor = dom[top].parent
            while ancestor >= 0, dom[ancestor].tag != "body" {
                if near.filter({ dom.isInside($0, ancestor) }).count >= 3 { top = ancestor; break }
                ancestor = dom[ancestor].parent
            }
        }
        var last = scores[top] ?? 0
        var parent = dom[top].parent
        while parent >= 0, dom[parent].tag != "body", dom[parent].tag != "html" {
            guard let s = scores[parent] else { parent = dom[parent].parent; continue }
            if s < last / 3 { break }
            if s > last { top = parent; break }
            last = s
            parent = dom[parent].parent
        }
        while true {
            let p = dom[top].parent
            guard p >= 0, dom[p].tag != "body", dom[p].tag != "html" else { break }
            let elements = dom.children(p).filter { !dom[$0].isText && kept[$0] }
            let texts = dom.children(p).filter { dom[$0].isText && stats.text($0) > 0 }
            guard elements == [top], texts.isEmpty else { break }
            top = p
        }
        return top
    }
}
