import Testing
@testable import Report

@Suite struct MarkdownRendererTests {
    @Test func singleTable() {
        #expect(render(Fixtures.single, format: .markdown) == """
            # Quotes per speaker

            | speaker | quotes | share |
            | :--- | ---: | ---: |
            | Sergey Lavrov | 6 | 50.0% |
            | 王毅 | 4 | 25.0% |
            | Rex Tillerson | 2 | 25.0% |

            """)
    }

    @Test func sections() {
        let out = render(Fixtures.multi, format: .markdown)
        #expect(out.hasPrefix("# Weekly digest\n\n## Speakers\n\n| speaker |"))
        #expect(out.hasSuffix("""
            ## Agencies

            | agency | releases |  |
            | :--- | ---: | :--- |
            | EIRNS | 3 | █████ |
            | Kremlin | 12 | ████████████████████ |

            ## Summary

            - **Releases**: 15
            - **Mean words**: 412.5

            Counted by **pranalyze**.

            """))
    }

    @Test func pipesAndNewlinesInCellsAreEscaped() {
        let t = ReportTable(columns: [Column("a|b", alignment: .center)], rows: [["x | y\nz"]])
        #expect(render(Report(Section(.table(t))), format: .markdown) == """
            | a\\|b |
            | :---: |
            | x \\| y<br>z |

            """)
    }
}
