import Testing
@testable import Report

@Suite struct HTMLRendererTests {
    @Test func selfContainedPage() {
        let out = render(Fixtures.multi, format: .html)
        #expect(out.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(out.hasSuffix("</html>\n"))
        #expect(out.contains("<title>Weekly digest</title>"))
        #expect(out.contains("<h2>Agencies</h2>\n<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(out.contains("<tr><td class=\"left\">Sergey Lavrov</td><td class=\"right\">6</td><td class=\"right\">50.0%</td></tr>"))
        #expect(out.contains("<dt>Mean words</dt><dd>412.5</dd>"))
        #expect(out.contains("<p>Counted by <strong>pranalyze</strong>.</p>"))
        // No external assets of any kind.
        for needle in ["<script", "<link", "src=", "url(", "@import"] { #expect(!out.contains(needle)) }
    }

    @Test func exactBodyOfASmallReport() {
        let out = render(Fixtures.single, format: .html)
        let body = out.components(separatedBy: "<main>\n")[1].components(separatedBy: "</main>")[0]
        #expect(body == """
            <h1>Quotes per speaker</h1>
            <section class="table">
            <table>
            <thead><tr><th class="left">speaker</th><th class="right">quotes</th><th class="right">share</th></tr></thead>
            <tbody>
            <tr><td class="left">Sergey Lavrov</td><td class="right">6</td><td class="right">50.0%</td></tr>
            <tr><td class="left">王毅</td><td class="right">4</td><td class="right">25.0%</td></tr>
            <tr><td class="left">Rex Tillerson</td><td class="right">2</td><td class="right">25.0%</td></tr>
            </tbody>
            </table>
            </section>

            """)
        #expect(out.contains("<title>Quotes per speaker</title>"))
    }

    @Test func everythingIsEscaped() {
        let evil = "<script>alert('x')</script> & \"q\""
        let r = Report(title: evil, sections: [
            Section(title: evil, .table(ReportTable(columns: [Column(evil)], rows: [[.string(evil)]]))),
            Section(title: evil, .bars(BarChart([.init(evil, 1)]))),
            Section(title: evil, .timeline(Timeline(counting: ["2017-11-08"], by: .week))),
            Section(title: evil, .summary([SummaryItem(evil, .string(evil))]))
            , Section(.markdown(evil + "\n\n[x](javascript:alert(1))")),
        ])
        let out = render(r, format: .html)
        #expect(!out.contains("<script"))
        #expect(!out.contains("href=\"javascript"))
        #expect(out.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;"))
    }

    @Test func barAndTimelineCharts() {
        let bars = SVGChart.bars(BarChart([.init("a", 2), .init("b", 4)]))
        #expect(bars.contains("<rect class=\"bar\" x=\"200\" y=\"5\" width=\"210\" height=\"16\"/>"))
        #expect(bars.contains("<rect class=\"bar\" x=\"200\" y=\"27\" width=\"420\" height=\"16\"/>"))
        let t = Timeline(counting: ["2017-11-06", "2017-11-08", "2017-11-20"], by: .week)
        #expect(t.points.map(\.period) == ["2017-W45", "2017-W46", "2017-W47"])
        let svg = SVGChart.columns(t)
        #expect(svg.contains("<title>2017-W45: 2</title>"))
        #expect(svg.contains("<title>2017-W46: 0</title>"))
        #expect(svg.components(separatedBy: "<rect").count == 4)
    }

    @Test func markdownSubset() {
        let html = MarkdownHTML.convert("# Head\n\nSome *em* and `co<de>`.\n- one\n- two\n\n1. first\n\n```\nx < y\n```\n[site](https://example.org)")
        #expect(html == """
            <h3>Head</h3>
            <p>Some <em>em</em> and <code>co&lt;de&gt;</code>.</p>
            <ul>
            <li>one</li>
            <li>two</li>
            </ul>
            <ol>
            <li>first</li>
            </ol>
            <pre><code>x &lt; y</code></pre>
            <p><a href="https://example.org">site</a></p>

            """)
    }
}
