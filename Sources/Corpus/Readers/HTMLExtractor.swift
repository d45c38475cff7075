import CLibXML2
import Foundation

/// The release inside a saved web page, through libxml2's forgiving HTML parser (entities
/// decoded, broken markup repaired). The title is the page's `<h1>` (else `og:title`, else
/// `<title>`), the date comes from publication `<meta>` tags or a `<time>` element, and the text
/// is taken from `<main>` / `<article>` (else `<body>`) without scripts, styles, menus, sidebars,
/// footers and share bars; block elements and `<br>` end paragraphs.
struct HTMLPage {
    var title: String?
    var date: String?
    var url: String?
    var source: String?
    var paragraphs: [String] = []
}

enum HTMLExtractor {
    static func extract(_ bytes: [UInt8]) -> HTMLPage? {
        guard !bytes.isEmpty, bytes.count < Int(Int32.max) else { return nil }
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue)
        // Inputs are already UTF-8 (TextDecoder ran), whatever the page's own charset tag says.
        let doc = bytes.withUnsafeBufferPointer { p in
            p.baseAddress!.withMemoryRebound(to: CChar.self, capacity: p.count) {
                htmlReadMemory($0, Int32(p.count), nil, "UTF-8", options)
            }
        }
        guard let doc else { return nil }
        defer { xmlFreeDoc(doc) }
        guard let root = xmlDocGetRootElement(doc) else { return HTMLPage() }
        var survey = HTMLSurvey()
        survey.walk(root)
        var page = HTMLPage()
        let contentRoot = survey.main ?? (survey.articles.count == 1 ? survey.articles[0] : nil) ?? survey.body ?? root
        let heading = survey.firstH1(inside: contentRoot) ?? survey.h1s.first
        let headingText = heading.map { HTMLText.collapsed(HTMLText.content(of: $0)) }
        page.title = [headingText, survey.meta["og:title"], survey.meta["twitter:title"], survey.title]
            .compactMap { $0 }.first { !$0.isEmpty }
        let time = survey.firstTime(inside: contentRoot)
        let timeValue = time.flatMap { HTMLText.attribute($0, "datetime") ?? HTMLText.collapsed(HTMLText.content(of: $0)) }
        page.date = HTMLSurvey.dateKeys.lazy.compactMap { survey.meta[$0] }.first ?? timeValue
        page.url = survey.canonical ?? survey.meta["og:url"]
        page.source = survey.meta["og:site_name"] ?? survey.meta["publisher"] ?? survey.meta["author"]
        var skip: Set<UnsafeMutablePointer<xmlNode>> = []
        if let heading, headingText == page.title { skip.insert(heading) }
        if let time, let parent = time.pointee.parent {
            // A date standing alone in its block (beside the headline at most) is layout, already on the date line.
            var around = HTMLText.collapsed(HTMLText.content(of: parent))
            if let headingText, !headingText.isEmpty, let r = around.range(of: headingText) { around.removeSubrange(r) }
            if around.trimmingCharacters(in: .whitespaces) == HTMLText.collapsed(HTMLText.content(of: time)) { skip.insert(time) }
        }
        var text = HTMLText()
        text.collect(contentRoot, skipping: skip)
        page.paragraphs = text.paragraphs
        return page
    }
}

/// One pass over the tree: the elements the extractor chooses among, and the `<head>` facts.
struct HTMLSurvey {
    var main: UnsafeMutablePointer<xmlNode>?
    var body: UnsafeMutablePointer<xmlNode>?
    var articles: [UnsafeMutablePointer<xmlNode>] = []
    var h1s: [UnsafeMutablePointer<xmlNode>] = []
    var times: [UnsafeMutablePointer<xmlNode>] = []
    var title: String?
    var canonical: String?
    var meta: [String: String] = [:]

    /// Publication-date `<meta>` names, most specific first.
    static let dateKeys = ["article:published_time", "og:published_time", "datepublished", "date", "dc.date",
                           "dc.date.issued", "dcterms.date", "dcterms.created", "dcterms.issued", "pubdate",
                           "publishdate", "publish-date", "publication_date", "sailthru.date", "parsely-pub-date",
                           "citation_publication_date", "citation_date"]

    mutating func walk(_ root: UnsafeMutablePointer<xmlNode>) {
        var stack = [root]
        while let node = stack.popLast() {
            guard node.pointee.type == XML_ELEMENT_NODE, let name = HTMLText.name(node) else { continue }
            switch name {
            case "title" where title == nil: title = HTMLText.collapsed(HTMLText.content(of: node))
            case "meta":
                let key = (HTMLText.attribute(node, "property") ?? HTMLText.attribute(node, "name")
                           ?? HTMLText.attribute(node, "itemprop"))?.lowercased()
                if let key, let content = HTMLText.attribute(node, "content"), meta[key] == nil { meta[key] = content }
            case "link" where canonical == nil:
                if HTMLText.attribute(node, "rel")?.lowercased() == "canonical" { canonical = HTMLText.attribute(node, "href") }
            default: break
            }
            if HTMLText.isDropped(node, name: name) { continue }
            switch name {
            case "main" where main == nil: main = node
            case "body" where body == nil: body = node
            case "article": articles.append(node)
            case "h1": h1s.append(node)
            case "time": times.append(node)
            default:
                if main == nil, HTMLText.attribute(node, "role")?.lowercased() == "main" { main = node }
            }
            var children: [UnsafeMutablePointer<xmlNode>] = []
            var child = node.pointee.children
            while let c = child { children.append(c); child = c.pointee.next }
            stack += children.reversed()
        }
    }

    func firstH1(inside root: UnsafeMutablePointer<xmlNode>) -> UnsafeMutablePointer<xmlNode>? {
        h1s.first { HTMLText.isInside($0, root) }
    }

    func firstTime(inside root: UnsafeMutablePointer<xmlNode>) -> UnsafeMutablePointer<xmlNode>? {
        times.first { HTMLText.isInside($0, root) }
    }
}
