import Testing
@testable import Report

@Suite struct JSONRendererTests {
    @Test func oneDocument() {
        let r = Report(title: "T", sections: [
            Section(title: "S", .table(ReportTable(columns: [Column("name"), Column("n", type: .integer)],
                                                   rows: [["a \"q\"\n", 1], [.null, .null]]))),
            Section(.timeline(Timeline(counting: ["2017-11-08", "bad"], by: .day))),
        ])
        #expect(render(r, format: .json) == """
            {
              "title": "T",
              "sections": [
                {
                  "type": "table",
                  "title": "S",
                  "columns": [
                    {
                      "name": "name",
                      "type": "string",
                      "align": "left"
                    },
                    {
                      "name": "n",
                      "type": "integer",
                      "align": "right"
                    }
                  ],
                  "rows": [
                    {
                      "name": "a \\"q\\"\\n",
                      "n": 1
                    },
                    {
                      "name": null,
                      "n": null
                    }
                  ]
                },
                {
                  "type": "timeline",
                  "title": null,
                  "granularity": "day",
                  "points": [
                    {
                      "period": "2017-11-08",
                      "value": 1
                    }
                  ],
                  "skipped": 1
                }
              ]
            }

            """)
    }

    @Test func jsonLinesStreamRows() {
        #expect(render(Fixtures.single, format: .jsonl) == """
            {"speaker":"Sergey Lavrov","quotes":6,"share":0.5}
            {"speaker":"王毅","quotes":4,"share":0.25}
            {"speaker":"Rex Tillerson","quotes":2,"share":0.25}

            """)
        let lines = render(Fixtures.multi, format: .jsonl).split(separator: "\n")
        #expect(lines.count == 3 + 2 + 2 + 1)
        #expect(lines[3] == #"{"section":"Agencies","label":"EIRNS","value":3}"#)
        #expect(lines[7] == #"{"section":4,"text":"Counted by **pranalyze**."}"#)
    }

    @Test func controlCharactersAndNonFiniteNumbers() {
        var out = ""
        JSON.quote("tab\there \u{1}\u{2028}", into: &out)
        #expect(out == #""tab\there \u0001\u2028""#)
        #expect(JSON.array([.double(.nan), .double(.infinity), .double(0.1)]).write(pretty: false) == "[null,null,0.1]")
    }
}
