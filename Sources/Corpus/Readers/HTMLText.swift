import CLibXML2
import Foundation

/// Text out of a libxml2 tree: which elements are page furniture, which end a paragraph, and
/// whitespace collapsed as a browser would (including no-break spaces).
struct HTMLText {
    private(set) var paragraphs: [String] = []
    private var current: [UInt8] = []
    private var pendingSpace = false

    /// Never content: code, styling, navigation, forms and embedded media.
    static let droppedElements: Set<String> = [
        "script", "style", "noscript", "template", "nav", "aside", "footer", "form", "button", "select",
        "textarea", "iframe", "svg", "canvas", "object", "embed", "video", "audio", "map", "dialog", "menu",
    ]
    static let droppedRoles: Set<String> = ["navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar", "dialog"]
    /// Class or id words (split on `-`, `_`, spaces) that mark furniture on agency and company sites.
    static let droppedWords: Set<String> = [
        "nav", "navbar", "navigation", "menu", "sidebar", "breadcrumb", "breadcrumbs", "footer", "cookie", "cookies",
        "share", "sharing", "social", "skip", "subscribe", "newsletter", "advert", "advertisement", "ads", "promo", "related",
    ]
    /// Elements whose start and end break the text into paragraphs.
    static let blockElements: Set<String> = [
        "p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
        "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "td", "th", "thead", "tbody", "figure", "figcaption",
        "address", "hr", "body", "center", "caption", "details", "summary",
    ]

    static func name(_ node: UnsafeMutablePointer<xmlNode>) -> String? {
        node.pointee.name.map { String(cString: $0).lowercased() }
    }

    /// An attribute's value, read from the node's attribute list (no allocation to free).
    static func attribute(_ node: UnsafeMutablePointer<xmlNode>, _ wanted: String) -> String? {
        var attr = node.pointee.properties
        while let a = attr {
            if let n = a.pointee.name, String(cString: n).lowercased() == wanted {
                var value = ""
                var child = a.pointee.children
                while let c = child {
                    if let content = c.pointee.content { value += String(cString: content) }
                    child = c.pointee.next
                }
                return value
            }
            attr = a.pointee.next
        }
        return nil
    }

    static func content(of node: UnsafeMutablePointer<xmlNode>) -> String {
        guard let raw = xmlNodeGetContent(node) else { return "" }
        defer { clibxml2_free(raw) }
        return String(cString: raw)
    }

    static func collapsed(_ s: String) -> String {
        var t = HTMLText()
        t.append(Array(s.utf8))
        return String(decoding: t.current, as: UTF8.self)
    }

    static func isInside(_ node: UnsafeMutablePointer<xmlNode>, _ root: UnsafeMutablePointer<xmlNode>) -> Bool {
        var n: UnsafeMutablePointer<xmlNode>? = node
        while let p = n { if p == root { return true }; n = p.pointee.parent }
        return false
    }

    static func isDropped(_ node: UnsafeMutablePointer<xmlNode>, name: String) -> Bool {
        if droppedElements.contains(name) { return true }
        if name == "header" {
            // A page banner is furniture; an article's own header holds its headline.
            var n = node.pointee.parent
            while let p = n {
                if let pn = Self.name(p), pn == "article" || pn == "main" { return false }
                n = p.pointee.parent
            }
            return true
        }
        if let role = attribute(node, "role")?.lowercased(), droppedRoles.contains(role) { return true }
        if attribute(node, "hidden") != nil || attribute(node, "aria-hidden")?.lowercased() == "true" { return true }
        if let style = attribute(node, "style")?.lowercased().filter({ $0 != " " }), style.contains("display:none") { return true }
        for key in ["class", "id"] {
            guard let value = attribute(node, key)?.lowercased() else { continue }
            let words = value.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "_" })
            if words.contains(where: { droppedWords.contains(String($0)) }) { return true }
        }
        return false
    }

    /// Paragraph texts under `root`, in document order, without dropped subtrees and `skipping` nodes.
    mutating func collect(_ root: UnsafeMutablePointer<xmlNode>, skipping: Set<UnsafeMutablePointer<xmlNode>>) {
        // Iterative, so deeply nested markup cannot overflow the stack; `true` marks an element's end.
        var stack: [(UnsafeMutablePointer<xmlNode>, Bool)] = [(root, false)]
        while let (node, closing) = stack.popLast() {
            if closing { endParagraph(); continue }
            switch node.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = node.pointee.content { append(Array(UnsafeBufferPointer(start: content, count: strlen(content)))) }
                continue
            case XML_ELEMENT_NODE:
                break
            default:
                continue
            }
            guard !skipping.contains(node), let name = Self.name(node), !Self.isDropped(node, name: name) else { continue }
            if name == "br" { endParagraph(); continue }
            let block = Self.blockElements.contains(name)
            if block { endParagraph(); stack.append((node, true)) }
            var children: [UnsafeMutablePointer<xmlNode>] = []
            var child = node.pointee.children
            while let c = child { children.append(c); child = c.pointee.next }
            for c in children.reversed() { stack.append((c, false)) }
        }
        endParagraph()
    }

    private mutating func append(_ bytes: [UInt8]) {
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            let nbsp = b == 0xC2 && i + 1 < bytes.count && bytes[i + 1] == 0xA0
            if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C || nbsp {
                pendingSpace = true
                i += nbsp ? 2 : 1
                continue
            }
            if pendingSpace, !current.isEmpty { current.append(0x20) }
            pendingSpace = false
            current.append(b)
            i += 1
        }
    }

    private mutating func endParagraph() {
        if !current.isEmpty { paragraphs.append(String(decoding: current, as: UTF8.self)) }
        current.removeAll(keepingCapacity: true)
        pendingSpace = false
    }
}
