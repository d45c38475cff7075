import Foundation

/// The Markdown of a report's free-text sections as HTML: headings, paragraphs, bullet and
/// numbered lists, fenced code, and inline `code`, **bold**, *emphasis* and [links](url). Raw HTML
/// in the text is escaped, never passed through, so a script cannot inject markup.
enum MarkdownHTML {
    static func convert(_ text: String) -> String {
        var out = ""
        var paragraph: [String] = []
        var list: String? // "ul" or "ol" while inside a list
        var code: [String]?

        func flushParagraph() {
            if !paragraph.isEmpty { out += "<p>" + paragraph.map(inline).joined(separator: "\n") + "</p>\n" }
            paragraph = []
        }
        func closeList() {
            if let l = list { out += "</\(l)>\n" }
            list = nil
        }

        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = raw.hasSuffix("\r") ? String(raw.dropLast()) : String(raw)
            let trimmed = line.drop { $0 == " " }
            if var lines = code {
                if trimmed.hasPrefix("```") {
                    out += "<pre><code>" + HTMLRenderer.escape(lines.joined(separator: "\n")) + "</code></pre>\n"
                    code = nil
                } else {
                    lines.append(line)
                    code = lines
                }
                continue
            }
            if trimmed.hasPrefix("```") {
                flushParagraph(); closeList(); code = []
            } else if trimmed.isEmpty {
                flushParagraph(); closeList()
            } else if let (level, rest) = heading(trimmed) {
                flushParagraph(); closeList()
                out += "<h\(level)>\(inline(rest))</h\(level)>\n"
            } else if let (kind, rest) = listItem(trimmed) {
                flushParagraph()
                if list != kind { closeList(); out += "<\(kind)>\n"; list = kind }
                out += "<li>\(inline(rest))</li>\n"
            } else {
                closeList()
                paragraph.append(String(trimmed))
            }
        }
        if let lines = code { out += "<pre><code>" + HTMLRenderer.escape(lines.joined(separator: "\n")) + "</code></pre>\n" }
        flushParagraph()
        closeList()
        return out
    }

    /// `## Title` → (3, "Title"); report sections already use h1–h2, so levels start at h3.
    static func heading(_ line: Substring) -> (Int, String)? {
        let hashes = line.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes), line.dropFirst(hashes).first == " " else { return nil }
        return (min(6, hashes + 2), String(line.dropFirst(hashes + 1)))
    }

    static func listItem(_ line: Substring) -> (String, String)? {
        if let first = line.first, "-*+".contains(first), line.dropFirst().first == " " {
            return ("ul", String(line.dropFirst(2)))
        }
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, line.dropFirst(digits.count).hasPrefix(". ") {
            return ("ol", String(line.dropFirst(digits.count + 2)))
        }
        return nil
    }

    /// Inline spans over already-escaped text.
    static func inline(_ text: String) -> String {
        var s = HTMLRenderer.escape(text)
        s = wrap(s, "`", "code")
        s = wrap(s, "**", "strong")
        s = wrap(s, "*", "em")
        return links(s)
    }

    /// Replaces pairs of `marker` with `<tag>…</tag>`; an unpaired marker stays as text.
    static func wrap(_ s: String, _ marker: String, _ tag: String) -> String {
        let parts = s.components(separatedBy: marker)
        guard parts.count >= 3 else { return s }
        var out = parts[0]
        var i = 1
        while i < parts.count {
            if i + 1 < parts.count, !parts[i].isEmpty {
                out += "<\(tag)>\(parts[i])</\(tag)>" + parts[i + 1]
                i += 2
            } else {
                out += marker + parts[i]
                i += 1
            }
        }
        return out
    }

    /// `[text](url)` for http(s) and mailto URLs only (no `javascript:`).
    static func links(_ s: String) -> String {
        var out = ""
        var rest = Substring(s)
        while let open = rest.range(of: "["), let mid = rest[open.upperBound...].range(of: "]("),
              let close = rest[mid.upperBound...].range(of: ")") {
            let label = rest[open.upperBound..<mid.lowerBound]
            let url = rest[mid.upperBound..<close.lowerBound]
            out += rest[..<open.lowerBound]
            if url.hasPrefix("http://") || url.hasPrefix("https://") || url.hasPrefix("mailto:") {
                out += "<a href=\"\(url)\">\(label)</a>"
            } else {
                out += rest[open.lowerBound..<close.upperBound]
            }
            rest = rest[close.upperBound...]
        }
        return out + rest
    }
}
