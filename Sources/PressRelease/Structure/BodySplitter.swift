/// Separates body paragraphs from boilerplate: end marks and what follows them, contact blocks,
/// about-us sections, disclaimers, archive footers, web debris, labels and trailing date or
/// reference lines.
struct BodySplit {
    var body: [Piece] = []
    var boilerplate: [Boilerplate] = []
    var contactBlocks: [[Piece]] = []
    /// A date stated in a trailing line (`7.11.79` at the end of OCR'd releases).
    var trailingDate: DateMatch?
    /// A label found among the first paragraphs (`PRESS RELEASE` under a forwarding note).
    var kind: String?
}

enum BodySplitter {
    private enum State { case body, contact, about, disclaimer, afterEnd, footer }

    static func split(_ paras: [Piece]) -> BodySplit {
        var out = BodySplit()
        var state = State.body
        var block: [Piece] = []
        func closeBlock() { if !block.isEmpty { out.contactBlocks.append(block); block = [] } }
        func add(_ k: Boilerplate.Kind, _ p: Piece) {
            out.boilerplate.append(Boilerplate(kind: k, text: p.string, start: p.start, stop: p.stop))
        }
        for (k, p) in paras.enumerated() {
            let b = p.bytes
            let next = k + 1 < paras.count ? paras[k + 1].bytes : nil
            if state == .footer { add(.footer, p); continue }
            if Boilerplates.isFooterStart(b, next: next) { closeBlock(); state = .footer; add(.footer, p); continue }
            if Boilerplates.isEndMark(b) { closeBlock(); state = .afterEnd; add(.endMark, p); continue }
            if Boilerplates.isDebris(b) { add(.debris, p); continue }
            if out.body.count < 2, b.count < 60, let kind = HeaderLines.label(b) {
                if out.kind == nil { out.kind = kind }
                add(.label, p); continue
            }
            if Boilerplates.isContactOpener(b) {
                closeBlock(); state = .contact; block.append(p); add(.contact, p); continue
            }
            if Boilerplates.isDisclaimer(b), out.body.count > 0 { closeBlock(); state = .disclaimer; add(.disclaimer, p); continue }
            if Boilerplates.isAbout(b), out.body.count > 0, isAboutHeading(b) || k * 3 >= paras.count {
                closeBlock(); state = .about; add(.about, p); continue
            }
            switch state {
            case .contact:
                if b.count <= 160 || Contacts.hasPhoneOrEmail(b) && b.count <= 300 {
                    block.append(p); add(.contact, p); continue
                }
                closeBlock(); state = .body
            case .about:
                add(.about, p); continue
            case .disclaimer:
                add(.disclaimer, p); continue
            case .afterEnd:
                if Contacts.hasPhoneOrEmail(b) && b.count <= 300 { block.append(p); add(.contact, p) }
                else if Boilerplates.isAbout(b) { state = .about; add(.about, p) }
                else { add(.debris, p) }
                continue
            case .body, .footer:
                break
            }
            out.body.append(p)
        }
        closeBlock()
        trimTail(&out)
        return out
    }

    /// `About Acme:` or a short `About Acme` line is a heading; a long `About Acme Acme is…` is glued text.
    private static func isAboutHeading(_ b: [UInt8]) -> Bool {
        b.last == 0x3A || b.count <= 80
    }

    /// Trailing lines that are a date, a reference number, a bare phone/e-mail, or a signature-like
    /// short line of capitals are not body.
    private static func trimTail(_ out: inout BodySplit) {
        while let last = out.body.last, out.body.count > 1 {
            let b = last.bytes
            if b.count <= 120, Contacts.hasPhoneOrEmail(b), ByteText.counts(b).words <= 8 {
                out.contactBlocks.append([last])
                out.boilerplate.append(Boilerplate(kind: .contact, text: last.string, start: last.start, stop: last.stop))
            } else if b.count <= 40, let d = HeaderLines.dateLine(b) {
                if out.trailingDate == nil { out.trailingDate = d }
                out.boilerplate.append(Boilerplate(kind: .dateline, text: last.string, start: last.start, stop: last.stop))
            } else if HeaderLines.isReference(b) || HeaderLines.isNoise(b) {
                out.boilerplate.append(Boilerplate(kind: .reference, text: last.string, start: last.start, stop: last.stop))
            } else {
                break
            }
            out.body.removeLast()
        }
        out.boilerplate.sort { $0.start < $1.start }
    }
}
