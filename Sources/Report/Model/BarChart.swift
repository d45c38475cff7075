/// Labelled values drawn as horizontal bars, in the order given.
public struct BarChart: Equatable, Sendable {
    public struct Bar: Equatable, Sendable {
        public var label: String
        public var value: Double
        public init(_ label: String, _ value: Double) {
            self.label = label
            self.value = value
        }
    }

    public var bars: [Bar]
    /// Headers used where the chart is written as a table (Markdown, CSV, JSON Lines).
    public var labelName: String
    public var valueName: String

    public init(_ bars: [Bar], labelName: String = "label", valueName: String = "value") {
        self.bars = bars
        self.labelName = labelName
        self.valueName = valueName
    }

    /// The largest positive value (bars scale to it), or 0.
    public var scale: Double { bars.map(\.value).filter { $0.isFinite }.max().map { max(0, $0) } ?? 0 }

    /// Whether every value is a whole number (then they are shown without decimals).
    public var integral: Bool { bars.allSatisfy { $0.value.isFinite && $0.value.rounded() == $0.value } }
}
