/// Parses press contacts (name, organisation, phone, e-mail) out of contact blocks.
enum Contacts {
    static func hasPhoneOrEmail(_ b: [UInt8]) -> Bool {
        email(in: b, from: 0) != nil || phone(in: b, from: 0) != nil
    }

    /// Contacts from the lines of a contact block; a new entry starts at each further name.
    static func parse(_ lines: [Piece]) -> [Contact] {
        var out: [Contact] = []
        var cur: Contact?
        func flush() { if let c = cur, c.name != nil || c.phone != nil || c.email != nil { out.append(c) }; cur = nil }
        for line in lines {
            // contact lines are short; a giant one is read only as far as a contact could reach
            var b = line.count > 600 ? Array(line.bytes[0..<600]) : line.bytes
            var offset = 0
            if let n = Boilerplates.gluedContactOpener(b) ?? ByteText.prefix(b, Boilerplates.contactOpeners) {
                offset = n
                while offset < b.count, b[offset] == 0x3A || b[offset] == 0x20 || b[offset] == 0x2C { offset += 1 }
                // `Media Contact: ` may be followed by `Information`/`s`
                if offset < b.count, b[offset] == 0x73 { offset += 1 }
            }
            b = Array(b[offset...])
            var segments: [(kind: Int, range: Range<Int>)] = []   // 0 text, 1 phone, 2 email
            var i = 0
            while i < b.count {
                // whichever comes first: an e-mail address or a phone number
                let e = email(in: b, from: i), ph = phone(in: b, from: i)
                if let e, ph == nil || e.lowerBound < ph!.lowerBound {
                    addText(b, i, e.lowerBound, &segments); segments.append((2, e)); i = e.upperBound
                } else if let p = ph {
                    addText(b, i, p.lowerBound, &segments); segments.append((1, p)); i = p.upperBound
                } else {
                    addText(b, i, b.count, &segments); i = b.count
                }
            }
            for seg in segments {
                let text = String(decoding: b[seg.range], as: UTF8.self)
                let start = line.source(seg.range.lowerBound + offset), stop = line.source(seg.range.upperBound + offset)
                switch seg.kind {
                case 2:
                    if cur?.email != nil { flush() }
                    if cur == nil { cur = Contact(start: start, stop: stop) }
                    cur?.email = text
                case 1:
                    if cur?.phone != nil && cur?.email != nil { flush() }
                    if cur == nil { cur = Contact(start: start, stop: stop) }
                    if cur?.phone == nil { cur?.phone = text }
                default:
                    let (nameRange, orgRange) = nameParts(b, seg.range)
                    if let nr = nameRange, looksLikeName(b, nr) {
                        if cur?.name != nil || cur?.phone != nil || cur?.email != nil { flush() }
                        cur = Contact(name: String(decoding: b[nr], as: UTF8.self), start: line.source(nr.lowerBound + offset),
                                      stop: stop)
                        if let o = orgRange { cur?.organization = String(decoding: b[o], as: UTF8.self) }
                    } else if cur != nil, cur?.organization == nil, looksLikeOrganization(b, seg.range) {
                        cur?.organization = text
                    } else if cur == nil, looksLikeOrganization(b, seg.range) {
                        cur = Contact(organization: text, start: start, stop: stop)
                    }
                }
                if cur != nil { cur!.stop = max(cur!.stop, stop) }
            }
        }
        flush()
        return out
    }

    private static func addText(_ b: [UInt8], _ lo: Int, _ hi: Int, _ segs: inout [(kind: Int, range: Range<Int>)]) {
        // split plain text on commas, ` | `, `Tel`/`Phone`/`Email` labels
        var start = lo
        var i = lo
        func push(_ e: Int) {
            var l = start, h = e
            while l < h, b[l] == 0x20 || b[l] == 0x2C || b[l] == 0x3A || b[l] == 0x7C || b[l] == 0x2D || b[l] == 0x2F { l += 1 }
            while h > l, b[h - 1] == 0x20 || b[h - 1] == 0x2C || b[h - 1] == 0x3A || b[h - 1] == 0x7C || b[h - 1] == 0x2D || b[h - 1] == 0x2F || b[h - 1] == 0x28 { h -= 1 }
            if h > l { segs.append((0, l..<h)) }
        }
        while i < hi {
            if b[i] == 0x2C || b[i] == 0x7C || b[i] == 0x3B {
                push(i); start = i + 1
            }
            i += 1
        }
        push(hi)
    }

    static let leadingJoiners: [[UInt8]] = ["or ", "and ", "& ", "call ", "contact: ", "contact ", "contact:"].map { Array($0.utf8) }
    static let trailingJoiners: [[UInt8]] = [" on", " at", " or", " tel", " ph", " phone", " mobile", " mob", " m", " t", " p"].map { Array($0.utf8) }

