/// The files `pranalyze scripts new` writes: a small but real report to grow from.
enum ScriptTemplate {
    static func script(_ name: String) -> String {
        """
        -- \(name): quotes per cue verb (say, tell, add, …), with the speakers who used each.
        -- Run: pranalyze \(name) corpus/ [--arg min_words=5] [--format markdown]
        -- Test: pranalyze scripts test \(name)

        local counts, speakers, min_words = {}, {}, 0

        return {
          meta = {
            name = "\(name)",
            description = "Quotes per cue verb, with the speakers who used it",
            args = {
              { name = "min_words", type = "integer", default = 0, doc = "ignore quotes shorter than this" },
            },
          },

          init = function(args)
            min_words = args.min_words
          end,

          -- Called for each quote of each release; r is the release.
          Quote = function(q, _r)
            if q.words < min_words then return end
            local cue = q.cue or "(none)"
            counts[cue] = (counts[cue] or 0) + 1
            speakers[cue] = speakers[cue] or {}
            if q.speaker then speakers[cue][q.speaker.name] = true end
          end,

          finish = function()
            local rows = {}
            for cue, n in pairs(counts) do
              local names = {}
              for who in pairs(speakers[cue]) do names[#names + 1] = who end
              table.sort(names)
              rows[#rows + 1] = { cue, n, table.concat(names, ", ") }
            end
            return pr.report.table{
              title = "Quotes per cue verb",
              columns = { "cue", "quotes", "speakers" },
              rows = rows,
              sort = { "-quotes", "cue" },
            }
          end,
        }

        """
    }

    static func readme(_ name: String) -> String {
        """
        # \(name)

        Quotes per cue verb (`say`, `tell`, `add`, …) with the speakers who used each.

        ```sh
        pranalyze \(name) corpus/
        pranalyze \(name) corpus/ --arg min_words=5 --format markdown
        ```

        ## Arguments

        | name | type | default | meaning |
        |---|---|---|---|
        | `min_words` | integer | 0 | ignore quotes shorter than this |

        ## Test

        `sample/` holds the input and `expected.txt` the output it must give:
        `pranalyze scripts test \(name)`; after a deliberate change, check the new output and
        run `pranalyze scripts test \(name) --update`.

        """
    }

    static let firstRelease = """
        Harbour Board Approves New Ferry Schedule

        PORT ELLEN, Scotland, March 3, 2025 – The Islay Harbour Board approved a new winter ferry schedule on Monday.

        "Islanders asked for earlier sailings and we listened," said Morag Campbell, chair of the harbour board.

        "The first boat will now leave at 6:15," Campbell told reporters after the vote.

        ###

        """

    static let secondRelease = """
        Ferry Operator Welcomes Schedule Change

        OBAN, Scotland, March 4, 2025 – The ferry operator welcomed the board's decision.

        "We are ready to run the earlier sailings from next week," said Iain MacLeod, the operator's operations manager.

        MacLeod added: "Crews have been consulted and agree."

        ###

        """
}
