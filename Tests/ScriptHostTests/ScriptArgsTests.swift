import LuaKit
import Testing
@testable import ScriptHost

@Suite struct ScriptArgsTests {
    let script = """
        return {
          meta = { name = "args-test", args = {
            { name = "min_words", type = "integer", default = 5 },
            { name = "ratio", type = "number" },
            { name = "strict", type = "boolean", default = false },
            { name = "since", type = "date" },
            { name = "speakers", type = "list" },
            { name = "title" },
            { name = "needed", type = "string", required = true, doc = "must be given" },
          } },
          init = function(args) got = args end,
          finish = function() end,
        }
        """

    func run(_ arguments: [String]) throws -> ScriptHost {
        let host = try makeHost([Paths.seed])
        try host.runScript(source: script, name: "args.lua", arguments: arguments)
        return host
    }

    @Test func valuesAreConvertedToTheirDeclaredTypes() throws {
        let host = try run(["ratio=0.25", "strict=yes", "since=2020-02-29", "speakers=Lavrov, Putin,,Trump",
                            "title=a=b", "needed=x"])
        #expect(try eval(host, "got.min_words") == .integer(5))
        #expect(try eval(host, "math.type(got.min_words)") == .string("integer"))
        #expect(try eval(host, "got.ratio") == .number(0.25))
        #expect(try eval(host, "got.strict") == .boolean(true))
        #expect(try eval(host, "got.since") == .string("2020-02-29"))
        #expect(try eval(host, "got.speakers").array == [.string("Lavrov"), .string("Putin"), .string("Trump")])
        #expect(try eval(host, "got.title") == .string("a=b"))
        #expect(try eval(host, "got.needed") == .string("x"))
    }

    @Test func illTypedAndUnknownArgumentsFailBeforeAnyHookRuns() throws {
        let cases: [([String], String)] = [
            (["min_words=many", "needed=x"], "--arg min_words=many: an integer expected"),
            (["ratio=1/2", "needed=x"], "--arg ratio=1/2: a number expected"),
            (["strict=perhaps", "needed=x"], "--arg strict=perhaps: a boolean (true or false) expected"),
            (["since=2021-02-29", "needed=x"], "--arg since=2021-02-29: a date YYYY-MM-DD expected"),
            (["since=2021-2-3", "needed=x"], "--arg since=2021-2-3: a date YYYY-MM-DD expected"),
            (["colour=red", "needed=x"], "unknown argument 'colour' for args-test: it accepts: min_words (integer), ratio (number), strict (boolean), since (date), speakers (list), title (string), needed (string)"),
            (["needed"], "--arg needed: expected name=value"),
            ([], "args-test needs --arg needed=<string> (must be given)"),
        ]
        for (arguments, message) in cases {
            let host = try makeHost([Paths.seed])
            let error = #expect(throws: ScriptHostError.self) {
                try host.runScript(source: script, name: "args.lua", arguments: arguments)
            }
            #expect(error?.message == message)
            #expect(try eval(host, "got") == .nil, "init ran despite \(arguments)")
        }
    }

    @Test func scriptsWithoutArgsRejectArguments() throws {
        let host = try makeHost([Paths.seed])
        let error = #expect(throws: ScriptHostError.self) {
            try host.runScript(source: "print('hi')", name: "plain.lua", arguments: ["x=1"])
        }
        #expect(error?.message == "unknown argument 'x' for plain.lua: it declares no arguments (no meta.args)")
    }

    @Test func badDeclarationsAreReported() throws {
        let host = try makeHost([Paths.seed])
        let error = #expect(throws: ScriptHostError.self) {
            try host.runScript(source: "return { meta = { args = { { name = 'n', type = 'float' } } }, init = function() end }", name: "d.lua")
        }
        #expect(error?.message.hasPrefix("meta.args 'n' has unknown type 'float'") == true)
    }
}