    /// `or Anne Sims on` → `Anne Sims`; `Alice Plate (Snowdon)` → name `Alice Plate`, organisation `Snowdon`.
    static func nameParts(_ b: [UInt8], _ r: Range<Int>) -> (Range<Int>?, Range<Int>?) {
        var lo = r.lowerBound, hi = r.upperBound
        var org: Range<Int>?
        if let open = b[lo..<hi].firstIndex(of: 0x28), let close = b[open..<hi].firstIndex(of: 0x29), open > lo {
            if close > open + 1 { org = (open + 1)..<close }
            hi = open
        }
        var changed = true
        while changed {
            changed = false
            while lo < hi, b[lo] == 0x20 { lo += 1 }
            while hi > lo, b[hi - 1] == 0x20 || b[hi - 1] == 0x2D || b[hi - 1] == 0x3A { hi -= 1 }
            for j in leadingJoiners where hi - lo > j.count && ByteText.hasPrefix(Array(b[lo..<hi]), j) { lo += j.count; changed = true }
            for j in trailingJoiners where hi - lo > j.count {
                let tail = b[(hi - j.count)..<hi].map(Bytes.lower)
                if tail == j { hi -= j.count; changed = true }
            }
        }
        // `Gulfam Shabbir CEO & Founder`: the name stops at the first job-title word
        var w = lo
        while w < hi {
            let start = w
            while w < hi, b[w] != 0x20 { w += 1 }
            if start > lo, jobWords.contains(b[start..<w].map(Bytes.lower).filter { $0 != 0x2C }) {
                var e = start
                while e > lo, b[e - 1] == 0x20 || b[e - 1] == 0x2C { e -= 1 }
                if org == nil { org = start..<hi }
                hi = e
                break
            }
            w += 1
        }
        return (hi > lo ? lo..<hi : nil, org)
    }

    static let jobWords: Set<[UInt8]> = Set(["ceo", "cfo", "coo", "cto", "founder", "co-founder", "director", "manager",
                                             "president", "head", "chief", "officer", "vp", "partner", "adviser",
                                             "advisor", "spokesperson", "spokesman", "spokeswoman", "secretary",
                                             "chairman", "chair", "editor", "executive", "senior", "associate",
                                             "coordinator", "specialist", "consultant", "owner"].map { Array($0.utf8) })

    static let notNames: Set<[UInt8]> = Set(["phone", "tel", "telephone", "email", "e-mail", "mobile", "cell", "fax",
                                             "office", "website", "web", "media", "press", "contact", "ph", "mob",
                                             "information", "inquiries", "relations", "communications",
                                             "corp", "inc", "llc", "ltd", "co", "group", "agency", "partners", "pr",
                                             "company", "news", "foundation", "institute", "association", "office",
                                             "department", "university", "council", "services", "consulting"].map { Array($0.utf8) })

    /// Two to four capitalised words, no digits: `Anne Marie Malecha`, `J. Smith`.
    static func looksLikeName(_ b: [UInt8], _ r: Range<Int>) -> Bool {
        guard r.count >= 4, r.count <= 40 else { return false }
        var words = 0
        var i = r.lowerBound
        while i < r.upperBound {
            while i < r.upperBound, b[i] == 0x20 { i += 1 }
            guard i < r.upperBound else { break }
            let w = i
            while i < r.upperBound, b[i] != 0x20 { i += 1 }
            words += 1
            guard Bytes.isUpper(b[w]) || b[w] >= 0xC0 else { return false }
            for k in w..<i where Bytes.isDigit(b[k]) || b[k] == 0x40 || b[k] == 0x2F || b[k] == 0x3A { return false }
            let lower = (w..<i).map { Bytes.lower(b[$0]) }.filter { $0 != 0x2E && $0 != 0x2C }
            if notNames.contains(lower) { return false }
            // an all-capital word longer than 4 is an organisation or a label, not a name part
            if i - w > 4, (w..<i).allSatisfy({ !Bytes.isLower(b[$0]) }) { return false }
        }
        return words >= 2 && words <= 4
    }

    static func looksLikeOrganization(_ b: [UInt8], _ r: Range<Int>) -> Bool {
        guard r.count >= 2, r.count <= 60 else { return false }
        guard Bytes.isUpper(b[r.lowerBound]) else { return false }
        for k in r where b[k] == 0x40 || b[k] == 0x2F || b[k] == 0x3A { return false }
        let lower = ByteText.letterKey(Array(b[r]))
        return !notNames.contains(lower)
    }

    /// An e-mail address around the first `@` at or after `from`.
    static func email(in b: [UInt8], from: Int) -> Range<Int>? {
        var at = from
        while at < b.count, b[at] != 0x40 { at += 1 }
        guard at < b.count else { return nil }
        func ok(_ c: UInt8) -> Bool { Bytes.isAlnum(c) || c == 0x2E || c == 0x2D || c == 0x5F || c == 0x2B }
        var lo = at, hi = at + 1
        while lo > from, ok(b[lo - 1]) { lo -= 1 }
        while hi < b.count, ok(b[hi]) { hi += 1 }
        while hi > at + 1, b[hi - 1] == 0x2E { hi -= 1 }
        guard lo < at, hi > at + 3, b[(at + 1)..<hi].contains(0x2E) else {
            return at + 1 < b.count ? email(in: b, from: at + 1) : nil
        }
        return lo..<hi
    }

    /// A phone number: 7 to 15 digits with `+`, spaces, dots, dashes and parentheses between them.
    static func phone(in b: [UInt8], from: Int) -> Range<Int>? {
        var i = from
        while i < b.count {
            let c = b[i]
            if (Bytes.isDigit(c) || c == 0x2B || c == 0x28), i == 0 || c == 0x28 || !Bytes.isAlnum(b[i - 1]) {
                var j = i, digits = 0, lastDigit = i
                while j < b.count {
                    let d = b[j]
                    if Bytes.isDigit(d) { digits += 1; lastDigit = j }
                    else if !(d == 0x20 || d == 0x2D || d == 0x2E || d == 0x28 || d == 0x29 || d == 0x2B) { break }
                    j += 1
                }
                if digits >= 7, digits <= 15, lastDigit + 1 >= b.count || !Bytes.isLetter(b[lastDigit + 1]) {
                    return i..<(lastDigit + 1)
                }
                i = max(j, i + 1)
                continue
            }
            i += 1
        }
        return nil
    }
}
