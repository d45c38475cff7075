import Foundation

/// A real congress-us release split into the parts its file lays out: title, ISO date, raw body.
struct RealRelease {
    var path: String
    var bytes: [UInt8]
    var title: String
    var date: String
    var body: [UInt8]

    init?(_ url: URL) {
        bytes = SharedCorpus.bytes(url)
        path = url.path
        guard let l1 = bytes.firstIndex(of: 0x0A), let l2 = bytes[(l1 + 1)...].firstIndex(of: 0x0A),
              l2 + 1 < bytes.count, bytes[l2 + 1] == 0x0A else { return nil }
        title = String(decoding: bytes[..<l1], as: UTF8.self)
        date = String(decoding: bytes[(l1 + 1)..<l2], as: UTF8.self)
        body = Array(bytes[(l2 + 2)...])
    }

    /// Five releases spread over the congress-us folder (fixed picks, so failures reproduce).
    static func sample(_ count: Int = 5) -> [RealRelease] {
        let files = SharedCorpus.files(in: "congress-us")
        guard !files.isEmpty else { return [] }
        let step = max(1, files.count / count)
        return stride(from: step / 2, to: files.count, by: step).prefix(count).compactMap { RealRelease(files[$0]) }
    }
}

/// Builds the container formats around real releases, the way agencies and scrapers write them.
enum Fixtures {
    static func ndjson(_ releases: [RealRelease]) -> [UInt8] {
        var out: [UInt8] = []
        for r in releases {
            let object: [String: Any] = ["headline": r.title, "date": r.date, "body": String(decoding: r.body, as: UTF8.self),
                                         "url": "https://example.gov/\(r.date)", "source": "congress-us"]
            out += [UInt8](try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]))
            out.append(0x0A)
        }
        return out
    }

    /// An mbox of the releases: quoted-printable, base64, and a multipart/alternative with an HTML part.
    static func mbox(_ releases: [RealRelease]) -> [UInt8] {
        var out = ""
        for (i, r) in releases.enumerated() {
            out += "From press@example.gov Mon Jan  1 00:00:00 2024\n"
            out += "From: \"Press Office \(i + 1)\" <press@example.gov>\n"
            out += "Date: \(rfc2822(r.date))\n"
            out += "Subject: =?utf-8?B?\(Data(r.title.utf8).base64EncodedString())?=\n"
            out += "Message-ID: <\(i + 1)@example.gov>\nMIME-Version: 1.0\n"
            switch i % 3 {
            case 0:
                out += "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
                out += quotedPrintable(r.body)
            case 1:
                out += "Content-Type: text/plain; charset=\"UTF-8\"\nContent-Transfer-Encoding: base64\n\n"
                out += base64Lines(r.body)
            default:
                out += "Content-Type: multipart/alternative; boundary=\"b=\(i);x\"\n\nThis is a MIME message.\n"
                out += "--b=\(i);x\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
                out += quotedPrintable(r.body)
                out += "\n--b=\(i);x\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n"
                out += base64Lines(Array(html(r).utf8))
                out += "--b=\(i);x--\n"
            }
            out += "\n"
        }
        return Array(out.utf8)
    }

    /// A saved agency page: navigation, scripts, a sidebar and a footer around the release.
    static func html(_ r: RealRelease) -> String {
        let lines = String(decoding: r.body, as: UTF8.self).split(whereSeparator: { $0 == "\n" })
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
        var page = """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>\(escape(r.title)) | Press Office</title>
        <meta property="article:published_time" content="\(r.date)T09:30:00-05:00">
        <meta property="og:site_name" content="Congress Press Office">
        <link rel="canonical" href="https://example.gov/news/\(r.date)">
        <style>body { font-family: serif; }</style><script>var tracking = "<p>not text</p>";</script></head>
        <body><header class="site-header"><a href="/">Home</a> <a href="/news">News</a></header>
        <nav><ul><li>Issues</li><li>Contact</li></ul></nav>
        <main><article><h1>\(escape(r.title))</h1><p class="date"><time datetime="\(r.date)">\(r.date)</time></p>
        <div class="share-buttons">Share on Facebook</div>

        """
        for line in lines { page += "<p>\(escape(line))</p>\n" }
        page += """
        </article><aside class="sidebar"><h2>Recent news</h2><p>Another release</p></aside></main>
        <footer><p>&copy; Office of the Member. Privacy policy.</p></footer></body></html>
        """
        return page
    }

    static func escape(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }

    static func rfc2822(_ iso: String) -> String {
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        let p = iso.split(separator: "-").compactMap { Int($0) }
        return "\(p[2]) \(months[p[1] - 1]) \(p[0]) 09:30:00 -0500"
    }

    /// Quoted-printable with soft line breaks; `From ` at a line start is protected as mbox requires.
    static func quotedPrintable(_ bytes: [UInt8]) -> String {
        var out = "", lineLength = 0
        for b in bytes {
            if b == 0x0A { out += "\n"; lineLength = 0; continue }
            let piece = (b >= 0x21 && b <= 0x7E && b != 0x3D) || (b == 0x20) ? String(UnicodeScalar(b)) : String(format: "=%02X", b)
            if lineLength + piece.count > 72 { out += "=\n"; lineLength = 0 }
            out += lineLength == 0 && piece == "F" ? "=46" : piece
            lineLength += piece.count
        }
        return out.hasSuffix("\n") ? out : out + "=\n"
    }

    static func base64Lines(_ bytes: [UInt8]) -> String {
        Data(bytes).base64EncodedString(options: [.lineLength76Characters, .endLineWithLineFeed]) + "\n"
    }
}
