import Corpus
import Foundation

/// A researcher's aliases file (`--aliases FILE`): spellings → one canonical person, optionally
/// with an id (a Wikidata QID, a member code). Every report sees it through `pr.people.key`,
/// `pr.people.id` and `pr.people.name`, so a study's speaker identity lives in one reviewed file.
///
/// CSV: a header with `canonical`, one of `name`/`alias`/`spelling`, optionally `id`; one row per
/// spelling (a row without a spelling just gives the canonical person an id).
/// JSON: `{"Sergei Lavrov": "Sergey Lavrov", …}`, or a list of
/// `{"canonical": "Sergey Lavrov", "aliases": ["Sergei Lavrov", "S. Lavrov"], "id": "Q157796"}`.
public struct PeopleAliases: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        public var spellings: [String]
        public var canonical: String
        public var id: String?
        public init(spellings: [String], canonical: String, id: String? = nil) {
            self.spellings = spellings
            self.canonical = canonical
            self.id = id
        }
    }

    public var entries: [Entry] = []
    public init(entries: [Entry] = []) { self.entries = entries }

    public struct LoadError: Error, CustomStringConvertible {
        public var description: String
    }

    public static func load(path: String) throws -> PeopleAliases {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw LoadError(description: "\(path): cannot read the aliases file")
        }
        let bytes = Array(data)
        let first = bytes.first { $0 > 0x20 && $0 != 0xEF && $0 != 0xBB && $0 != 0xBF }
        if first == UInt8(ascii: "{") || first == UInt8(ascii: "[") { return try json(data, path: path) }
        return try csv(bytes, path: path)
    }

    static func csv(_ bytes: [UInt8], path: String) throws -> PeopleAliases {
        guard let table = CSVTable.parse(bytes) else { throw LoadError(description: "\(path): empty aliases file") }
        let header = table.header.map { $0.lowercased() }
        guard let canon = header.firstIndex(of: "canonical") else {
            throw LoadError(description: "\(path):1: the header needs a 'canonical' column (and 'name', optionally 'id'), got: \(table.header.joined(separator: ","))")
        }
        let spelling = header.firstIndex { ["name", "alias", "spelling"].contains($0) }
        let idColumn = header.firstIndex(of: "id")
        var out = PeopleAliases()
        for row in table.rows {
            func cell(_ i: Int?) -> String? {
                guard let i, i < row.cells.count else { return nil }
                let v = row.cells[i].trimmingCharacters(in: .whitespaces)
                return v.isEmpty ? nil : v
            }
            guard let canonical = cell(canon) else {
                throw LoadError(description: "\(path):\(row.line): no canonical name")
            }
            out.entries.append(Entry(spellings: cell(spelling).map { [$0] } ?? [], canonical: canonical, id: cell(idColumn)))
        }
        return out
    }

    static func json(_ data: Data, path: String) throws -> PeopleAliases {
        let value: Any
        do { value = try JSONSerialization.jsonObject(with: data) } catch {
            throw LoadError(description: "\(path): not valid JSON: \((error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error)")")
        }
        var out = PeopleAliases()
        if let map = value as? [String: Any] {
            for (spelling, target) in map.sorted(by: { $0.key < $1.key }) {
                guard let canonical = target as? String else {
                    throw LoadError(description: "\(path): \"\(spelling)\" must map to a canonical name (a string)")
                }
                out.entries.append(Entry(spellings: [spelling], canonical: canonical))
            }
            return out
        }
        guard let list = value as? [Any] else { throw LoadError(description: "\(path): expected an object or a list") }
        for (i, item) in list.enumerated() {
            guard let o = item as? [String: Any], let canonical = o["canonical"] as? String, !canonical.isEmpty else {
                throw LoadError(description: "\(path): entry \(i + 1) needs a \"canonical\" name")
            }
            var spellings = (o["aliases"] as? [Any] ?? o["names"] as? [Any] ?? []).compactMap { $0 as? String }
            if let one = o["name"] as? String { spellings.append(one) }
            let id = (o["id"] as? String) ?? (o["id"] as? NSNumber).map { $0.stringValue }
            out.entries.append(Entry(spellings: spellings, canonical: canonical, id: id))
        }
        return out
    }
}
