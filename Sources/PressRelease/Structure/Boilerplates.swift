/// Recognises paragraphs that are not body text: end marks, contact blocks, about-us sections,
/// disclaimers, archive footers and web debris.
enum Boilerplates {
    static let contactOpeners: [[UInt8]] = [
        "contact:", "contacts:", "media contact", "press contact", "media contacts", "media inquiries",
        "media enquiries", "press inquiries", "for further information contact",
        "for further information, contact", "for further information", "for more information contact",
        "for more information, contact", "for media inquiries", "further information:", "contact details",
        "contact information", "contact info", "investor contact", "investor relations contact", "contact ",
        "inquiries:", "enquiries:", "media:", "press:", "for information contact", "further enquiries",
    ].map { Array($0.utf8) }

    static let endMarks: Set<[UInt8]> = Set(["###", "# # #", "-30-", "- 30 -", "ends", "-ends-", "- ends -",
                                              "end", "-end-", "[ends]", "***ends***", "#####", "# # # #"].map { Array($0.utf8) })

    static let debris: Set<[UInt8]> = Set(["nextarticle", "previousarticle", "print", "photos", "email", "share",
                                           "readmore", "tweet", "backtotop", "printfriendlyversion", "morenews",
                                           "related", "pdf", "printthispage", "emailthispage", "prev", "next",
                                           "facebook", "twitter", "linkedin", "sharethis"].map { Array($0.utf8) })

    static let disclaimers: [[UInt8]] = ["forward-looking statements", "forward looking statements",
                                         "safe harbor", "disclaimer", "cautionary note", "cautionary statement",
                                         "this press release contains forward", "legal disclaimer",
                                         "this release contains forward", "important notice"].map { Array($0.utf8) }

    /// Phrases matched per paragraph, encoded once.
    enum Words {
        static let about = Array("about ".utf8)
        static let pressRelease = Array("press release".utf8)
        static let footers: [[UInt8]] = ["[original/source press release]", "view source version on", "view original content",
                                         "view the original release"].map { Array($0.utf8) }
    }

    static func isEndMark(_ b: [UInt8]) -> Bool {
        guard b.count <= 14 else { return false }
        var lower = b.map(Bytes.lower)
        while let l = lower.last, l == 0x2E || l == 0x20 { lower.removeLast() }
        return endMarks.contains(lower)
    }

    /// Page furniture that links to other stories, set between a page's paragraphs:
    /// `Related Story Russia produces first batch of vaccine`, `READ MORE: …`, `See also: …`.
    static let teaserOpeners: [[UInt8]] = ["related story ", "related stories ", "related story:", "related stories:",
                                           "related: ", "related article:", "read more: ", "read also: ", "also read: ",
                                           "see also: ", "recommended: ", "more on this: "].map { Array($0.utf8) }

    static func isTeaser(_ b: [UInt8]) -> Bool {
        guard b.count <= 220, let last = b.last, last != 0x2E || b.count < 90 else { return false }
        return teaserOpeners.contains { o in b.count > o.count && zip(o, b).allSatisfy { $0 == Bytes.lower($1) } }
    }

    static func isDebris(_ b: [UInt8]) -> Bool {
        if isImage(b) || isTeaser(b) { return true }
        guard b.count <= 30 else { return false }
        let key = ByteText.letterKey(b)
        return debris.contains(key) || (key.isEmpty && b.count <= 3 && !b.contains(0x22))
    }

    /// A Markdown image standing alone: `![caption](url)`.
    static func isImage(_ b: [UInt8]) -> Bool {
        b.count > 5 && b[0] == 0x21 && b[1] == 0x5B && b.last == 0x29 && !b.contains(0x0A)
    }

    static let gluedOpeners: [[UInt8]] = ["contact details", "media contact", "press contact", "contact information",
                                          "contact info", "media inquiries"].map { Array($0.utf8) }

    /// `Contact DetailsProactive`: a heading glued to the name after it.
    static func gluedContactOpener(_ b: [UInt8]) -> Int? {
        for o in gluedOpeners where b.count > o.count + 1 && Bytes.isUpper(b[o.count]) {
            if (0..<o.count).allSatisfy({ Bytes.lower(b[$0]) == o[$0] }) { return o.count }
        }
        return nil
    }

    static func isContactOpener(_ b: [UInt8]) -> Bool {
        if gluedContactOpener(b) != nil { return true }
        guard let n = ByteText.prefix(b, contactOpeners) else { return false }
        // `Contact us today to …` in a body sentence is not a contact block
        if n == 8, b.count > 8, b[7] == 0x20 { return b.count < 120 && (Contacts.hasPhoneOrEmail(b) || b.contains(0x3A)) }
        return true
    }

    /// `About Acme Inc.`, `About Acme:`, `ABOUT ACME`, or glued `About AcmeAcme is…`.
    static func isAbout(_ b: [UInt8]) -> Bool {
        guard b.count > 7, ByteText.hasPrefix(b, Words.about) else { return false }
        let next = b[6]
        guard Bytes.isUpper(next) || Bytes.isDigit(next) || next >= 0xC0 || next == 0x2A || next == 0x22 else { return false }
        // "About 200 people …" is a sentence; "About the Author"/"About Us" are headings
        if Bytes.isDigit(next) { return false }
        return true
    }

    static func isDisclaimer(_ b: [UInt8]) -> Bool {
        var from = 0
        while from < b.count, b[from] == 0x2A || b[from] == 0x23 || b[from] == 0x20 { from += 1 }
        return ByteText.prefix(b, disclaimers, at: from) != nil
    }

    /// The archive's `---` rule that opens its footer, or a `[Original/Source Press Release](…)` line.
    static func isFooterStart(_ b: [UInt8], next: [UInt8]?) -> Bool {
        if b.count == 3, b[0] == b[1], b[1] == b[2], b[0] == 0x2D || b[0] == 0x2A || b[0] == 0x5F {
            guard let n = next else { return true }
            return n.first == 0x5B || ByteText.contains(n, Words.pressRelease) || n.first == 0x21
        }
        return b.first == 0x5B || b.first == 0x56 || b.first == 0x76 ? ByteText.prefix(b, Words.footers) != nil : false
    }
}
