/// A finished report: a title and sections, each a table, a bar chart, a timeline, a key–value
/// summary or free Markdown text. Built by scripts through `pr.report`, rendered by `render`.
/// Knows nothing about Lua or press releases.
public struct Report: Equatable, Sendable {
    public var title: String?
    public var sections: [Section]

    public init(title: String? = nil, sections: [Section] = []) {
        self.title = title
        self.sections = sections
    }

    /// A report of a single section.
    public init(_ section: Section) { self.init(title: nil, sections: [section]) }

    /// The title to show at the top: the report's own, or its only section's.
    public var heading: String? { title ?? (sections.count == 1 ? sections[0].title : nil) }
}

public struct Section: Equatable, Sendable {
    public enum Content: Equatable, Sendable {
        case table(ReportTable)
        case bars(BarChart)
        case timeline(Timeline)
        case summary([SummaryItem])
        case markdown(String)
    }

    public var title: String?
    public var content: Content

    public init(title: String? = nil, _ content: Content) {
        self.title = title
        self.content = content
    }

    /// The machine name of the kind of section (`table`, `bars`, …), as JSON writes it.
    public var kind: String {
        switch content {
        case .table: return "table"
        case .bars: return "bars"
        case .timeline: return "timeline"
        case .summary: return "summary"
        case .markdown: return "markdown"
        }
    }
}

/// One line of a key–value summary.
public struct SummaryItem: Equatable, Sendable {
    public var key: String
    public var value: Cell
    public init(_ key: String, _ value: Cell) {
        self.key = key
        self.value = value
    }
}
