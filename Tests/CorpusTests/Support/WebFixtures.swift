import Foundation

/// Web pages and web archives built at test time around real releases, the way agency sites and
/// crawlers write them (never copies of saved pages).
enum WebFixtures {
    /// The body's paragraphs (blank-line separated), each as its lines.
    static func paragraphLines(_ r: RealRelease) -> [[String]] {
        String(decoding: r.body, as: UTF8.self).components(separatedBy: "\n\n")
            .map { $0.split(whereSeparator: { $0 == "\n" }).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } }
            .filter { !$0.isEmpty }
    }

    static func paragraphs(_ r: RealRelease) -> [String] { paragraphLines(r).map { $0.joined(separator: " ") } }

    /// A government newsroom page: cookie banner, skip link, masthead, menus and breadcrumb, a
    /// release block with the date, a share bar with links, the body in a CMS body field, related
    /// releases, a subscribe form and a footer with the office's addresses.
    static func agencyPage(_ r: RealRelease, site: String = "Office of Communications") -> String {
        let e = Fixtures.escape
        var page = """
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
        <title>\(e(r.title)) | \(site)</title>
        <meta property="og:title" content="\(e(r.title)) | \(site)">
        <meta property="og:site_name" content="\(site)">
        <link rel="canonical" href="https://www.example.gov/newsroom/\(r.date)/release">
        <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
        "headline":"\(r.title.replacingOccurrences(of: "\"", with: "\\\""))","datePublished":"\(r.date)T10:00:00-05:00",
        "publisher":{"@type":"GovernmentOrganization","name":"\(site)"}}</script>
        <script>window.dataLayer = [{"page": "<p>tracking</p>"}];</script><style>.x{color:red}</style></head>
        <body class="path-node page-node-type-press-release has-sidebar">
        <div id="cookie-banner" class="cookie-consent">We use cookies to improve this site. <a href="/privacy">Learn more</a> <button>Accept</button></div>
        <a class="skip-link" href="#main">Skip to main content</a>
        <header class="site-header"><div class="logo"><a href="/">\(site)</a></div>
        <nav class="main-menu"><ul><li><a href="/about">About</a></li><li><a href="/issues">Issues</a></li><li><a href="/newsroom">Newsroom</a></li></ul></nav></header>
        <div class="breadcrumb"><a href="/">Home</a> › <a href="/newsroom">Newsroom</a> › Press Releases</div>
        <main id="main" class="main-content"><div class="layout-container"><article class="node node--type-press-release">
        <h1 class="page-title">\(e(r.title))</h1>
        <div class="release-meta"><span class="label">For Immediate Release</span> <time datetime="\(r.date)">\(r.date)</time></div>
        <div class="share-tools"><a href="https://facebook.com/share">Facebook</a> <a href="https://x.com/share">X</a> <a href="mailto:?">Email</a> <a href="#" class="print">Print</a></div>
        <div class="field field--name-body field--type-text-with-summary">

        """
        // A paragraph's lines stay lines, as the CMS's line breaks keep them.
        for lines in paragraphLines(r) { page += "<p>" + lines.map(e).joined(separator: "<br>\n") + "</p>\n" }
        page += """
        </div></article>
        <section class="related-releases"><h2>Related Press Releases</h2><ul>
        <li><a href="/newsroom/1">Statement on the committee's annual report and its recommendations</a></li>
        <li><a href="/newsroom/2">Office announces summer internship program for students</a></li></ul></section>
        </div></main>
        <aside class="sidebar"><h2>Contact the press office</h2><p>Call us weekdays.</p></aside>
        <div class="newsletter-signup"><h2>Get email updates</h2><form><input type="email"><button>Subscribe</button></form></div>
        <footer class="site-footer"><p>Washington Office: 100 Main Street, Washington, DC 20001</p>
        <ul><li><a href="/privacy">Privacy Policy</a></li><li><a href="/accessibility">Accessibility</a></li></ul></footer>
        </body></html>
        """
        return page
    }

    /// A WordPress member site: masthead and menu, the date above the headline, the body in
    /// `entry-content` with its dateline in bold, category links, post navigation, a widget column
    /// of recent posts and a colophon.
    static func wordpressPage(_ r: RealRelease, site: String = "Congressman Example") -> String {
        let e = Fixtures.escape
        var page = """
        <!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><title>\(e(r.title)) &#8211; \(site)</title>
        <meta property="og:site_name" content="\(site)"><meta property="article:published_time" content="\(r.date)T09:30:00+00:00">
        <link rel="canonical" href="https://example.house.gov/media/press-releases/\(r.date)"></head>
        <body class="post-template-default single single-post postid-42 single-format-standard">
        <div id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/">\(site)</a></p></div>
        <ul id="menu-main" class="menu"><li><a href="/about">About</a></li><li><a href="/media">Media Center</a></li><li><a href="/contact">Contact</a></li></ul></div>
        <div id="primary" class="content-area"><main id="main" class="site-main"><article id="post-42" class="post-42 post type-post status-publish hentry">
        <header class="entry-header"><div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="\(r.date)T09:30:00+00:00">\(r.date)</time></span></div>
        <h1 class="entry-title">\(e(r.title))</h1></header><div class="entry-content">

        """
        for (i, lines) in paragraphLines(r).enumerated() {
            var text = lines.map(e).joined(separator: "<br>\n")
            if i == 0, let dash = text.range(of: " – ") ?? text.range(of: " — ") ?? text.range(of: " - ") {
                text = "<strong>" + text[..<dash.lowerBound] + "</strong>" + text[dash.lowerBound...]
            }
            page += "<p>\(text)</p>\n"
        }
        page += """
        </div><footer class="entry-footer"><span class="cat-links">Posted in <a href="/category/press">Press Releases</a></span></footer></article>
        <nav class="navigation post-navigation"><a href="/prev">Previous: Member hosts town hall on veterans' health care access</a></nav></main></div>
        <div id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>
        <li><a href="/1">Member votes to fund community health centers for another five years</a></li>
        <li><a href="/2">Member welcomes new grant for the county's water treatment plant upgrade</a></li></ul></section></div>
        <footer id="colophon" class="site-footer"><div class="site-info">Washington Office: 200 Cannon House Office Building</div></footer>
        </body></html>
        """
        return page
    }

    /// One WARC 1.0 record.
    static func record(_ type: String, uri: String, contentType: String, block: [UInt8], date: String = "2024-05-02T08:00:00Z") -> [UInt8] {
        let head = "WARC/1.0\r\nWARC-Type: \(type)\r\nWARC-Record-ID: <urn:uuid:\(UUID().uuidString)>\r\nWARC-Date: \(date)\r\n"
            + "WARC-Target-URI: \(uri)\r\nContent-Type: \(contentType)\r\nContent-Length: \(block.count)\r\n\r\n"
        return Array(head.utf8) + block + Array("\r\n\r\n".utf8)
    }

    /// A crawl of `pages`: per page a request, the HTML response and a metadata record, then one
    /// image response; `.warc.gz` style compresses each record as its own gzip member.
    static func warc(_ pages: [(uri: String, html: String)], gzipPerRecord: Bool) -> [UInt8] {
        var records: [[UInt8]] = [record("warcinfo", uri: "", contentType: "application/warc-fields", block: Array("software: test\r\n".utf8))]
        for (uri, html) in pages {
            records.append(record("request", uri: uri, contentType: "application/http; msgtype=request",
                                  block: Array("GET / HTTP/1.1\r\nHost: www.example.gov\r\n\r\n".utf8)))
            let http = Array("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=UTF-8\r\n\r\n".utf8) + Array(html.utf8)
            records.append(record("response", uri: uri, contentType: "application/http; msgtype=response", block: http))
            records.append(record("metadata", uri: uri, contentType: "application/warc-fields", block: Array("fetchTimeMs: 12\r\n".utf8)))
        }
        let png = Array("HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n".utf8) + [0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0]
        records.append(record("response", uri: "https://www.example.gov/logo.png", contentType: "application/http; msgtype=response", block: png))
        return gzipPerRecord ? records.flatMap(Gzip.compress) : records.flatMap { $0 }
    }
}
