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
        .target(name: "Corpus", dependencies: ["PressRelease"]),

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

        .executableTarget(
            name: "pranalyze",
            dependencies: [
                "ScriptHost", "PressRelease", "Corpus", "Report",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),

        // `swift run -c release ParseBenchmark [N]`: parser throughput against `wc -w` on the real corpus.
        .executableTarget(name: "ParseBenchmark", dependencies: ["PressRelease"], path: "Benchmarks/ParseBenchmark"),

        .testTarget(name: "PressReleaseTests", dependencies: ["PressRelease"], exclude: ["Labels"]),
        .testTarget(name: "CorpusTests", dependencies: ["Corpus"]),
        .testTarget(name: "LuaKitTests", dependencies: ["LuaKit"]),
        .testTarget(name: "ScriptHostTests", dependencies: ["ScriptHost"]),
        .testTarget(name: "ReportTests", dependencies: ["Report"]),
        .testTarget(name: "CLITests", dependencies: ["pranalyze"]),
    ],
    swiftLanguageModes: [.v5]
)
