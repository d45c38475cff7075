// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "pranalyze",
    products: [
        .executable(name: "pranalyze", targets: ["pranalyze"]),
        .library(name: "PressRelease", targets: ["PressRelease", "Corpus"]),
        .library(name: "LuaKit", targets: ["LuaKit"]),
        .library(name: "ScriptHost", targets: ["ScriptHost"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // The press-release model, parser and corpus readers. Foundation only, no Lua.
        .target(name: "PressRelease"),
        // Reading inputs of every format into `SourceDocument`s; problems are reported, never fatal.
        .target(name: "Corpus", dependencies: ["PressRelease", "CZlib", "CLibXML2"]),
        // zlib from the system (Debian: zlib1g-dev), for `.gz` inputs.
        .systemLibrary(
            name: "CZlib", path: "Sources/CZlib", pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]),
        // libxml2's HTML parser from the system (Debian: libxml2-dev), for saved web pages and HTML mail.
        .systemLibrary(
            name: "CLibXML2", path: "Sources/CLibXML2", pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]),

        // Lua 5.4 from the system (Debian: liblua5.4-dev).
        .systemLibrary(
            name: "CLua", path: "Sources/CLua", pkgConfig: "lua5.4",
            providers: [.apt(["liblua5.4-dev"])]),
        // Every longjmp stays in C: trampolines, protected helpers, allocator, hooks.
        .target(name: "CLuaShim", dependencies: ["CLua"]),
        // A generic Swift bridge to Lua; knows nothing about press releases.
        .target(name: "LuaKit", dependencies: ["CLuaShim"]),

        // The `pr` Lua API over the model, script lifecycle and the corpus runner.
        .target(name: "ScriptHost", dependencies: ["PressRelease", "Corpus", "LuaKit", "Report"]),
        // Report values and their renderers (table, markdown, csv, json, jsonl, html); no Lua.
        .target(name: "Report"),

        // libedit (BSD editline) from the system (Debian: libedit-dev); GNU readline is not used.
        .systemLibrary(
            name: "CEditLine", path: "Sources/CEditLine", pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]),
        // libedit's variadic calls and the async-signal-safe interrupt flag, in C.
        .target(name: "CEditLineShim", dependencies: ["CEditLine"]),
        // The REPL's line editor: editing, history, completion; knows nothing about Lua.
        .target(name: "LineEdit", dependencies: ["CEditLineShim"]),
        // Test tool only: a tiny line reader the LineEdit tests drive through tmux and pipes.
        .executableTarget(name: "lineedit-probe", dependencies: ["LineEdit"], path: "Sources/LineEditProbe"),

        .executableTarget(
            name: "pranalyze",
            dependencies: [
                "ScriptHost", "PressRelease", "Corpus", "Report", "LineEdit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),

        // `swift run -c release ParseBenchmark [N]`: parser throughput against `wc -w` on the real corpus.
        .executableTarget(name: "ParseBenchmark", dependencies: ["PressRelease"], path: "Benchmarks/ParseBenchmark"),
        // `swift run SpeechBenchmark [rounds]`: quote attribution cost against parsing, and linearity.
        .executableTarget(name: "SpeechBenchmark", dependencies: ["PressRelease"], path: "Benchmarks/SpeechBenchmark"),

        // Test support: the shared corpus's location and a seeded random generator that prints its seed.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "PressReleaseTests", dependencies: ["PressRelease", "TestSupport"], exclude: ["Labels"]),
        .testTarget(name: "CorpusTests", dependencies: ["Corpus", "PressRelease", "CZlib", "TestSupport"]),
        .testTarget(name: "LuaKitTests", dependencies: ["LuaKit", "TestSupport"]),
        .testTarget(name: "ScriptHostTests", dependencies: ["ScriptHost", "TestSupport"]),
        .testTarget(name: "ReportTests", dependencies: ["Report"]),
        .testTarget(name: "CLITests", dependencies: ["pranalyze", "TerminalTesting", "TestSupport"]),
        // Depends on the probe so `swift test` builds it; the tests run it, they do not link it.
        // Test support: drive a program in a tmux pane as a person would.
        .target(name: "TerminalTesting", path: "Tests/TerminalTesting"),
        .testTarget(name: "LineEditTests", dependencies: ["LineEdit", "lineedit-probe", "TerminalTesting", "TestSupport"]),
    ],
    swiftLanguageModes: [.v5]
)
