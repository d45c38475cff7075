/// Text of a release that is not its body: end marks, contact blocks, about-us sections, archive footers.
public struct Boilerplate: Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        case endMark = "end-mark", contact, about, footer, debris, reference, label, disclaimer, letterhead, dateline
    }
    public var kind: Kind
    public var text: String
    public var start: Int
    public var stop: Int

    public init(kind: Kind, text: String, start: Int, stop: Int) {
        self.kind = kind
        self.text = text
        self.start = start
        self.stop = stop
    }
}

/// A press contact: any of name, organisation, phone and e-mail the release gives.
public struct Contact: Sendable, Equatable {
    public var name: String?
    public var organization: String?
    public var phone: String?
    public var email: String?
    public var start: Int
    public var stop: Int

    public init(name: String? = nil, organization: String? = nil, phone: String? = nil,
                email: String? = nil, start: Int, stop: Int) {
        self.name = name
        self.organization = organization
        self.phone = phone
        self.email = email
        self.start = start
        self.stop = stop
    }
}

/// Something the parser noticed but could not make sense of; never fatal.
public struct ParseWarning: Sendable, Equatable {
    /// A stable short code scripts can filter on (`no-headline`, `impossible-date`, `unclosed-quote`).
    public var code: String
    public var message: String
    /// Byte offset in the source the warning is about, if any.
    public var offset: Int?

    public init(code: String, message: String, offset: Int? = nil) {
        self.code = code
        self.message = message
        self.offset = offset
    }
}
