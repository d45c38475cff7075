import ArgumentParser
import Corpus
import Foundation
import Report
import PressRelease
import ScriptHost

struct ParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Print the parsed model of each release, to see what the parser saw.",
        discussion: """
            JSON (for jq, pandas, debugging): one array, one object per release, keys in a fixed order,
            byte offsets into the source and 1-based line/column for every node.
            CSV and JSON Lines: one row per quote with its provenance (file, record, line, column, byte
            offsets), speaker, mention, titles, affiliation, cue, kind, rule, confidence and text, plus the
            release metadata fields named with --arg meta=party,date (r.meta: sidecar index, JSON fields…).
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, csv, jsonl }

    @Argument(help: "Files, directories, glob patterns or - for stdin.")
    var inputs: [String]

    @Option(name: .long, help: "text (readable), json (the whole model), csv or jsonl (one row per quote).")
    var format: Format = .text

    @Option(name: .long, help: ArgumentHelp("meta=FIELD,FIELD: metadata columns for csv/jsonl quote rows.", valueName: "meta=fields"))
    var arg: [String] = []

    @OptionGroup(title: "Inputs") var input: InputOptions

    @Flag(name: .shortAndLong, help: "No summary notes on stderr.")
    var quiet = false

    @Flag(name: .customLong("raw-csv"), help: "Keep CSV cells that start with = + - @ tab or CR as they are (by default they get a leading ' so spreadsheets do not run them as formulas).")
    var rawCSV = false

    @Option(name: .long, help: ArgumentHelp("Hand corrections of quotes (CSV: file,line,column,speaker[,text]), applied before printing; stale ones are reported.", valueName: "file"))
    var corrections: String?

    func validate() throws {
        for a in arg {
            guard a.hasPrefix("meta=") else { throw ValidationError("parse takes only --arg meta=FIELD,FIELD (got '\(a)')") }
            guard format == .csv || format == .jsonl else { throw ValidationError("--arg meta= adds quote-row columns: use it with --format csv or jsonl") }
        }
    }

    func run() throws {
        let parser = ReleaseParser()
        var fixes: QuoteCorrections?
        if let corrections {
            do { fixes = try QuoteCorrections.load(path: corrections) } catch { throw ValidationError("--corrections \(error)") }
        }
        var releases: [Release] = []
        let rows = QuoteRows(meta: arg.flatMap { $0.dropFirst(5).split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }
            .filter { !$0.isEmpty }, rawCSV: rawCSV)
        if format == .csv { write(rows.csvHeader()) }
        let summary = try input.corpus(inputs).forEach { item in
            switch item {
            case .problem(let p): Diagnostics.problem(p)
            case .document(let doc):
                let release = parser.parse(doc)
                fixes?.apply(to: release)
                // Text and quote rows stream release by release; JSON is one array, written at the end.
                switch format {
                case .text: write(ReleaseText.render([release]) + "\n")
                case .json: releases.append(release)
                case .csv: write(rows.csv(release))
                case .jsonl: write(rows.jsonLines(release))
                }
            }
        }
        if format == .json { write(ReleaseJSON.render(releases)) }
        fflush(stdout)
        if let note = fixes?.report() { Diagnostics.note(note) }
        try input.finish(summary, quiet: quiet)
    }

    private func write(_ text: String) {
        var text = isatty(STDOUT_FILENO) == 1 ? TerminalText.escape(text) : text
        text.withUTF8 { _ = fwrite($0.baseAddress, 1, $0.count, stdout) }
    }
}
