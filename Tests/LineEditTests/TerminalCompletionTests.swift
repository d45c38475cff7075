import Testing

/// Tab in the real editor, over the probe's word list (ipairs, pairs, paragraphs, print, release,
/// require, return, string.find, string.format, string.gsub, héllo).
extension TerminalTests {
    @Suite struct TabCompletion {
        @Test func uniquePrefixIsCompleted() throws {
            let sandbox = try ProbeSandbox()
            let tmux = try sandbox.startProbe()
            defer { tmux.close() }
            tmux.type("x = rel")
            tmux.press("Tab", "Enter")
            #expect(tmux.waitFor("GOT:x = release"), "\(tmux.screen())")
            tmux.type("h")
            tmux.press("Tab", "Enter")
            #expect(tmux.waitFor("GOT:héllo"), "\(tmux.screen())")
        }

        @Test func commonPrefixIsCompletedThenNarrowed() throws {
            let sandbox = try ProbeSandbox()
            let tmux = try sandbox.startProbe()
            defer { tmux.close() }
            tmux.type("str")
            tmux.press("Tab")
            #expect(tmux.waitFor("probe> string."), "\(tmux.screen())")
            tmux.type("fo")
            tmux.press("Tab", "Enter")
            #expect(tmux.waitFor("GOT:string.format"), "\(tmux.screen())")
        }

        @Test func ambiguousCandidatesAreListed() throws {
            let sandbox = try ProbeSandbox()
            let tmux = try sandbox.startProbe()
            defer { tmux.close() }
            tmux.type("re")
            tmux.press("Tab")
            // The candidates are listed on their own line, and the line is redrawn below, unchanged.
            let listed = tmux.waitUntil { screen in
                let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
                guard let list = lines.firstIndex(where: { line in
                    line.contains("release") && line.contains("require") && line.contains("return")
                        && !line.contains("probe>")
                }) else { return false }
                return list + 1 < lines.count && lines[list + 1] == "probe> re"
            }
            #expect(listed, "\(tmux.screen())")
            tmux.type("q")
            tmux.press("Tab", "Enter")
            #expect(tmux.waitFor("GOT:require"), "\(tmux.screen())")
        }

        @Test func noCandidateLeavesTheLineAndTabIndentsAtLineStart() throws {
            let sandbox = try ProbeSandbox()
            let tmux = try sandbox.startProbe()
            defer { tmux.close() }
            tmux.type("zzz")
            tmux.press("Tab", "Enter")
            #expect(tmux.waitFor("GOT:zzz"), "\(tmux.screen())")
            tmux.press("Tab")
            tmux.type("pri")
            tmux.press("Tab", "Enter")
            #expect(tmux.waitUntil { $0.contains("GOT:\tprint") || $0.range(of: #"GOT: +print"#, options: .regularExpression) != nil },
                    "\(tmux.screen())")
        }
    }
}
