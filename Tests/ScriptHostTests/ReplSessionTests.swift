import Foundation
import Testing
import TestSupport
@testable import ScriptHost

@Suite struct ReplSessionTests {
    static let corpus = TestCorpus.root.path

    func session(inputs: [String] = [corpus + "/seed"]) throws -> ReplSession {
        let host = try ScriptHost()
        host.addInputs(inputs)
        return try ReplSession(host: host)
    }

    @Test func expressionsPrintTheirValues() throws {
        let s = try session()
        #expect(s.feed("1 + 1") == .done("2"))
        #expect(s.feed("'a', nil, true") == .done("a\tnil\ttrue"))
        #expect(s.feed("local x = 1") == .done(""))
    }

    @Test func incompleteStatementsContinue() throws {
        let s = try session()
        #expect(s.feed("function twice(n)") == .needMore)
        #expect(s.prompt == ">> ")
        #expect(s.feed("  return n * 2") == .needMore)
        #expect(s.feed("end") == .done(""))
        #expect(s.prompt == "> ")
        #expect(s.feed("twice(21)") == .done("42"))
    }

    @Test func errorsPrintAndTheSessionGoesOn() throws {
        let s = try session()
        guard case .failed(let message) = s.feed("error('boom')") else { Issue.record("no failure"); return }
        #expect(message.hasPrefix("stdin:1: boom"))
        #expect(message.contains("stack traceback:"))
        guard case .failed(let syntax) = s.feed("x = = 2") else { Issue.record("no failure"); return }
        #expect(syntax.contains("unexpected symbol"))
        #expect(s.feed("2 * 3") == .done("6"))
    }

    @Test func tablesPrettyPrintWithCyclesAndTruncation() throws {
        let s = try session()
        #expect(s.feed("{1, 2, name = 'x', nested = {a = true}}") == .done("{ 1, 2, name = \"x\", nested = { a = true } }"))
        #expect(s.feed("t = {}; t.self = t") == .done(""))
        #expect(s.feed("t") == .done("{ self = <cycle> }"))
        guard case .done(let long) = s.feed("(function() local l = {} for i = 1, 100 do l[i] = i end return l end)()") else {
            Issue.record("no output"); return
        }
        #expect(long.contains("… (80 more)"))
    }

    @Test func corpusLoadsLazilyFromTheCommandLineInputs() throws {
        let s = try session()
        #expect(s.feed("#corpus") == .done("1"))
        #expect(s.feed("corpus[1].date") == .done("2017-11-08"))
        guard case .done(let shown) = s.feed("corpus[1]") else { Issue.record("no output"); return }
        #expect(shown.hasPrefix("Release 2017-11-08 \"Putin Ready for Meeting"))
        #expect(s.feed(":load \(Self.corpus)/real/kremlin-ukraine/kremlin_2021-10-29_67032.txt") != .quit)
        #expect(s.feed("#corpus") == .done("2"))
    }

    @Test func completionOffersGlobalsKeysAndModelProperties() throws {
        let s = try session()
        #expect(s.complete("pr.rel", cursor: 6) == .init(start: 3, candidates: ["releases"]))
        #expect(s.complete("x = prin", cursor: 8).candidates == ["print"])
        #expect(s.feed("r = corpus[1]") == .done(""))
        #expect(s.complete("r.head", cursor: 6).candidates == ["headline"])
        #expect(s.complete("r.date", cursor: 6).candidates == ["date", "dateline"])
        #expect(s.complete("r.dateline.pl", cursor: 13).candidates == ["place"])
        #expect(s.complete("whi", cursor: 3).candidates == ["while"])
    }

    @Test func completionAfterAnIndex() throws {
        let s = try session()
        #expect(s.complete("corpus[1].quo", cursor: 13) == .init(start: 10, candidates: ["quotes"]))
        #expect(s.complete("x = corpus[1].quotes[1].sp", cursor: 26).candidates == ["speaker"])
        #expect(s.complete("corpus[1].quotes[1].speaker.na", cursor: 31).candidates == ["name"])
        #expect(s.complete("corpus[99].quo", cursor: 14).candidates == [], "no such release: nothing, no error")
        #expect(s.complete("f(corpus)[1].quo", cursor: 16).candidates == [], "a call is never run to complete")
    }

    @Test func interruptStopsARunningLoopAndTheSessionGoesOn() throws {
        let s = try session()
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.3) { s.interrupt() }
        guard case .failed(let message) = s.feed("while true do end") else { Issue.record("not interrupted"); return }
        #expect(message.contains("interrupted"))
        #expect(s.feed("1 + 2") == .done("3"))
    }

    @Test func reportsReturnedAtThePromptRenderAsTables() throws {
        let s = try session()
        guard case .done(let text) = s.feed("pr.report.table{ title = 'Speakers', columns = { 'speaker', 'quotes' }, rows = { { 'Sergey Lavrov', 6 } } }") else {
            Issue.record("no output"); return
        }
        #expect(text.hasPrefix("Speakers"))
        #expect(text.contains("│ Sergey Lavrov │      6 │"))
    }

    @Test func helpAndQuitCommands() throws {
        let s = try session()
        guard case .done(let help) = s.feed(":help Release") else { Issue.record("no help"); return }
        #expect(help.contains("headline"))
        guard case .done(let fn) = s.feed(":help pr.releases") else { Issue.record("no help"); return }
        #expect(fn.contains("input order"))
        #expect(s.feed(":quit") == .quit)
    }
}
