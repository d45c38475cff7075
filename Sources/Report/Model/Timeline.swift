/// Values over time, one per period (day, ISO week, month or year), oldest first.
public struct Timeline: Equatable, Sendable {
    public enum Granularity: String, CaseIterable, Sendable {
        case day, week, month, year
    }

    public struct Point: Equatable, Sendable {
        /// `2017-11-08`, `2017-W45`, `2017-11` or `2017`.
        public var period: String
        public var value: Double
        public init(_ period: String, _ value: Double) {
            self.period = period
            self.value = value
        }
    }

    public var granularity: Granularity
    public var points: [Point]
    /// Dates that could not be read (not `YYYY-MM-DD`), left out of the points.
    public var skipped: Int
    /// Headers used where the timeline is written as a table: the period (default: the
    /// granularity's name) and the value.
    public var labelName: String
    public var valueName: String

    public init(granularity: Granularity, points: [Point], skipped: Int = 0, valueName: String = "value") {
        self.granularity = granularity
        self.points = points
        self.skipped = skipped
        self.labelName = granularity.rawValue
        self.valueName = valueName
    }

    /// Filling gaps stops beyond this many periods (a stray year-0017 date would otherwise
    /// produce 730,000 empty days).
    public static let maxFilledPeriods = 5_000

    /// Sums `values` per period. With `fill`, periods between the first and the last get a zero.
    public init(bucketing values: [(date: String, value: Double)], by granularity: Granularity,
                fill: Bool = true, valueName: String = "value") {
        var sums: [CivilDate: Double] = [:]
        var skipped = 0
        for (text, value) in values {
            guard let date = CivilDate(iso: text, allowMonth: granularity == .month || granularity == .year) else {
                skipped += 1
                continue
            }
            sums[Self.start(of: date, granularity), default: 0] += value
        }
        var starts = sums.keys.sorted()
        if fill, let first = starts.first, let last = starts.last {
            var all: [CivilDate] = []
            var d = first
            while d <= last && all.count <= Self.maxFilledPeriods {
                all.append(d)
                d = Self.next(after: d, granularity)
            }
            if all.count <= Self.maxFilledPeriods { starts = all }
        }
        self.init(granularity: granularity,
                  points: starts.map { Point(Self.label($0, granularity), sums[$0] ?? 0) },
                  skipped: skipped, valueName: valueName)
    }

    /// Counts dates per period.
    public init(counting dates: [String], by granularity: Granularity, fill: Bool = true, valueName: String = "count") {
        self.init(bucketing: dates.map { ($0, 1) }, by: granularity, fill: fill, valueName: valueName)
    }

    static func start(of d: CivilDate, _ g: Granularity) -> CivilDate {
        switch g {
        case .day: return d
        case .week: return CivilDate(dayNumber: d.dayNumber - d.weekday + 1)
        case .month: return CivilDate(year: d.year, month: d.month, day: 1)
        case .year: return CivilDate(year: d.year, month: 1, day: 1)
        }
    }

    static func next(after d: CivilDate, _ g: Granularity) -> CivilDate {
        switch g {
        case .day: return CivilDate(dayNumber: d.dayNumber + 1)
        case .week: return CivilDate(dayNumber: d.dayNumber + 7)
        case .month: return d.month == 12 ? CivilDate(year: d.year + 1, month: 1, day: 1)
                                          : CivilDate(year: d.year, month: d.month + 1, day: 1)
        case .year: return CivilDate(year: d.year + 1, month: 1, day: 1)
        }
    }

    static func label(_ d: CivilDate, _ g: Granularity) -> String {
        switch g {
        case .day: return "\(pad(d.year, 4))-\(pad(d.month, 2))-\(pad(d.day, 2))"
        case .week:
            let w = d.isoWeek
            return "\(pad(w.year, 4))-W\(pad(w.week, 2))"
        case .month: return "\(pad(d.year, 4))-\(pad(d.month, 2))"
        case .year: return pad(d.year, 4)
        }
    }

    /// The points as a bar chart (how text formats draw a timeline).
    public var bars: BarChart {
        BarChart(points.map { BarChart.Bar($0.period, $0.value) }, labelName: labelName, valueName: valueName)
    }
}
