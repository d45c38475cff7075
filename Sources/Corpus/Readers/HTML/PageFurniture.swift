/// What on a page is furniture rather than content: code, media and form controls; navigation,
/// menus, sidebars, share bars, related links, comments, cookie banners and footers, known by
/// element, ARIA role, hidden state, or the words of their `class`/`id` (as Readability's
/// "unlikely candidates" and trafilatura's discard lists do). `kept(dom)` marks every node that
/// survives: a furniture element takes its whole subtree with it.
enum PageFurniture {
    /// Never content.
    static let droppedElements: Set<String> = [
        "head", "script", "style", "noscript", "template", "nav", "aside", "footer", "button", "select", "option",
        "textarea", "input", "label", "iframe", "frame", "frameset", "svg", "canvas", "object", "embed", "video",
        "audio", "map", "dialog", "menu", "figure", "figcaption", "picture", "img", "link", "meta",
    ]
    static let droppedRoles: Set<String> = [
        "navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar", "dialog",
        "alertdialog", "toolbar", "tablist",
    ]
    /// Class/id words that are furniture wherever they appear.
    static let furnitureWords: Set<String> = [
        "nav", "navbar", "navigation", "menu", "submenu", "sidebar", "breadcrumb", "breadcrumbs", "footer", "cookie",
        "cookies", "consent", "gdpr", "share", "sharing", "sharethis", "addtoany", "sharedaddy", "social", "subscribe",
        "subscription", "newsletter", "signup", "advert", "advertisement", "advertising", "ads", "ad", "adsense",
        "sponsored", "sponsor", "promo", "related", "recommended", "recommendations", "comments", "comment",
        "disqus", "outbrain", "taboola", "popup", "modal", "trending", "popular", "skip", "toolbar",
        "pagination", "pager", "masthead", "jump", "rss", "feedback", "tags", "tag", "tagcloud", "byline", "author",
        "banner", "print", "topics", "categories", "login", "signin", "offcanvas", "dropdown", "caption", "captions",
        "gallery", "resgallery", "slideshow", "credit", "credits",
    ]
    /// Class/id words that also name content wrappers: an element with one of them is furniture only
    /// for a strong word, never a wrapper's (share, comments…), not for a weak one (tags, author…).
    static let contentWords: Set<String> = ["article", "body", "content", "main", "entry", "post", "story", "text", "release"]
    static let strongWords: Set<String> = [
        "nav", "navbar", "navigation", "menu", "submenu", "sidebar", "breadcrumb", "breadcrumbs", "cookie", "cookies",
        "consent", "gdpr", "share", "sharing", "sharethis", "addtoany", "sharedaddy", "social", "newsletter", "advert",
        "advertisement", "ads", "related", "recommended", "comments", "comment", "disqus", "outbrain", "taboola",
        "popup", "modal",
    ]
    /// Whole class names for text meant for screen readers or hidden by the page's stylesheet.
    static let hiddenClasses: Set<String> = [
        "hidden", "hide", "sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text", "element-invisible",
        "d-none", "invisible", "offscreen", "screenreader", "a11y-hidden", "u-hidden",
    ]
    /// Elements that hold a page's text: never dropped for their class words.
    static let wrapperElements: Set<String> = ["html", "body", "main", "article"]

    /// Per node: true when it and all its ancestors are content. An element holding most of the
    /// page's visible text is a wrapper, whatever its class words say.
    static func kept(_ dom: PageDOM) -> [Bool] {
        var visible = Array(repeating: true, count: dom.count)
        var i = 0
        while i < dom.count {
            if droppedElements.contains(dom[i].tag) { for j in i..<dom[i].end { visible[j] = false }; i = dom[i].end } else { i += 1 }
        }
        let raw = PageStats(dom, kept: visible)
        var kept = visible
        let pageText = max(1, raw.text(0))
        i = 0
        while i < dom.count {
            let node = dom[i]
            if !node.isText,
               isFurniture(node, dom: dom, holdsMostText: raw.text(i) * 2 > pageText && raw.linkDensity(i) < 0.5) {
                for j in i..<node.end { kept[j] = false }
                i = node.end
                continue
            }
            i += 1
        }
        return kept
    }

    static func isFurniture(_ node: PageDOM.Node, dom: PageDOM, holdsMostText: Bool = false) -> Bool {
        let tag = node.tag
        if droppedElements.contains(tag) { return true }
        if tag == "header" {
            // A page banner is furniture; an article's own header holds its headline.
            var p = node.parent
            while p >= 0 {
                if dom[p].tag == "article" || dom[p].tag == "main" { return false }
                p = dom[p].parent
            }
            return true
        }
        if let role = node.attribute("role")?.lowercased(), droppedRoles.contains(role) { return true }
        if node.attribute("hidden") != nil || node.attribute("aria-hidden")?.lowercased() == "true" { return true }
        if let style = node.attribute("style")?.lowercased().filter({ $0 != " " }),
           style.contains("display:none") || style.contains("visibility:hidden") { return true }
        if wrapperElements.contains(tag) { return false }
        return !holdsMostText && classFurniture(node)
    }

    /// Furniture by the words of its `class`/`id` alone.
    static func classFurniture(_ node: PageDOM.Node) -> Bool {
        guard node.attribute("class") != nil || node.attribute("id") != nil, !wrapperElements.contains(node.tag) else { return false }
        let names = (node.attribute("class") ?? "").lowercased().split(separator: " ")
        if names.contains(where: { hiddenClasses.contains(String($0)) }) { return true }
        let words = classWords(node)
        let furniture = words.filter { furnitureWords.contains($0) }
        guard !furniture.isEmpty else { return false }
        if !words.contains(where: { contentWords.contains($0) }) { return true }
        return furniture.contains { strongWords.contains($0) }
    }

    /// Words of class names that describe a state, not a part: `modal-enabled`, `has-sidebar` and
    /// `comments-open` are on the wrappers of pages that have those parts.
    static let stateWords: Set<String> = ["has", "no", "with", "without", "is", "enabled", "disabled", "open", "closed", "allowed", "active", "supported", "template"]

    /// The words of `class` and `id`, split on punctuation and camel case ("shareBar" → share, bar),
    /// leaving out class names that describe a state.
    static func classWords(_ node: PageDOM.Node) -> [String] {
        var words: [String] = []
        for value in [node.attribute("class"), node.attribute("id")] {
            guard let value else { continue }
            for name in value.split(separator: " ") {
                let parts = nameWords(name)
                if !parts.contains(where: stateWords.contains) { words += parts }
            }
        }
        return words
    }

    static func nameWords(_ name: Substring) -> [String] {
        var words: [String] = []
        var word: [UInt8] = []
        var previousLower = false
        func flush() { if !word.isEmpty { words.append(String(decoding: word, as: UTF8.self)); word.removeAll() } }
        for b in name.utf8 {
            let upper = b >= 0x41 && b <= 0x5A, lower = b >= 0x61 && b <= 0x7A, digit = b >= 0x30 && b <= 0x39
            if !(upper || lower || digit) { flush(); previousLower = false; continue }
            if upper, previousLower { flush() }
            word.append(upper ? b + 0x20 : b)
            previousLower = lower
        }
        flush()
        return words
    }
}
