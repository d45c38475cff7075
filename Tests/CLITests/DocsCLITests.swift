import Foundation
import Testing

@Suite struct DocsCLITests {
    @Test func markdownAndLuaLSMatchTheCommittedFiles() throws {
        let markdown = try CLI.run(["docs", "--markdown"])
        #expect(markdown.status == 0)
        #expect(markdown.stdout == (try String(contentsOf: CLI.packageRoot.appendingPathComponent("docs/lua-api.md"), encoding: .utf8)))
        let luaLS = try CLI.run(["docs", "--luals"])
        #expect(luaLS.status == 0)
        #expect(luaLS.stdout == (try String(contentsOf: CLI.packageRoot.appendingPathComponent("docs/pranalyze.d.lua"), encoding: .utf8)))
    }

    @Test func topicsPrintTheirMembers() throws {
        let release = try CLI.run(["docs", "Release"])
        #expect(release.status == 0)
        #expect(release.stdout.hasPrefix("Release — One parsed press release."))
        #expect(release.stdout.contains("  paragraphs: Paragraph[]"))
        let function = try CLI.run(["docs", "pr.releases"])
        #expect(function.stdout.hasPrefix("pr.releases() -> fun(): Release?"))
        let script = try CLI.run(["docs", "script", "--markdown"])
        #expect(script.stdout.hasPrefix("## Script contract"))
        let overview = try CLI.run(["docs"])
        #expect(overview.status == 0 && overview.stdout.contains("Types\n  Release"))
    }

    @Test func unknownTopicIsAUsageError() throws {
        let result = try CLI.run(["docs", "Headlin"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("no API topic named 'Headlin'; did you mean: Release.headline"))
        #expect(try CLI.run(["docs", "Release", "--luals"]).status == 2)
    }
}
