import ArgumentParser
import Corpus

extension InputFormat: ExpressibleByArgument {
    public init?(argument: String) { self.init(name: argument) }
}

/// How inputs are read: `--input-format`, JSON Lines field names, `--strict`.
struct InputOptions: ParsableArguments {
    @Option(name: .customLong("input-format"), help: ArgumentHelp(
        "Read every input as this format instead of detecting it: text, markdown, jsonl, html or mail.", valueName: "format"))
    var inputFormat: InputFormat?

    @Option(name: .customLong("json-field"), help: ArgumentHelp(
        "JSON Lines field to read a release property from, tried first (repeatable): title=headline, date=published, text=body, url=link, source=outlet.",
        valueName: "property=field"))
    var jsonFields: [String] = []

    @Flag(name: .long, help: "Treat any skipped input as a failure (exit status 4).")
    var strict = false

    func validate() throws { _ = try options() }

    /// The corpus options these flags describe.
    func options() throws -> CorpusOptions {
        var options = CorpusOptions()
        options.forcedFormat = inputFormat
        for assignment in jsonFields {
            let parts = assignment.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, !parts[1].isEmpty else {
                throw ValidationError("--json-field takes property=field, e.g. text=body (got '\(assignment)')")
            }
            switch parts[0] {
            case "title": options.jsonFields.title.insert(parts[1], at: 0)
            case "date": options.jsonFields.date.insert(parts[1], at: 0)
            case "text": options.jsonFields.text.insert(parts[1], at: 0)
            case "url": options.jsonFields.url.insert(parts[1], at: 0)
            case "source": options.jsonFields.source.insert(parts[1], at: 0)
            default: throw ValidationError("--json-field: unknown property '\(parts[0])' (title, date, text, url or source)")
            }
        }
        return options
    }

    func corpus(_ inputs: [String]) throws -> Corpus { Corpus(inputs: inputs, options: try options()) }

    /// Prints the corpus summary when something was skipped or repaired, and turns skipped inputs
    /// into the documented exit status (3, or 4 with --strict).
    func finish(_ summary: CorpusSummary?, quiet: Bool) throws {
        guard let summary else { return }
        if !quiet && (!summary.isComplete || summary.warnings > 0 || !summary.unknownTypes.isEmpty) { Diagnostics.note(summary.render()) }
        let status = summary.exitStatus(strict: strict)
        if status != 0 { throw ExitCode(status) }
    }
}
