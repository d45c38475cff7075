/// The dateline that opens a release body: `WASHINGTON, Nov. 8, 2017 (EIRNS) —`.
public struct Dateline: Sendable {
    /// The dateline as written, without its closing dash.
    public var text: String
    /// City or place (`Washington, D.C.`, `Da Nang`).
    public var place: String?
    /// ISO `YYYY-MM-DD`, when the dateline states a valid date.
    public var date: String?
    /// News agency or wire (`EIRNS`, `24-7PressRelease`, `Newsworthy.ai`).
    public var agency: String?
    public var start: Int
    public var stop: Int

    public init(text: String, place: String? = nil, date: String? = nil, agency: String? = nil,
                start: Int, stop: Int) {
        self.text = text
        self.place = place
        self.date = date
        self.agency = agency
        self.start = start
        self.stop = stop
    }
}
