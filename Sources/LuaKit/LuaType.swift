import CLuaShim

/// The type of a Lua value on the stack, so no code outside LuaKit handles raw type codes.
public enum LuaType: Int32, Sendable {
    /// An index beyond the top of the stack.
    case none = -1
    case `nil` = 0
    case boolean = 1
    case lightUserdata = 2
    case number = 3
    case string = 4
    case table = 5
    case function = 6
    case userdata = 7
    case thread = 8

    init(code: Int32) { self = LuaType(rawValue: code) ?? .none }

    /// Nil or no value at all.
    public var isNil: Bool { self == .nil || self == .none }
}
