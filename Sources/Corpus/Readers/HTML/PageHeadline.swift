import Foundation

/// The page's headline: JSON-LD `headline`, else `og:title` / `twitter:title`, else the first
/// `<h1>`, else `<title>`; the site's name stripped from either end ("Title | Agency",
/// "Agency - Title"), as a reader would read it off the page.
enum PageHeadline {
    static let separators = [" | ", " - ", " – ", " — ", " :: ", " · ", " » ", " • ", " || "]

    static func choose(_ metadata: PageMetadata, h1: String?, site: String?) -> String? {
        let candidates = [metadata.jsonHeadline, metadata.meta["og:title"], metadata.meta["twitter:title"], h1, metadata.title]
        for case let raw? in candidates {
            let clean = stripSite(CollapsedLine.collapse(decoded(raw)), site: site, h1: h1)
            if !clean.isEmpty { return clean }
        }
        return nil
    }

    /// `title` without a leading or trailing site name. A segment is the site's when it matches the
    /// site name, or when the rest is the page's `<h1>`; a trailing short segment after `|` is too.
    static func stripSite(_ title: String, site: String?, h1: String?) -> String {
        if let h1 = h1.map(fold), !h1.isEmpty, fold(title).hasPrefix(h1), title.count > h1.count,
           separators.contains(where: { fold(title).dropFirst(h1.count).hasPrefix(fold($0)) }) {
            return String(title.prefix(h1.count))
        }
        var t = title
        for _ in 0..<2 {
            var changed = false
            for sep in separators {
                if let r = t.range(of: sep, options: .backwards) {
                    let head = String(t[..<r.lowerBound]), tail = String(t[r.upperBound...])
                    if matchesSite(tail, site) || (sep.contains("|") && words(tail) <= 4 && words(head) >= 3) { t = head; changed = true; break }
                }
                if let r = t.range(of: sep) {
                    let head = String(t[..<r.lowerBound]), tail = String(t[r.upperBound...])
                    if matchesSite(head, site), words(tail) >= 2 { t = tail; changed = true; break }
                }
            }
            if !changed { break }
        }
        return t.trimmingCharacters(in: .whitespaces)
    }

    private static func matchesSite(_ segment: String, _ site: String?) -> Bool {
        guard let site = site.map(fold), !site.isEmpty else { return false }
        let s = fold(segment)
        return !s.isEmpty && (s == site || site.contains(s) || s.contains(site))
    }

    private static func fold(_ s: String) -> String {
        s.lowercased().replacingOccurrences(of: "www.", with: "").trimmingCharacters(in: .whitespaces)
    }

    /// Metadata escaped twice (`&#8216;`, `&amp;` in `og:title` or JSON-LD) decoded by the same
    /// HTML parser that read the page.
    static func decoded(_ s: String) -> String {
        guard s.contains("&"), s.utf8.count < 4096, let dom = PageDOM(Array("<p>\(s.replacingOccurrences(of: "<", with: "&lt;"))</p>".utf8)),
              dom.count > 0 else { return s }
        let text = dom.text(of: 0)
        return text.isEmpty ? s : text
    }

    private static func words(_ s: String) -> Int { s.split(separator: " ").count }
}
