import ArgumentParser

struct Pranalyze: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pranalyze",
        abstract: "Parse press releases and analyse them with Lua scripts.",
        discussion: """
            Run a report:      pranalyze SCRIPT.lua corpus/
            Run a shared one:  pranalyze quotes-per-speaker corpus/   (list them: pranalyze scripts)
            Run a one-liner:   pranalyze -e 'for r in pr.releases() do print(r.headline) end' corpus/
            See the model:     pranalyze parse release.txt --format json

            Exit status:
              0  success
              1  the script failed (its error and traceback are on stderr)
              2  usage error, including a bad --arg
              3  some inputs were skipped (each named on stderr, then a summary)
              4  inputs were skipped and --strict was given
              5  the report could not be written (--output, standard output)
            """,
        version: "0.1.0",
        subcommands: [RunCommand.self, ParseCommand.self, ReplCommand.self, DocsCommand.self, MergeCommand.self,
                      ScriptsCommand.self],
        defaultSubcommand: RunCommand.self)
}
