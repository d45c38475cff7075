import Foundation

/// A documented signature `(text: string, n?: integer) -> string[]` taken apart, for the LuaLS
/// definitions. Commas and arrows inside nested types (`fun(a: integer): string`, `{[string]: integer}`)
/// are not separators.
struct LuaSignature: Equatable {
    struct Parameter: Equatable {
        var name: String
        var type: String
        var optional: Bool
    }

    var parameters: [Parameter]
    /// The return type (nil: returns nothing).
    var returns: String?

    init(_ text: String) {
        let chars = Array(text.trimmingCharacters(in: .whitespaces))
        var params = "", rest = ""
        if chars.first == "(", let close = Self.matching(chars, from: 0) {
            params = String(chars[1..<close])
            rest = String(chars[(close + 1)...])
        } else {
            rest = String(chars)
        }
        parameters = Self.split(params).compactMap { p in
            let p = p.trimmingCharacters(in: .whitespaces)
            guard !p.isEmpty else { return nil }
            guard let colon = p.firstIndex(of: ":") else {
                return Parameter(name: p == "..." ? "..." : p, type: "any", optional: false)
            }
            var name = p[..<colon].trimmingCharacters(in: .whitespaces)
            let optional = name.hasSuffix("?")
            if optional { name.removeLast() }
            return Parameter(name: name, type: p[p.index(after: colon)...].trimmingCharacters(in: .whitespaces), optional: optional)
        }
        let r = rest.trimmingCharacters(in: .whitespaces)
        let type = r.hasPrefix("->") ? r.dropFirst(2).trimmingCharacters(in: .whitespaces) : r
        returns = type.isEmpty || type == "nil" ? nil : type
    }

    /// `fun(a: T, b?: U): R`, LuaLS's function type.
    var functionType: String {
        "fun(" + parameters.map { "\($0.name)\($0.optional ? "?" : ""): \($0.type)" }.joined(separator: ", ") + ")"
            + (returns.map { ": \($0)" } ?? "")
    }

    static func matching(_ chars: [Character], from start: Int) -> Int? {
        var depth = 0
        for i in start..<chars.count {
            switch chars[i] {
            case "(", "[", "{", "<": depth += 1
            case ")", "]", "}", ">":
                if chars[i] == ">" && i > 0 && chars[i - 1] == "-" { continue }
                depth -= 1
                if depth == 0 { return i }
            default: break
            }
        }
        return nil
    }

    static func split(_ text: String) -> [String] {
        var parts: [String] = [], current = "", depth = 0
        var previous: Character = " "
        for c in text {
            switch c {
            case "(", "[", "{", "<": depth += 1
            case ")", "]", "}": depth -= 1
            case ">" where previous != "-": depth -= 1
            case "," where depth == 0:
                parts.append(current)
                current = ""
                previous = c
                continue
            default: break
            }
            current.append(c)
            previous = c
        }
        parts.append(current)
        return parts
    }
}

