import CLibXML2
import Foundation

/// A saved page as a flat tree, copied once out of libxml2's forgiving HTML parser (entities
/// decoded, broken markup repaired): nodes in document order, linked by index, text as UTF-8
/// bytes. The extractor's passes (furniture, scoring, block text, metadata) all read this copy,
/// so no pass converts C strings again.
struct PageDOM {
    struct Node {
        /// Lower-cased element name; empty for a text node.
        var tag: String
        var parent: Int
        var firstChild = -1
        var nextSibling = -1
        /// One past the last node of this subtree (nodes are in document order).
        var end = 0
        /// Attributes with lower-cased names, in source order.
        var attributes: [(name: String, value: String)] = []
        /// A text node's bytes.
        var text: [UInt8] = []

        var isText: Bool { tag.isEmpty }

        func attribute(_ name: String) -> String? {
            attributes.first { $0.name == name }?.value
        }

        /// `class` and `id` together, lower-cased: what furniture and body-class rules read.
        var classAndID: String {
            [attribute("class"), attribute("id")].compactMap { $0 }.joined(separator: " ").lowercased()
        }
    }

    private(set) var nodes: [Node] = []

    /// nil when libxml2 cannot parse the bytes at all (inputs are UTF-8 already: TextDecoder ran).
    init?(_ bytes: [UInt8]) {
        guard !bytes.isEmpty, bytes.count < Int(Int32.max) else { return nil }
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue | HTML_PARSE_NOIMPLIED.rawValue)
        let doc = bytes.withUnsafeBufferPointer { p in
            p.baseAddress!.withMemoryRebound(to: CChar.self, capacity: p.count) {
                htmlReadMemory($0, Int32(p.count), nil, "UTF-8", options)
            }
        }
        guard let doc else { return nil }
        defer { xmlFreeDoc(doc) }
        nodes.reserveCapacity(bytes.count / 40)
        var top = doc.pointee.children
        while let t = top { copy(t, parent: -1); top = t.pointee.next }
    }

    var count: Int { nodes.count }
    subscript(i: Int) -> Node { nodes[i] }

    /// The element children of `i`, in order.
    func children(_ i: Int) -> [Int] {
        var out: [Int] = []
        var c = nodes[i].firstChild
        while c >= 0 { out.append(c); c = nodes[c].nextSibling }
        return out
    }

    func isInside(_ i: Int, _ root: Int) -> Bool { i >= root && i < nodes[root].end }

    /// First element named `tag` in the subtree of `root` (or the whole page).
    func first(_ tag: String, in root: Int? = nil) -> Int? {
        let range = root.map { $0..<nodes[$0].end } ?? 0..<nodes.count
        return range.first { nodes[$0].tag == tag }
    }

    /// All text of a subtree, whitespace collapsed.
    func text(of i: Int) -> String {
        var line = CollapsedLine()
        for j in i..<nodes[i].end where nodes[j].isText { line.append(nodes[j].text) }
        return line.string
    }

    /// Iterative copy (deeply nested markup cannot overflow the stack) of a libxml2 subtree;
    /// a nil node on the stack closes the element at `parent`.
    private mutating func copy(_ root: UnsafeMutablePointer<xmlNode>, parent rootParent: Int) {
        var stack: [(UnsafeMutablePointer<xmlNode>?, Int)] = [(root, rootParent)]
        var lastChild: [Int: Int] = [:]
        while let (entry, parent) = stack.popLast() {
            guard let node = entry else { nodes[parent].end = nodes.count; continue }
            let index = nodes.count
            switch node.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                guard let content = node.pointee.content else { continue }
                var n = Node(tag: "", parent: parent)
                n.text = Array(UnsafeBufferPointer(start: content, count: strlen(content)))
                n.end = index + 1
                nodes.append(n)
            case XML_ELEMENT_NODE:
                let name = node.pointee.name.map { String(cString: $0).lowercased() } ?? "unknown"
                var n = Node(tag: name, parent: parent)
                var attr = node.pointee.properties
                while let a = attr {
                    if let an = a.pointee.name {
                        var value = ""
                        var child = a.pointee.children
                        while let c = child {
                            if let v = c.pointee.content { value += String(cString: v) }
                            child = c.pointee.next
                        }
                        n.attributes.append((String(cString: an).lowercased(), value))
                    }
                    attr = a.pointee.next
                }
                nodes.append(n)
                stack.append((nil, index))
                var children: [UnsafeMutablePointer<xmlNode>] = []
                var child = node.pointee.children
                while let c = child { children.append(c); child = c.pointee.next }
                for c in children.reversed() { stack.append((c, index)) }
            default:
                continue
            }
            if parent >= 0 {
                if let last = lastChild[parent] { nodes[last].nextSibling = index } else { nodes[parent].firstChild = index }
                lastChild[parent] = index
            }
        }
    }
}

/// Text with runs of whitespace (including no-break spaces) collapsed to one space, as a browser
/// shows it; built on bytes.
struct CollapsedLine {
    private(set) var bytes: [UInt8] = []
    private var pendingSpace = false

    var isEmpty: Bool { bytes.isEmpty }
    var string: String { String(decoding: bytes, as: UTF8.self) }

    mutating func append(_ text: [UInt8]) {
        var i = 0
        while i < text.count {
            let b = text[i]
            let nbsp = b == 0xC2 && i + 1 < text.count && text[i + 1] == 0xA0
            if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C || nbsp {
                pendingSpace = true
                i += nbsp ? 2 : 1
                continue
            }
            if pendingSpace, !bytes.isEmpty { bytes.append(0x20) }
            pendingSpace = false
            bytes.append(b)
            i += 1
        }
    }

    /// A space before the next text, as an inline element boundary with whitespace would give.
    mutating func space() { pendingSpace = true }

    mutating func reset() {
        bytes.removeAll(keepingCapacity: true)
        pendingSpace = false
    }

    static func collapse(_ s: String) -> String {
        var line = CollapsedLine()
        line.append(Array(s.utf8))
        return line.string
    }
}
