import Foundation
import Testing

/// Every script bundled in Scripts/ passes its golden test, has a README and declares meta: what
/// CI checks so the shared library never drifts from its documented output.
@Suite struct BundledScriptsTests {
    static let scripts = CLIRunner.packageRoot.appendingPathComponent("Scripts").path

    static var bundledNames: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: scripts)) ?? []
        return names.filter { FileManager.default.fileExists(atPath: "\(scripts)/\($0)/\($0).lua") }.sorted()
    }

    @Test func theLibraryHoldsAtLeastTenReportsEachWithReadmeAndTest() {
        let names = Self.bundledNames
        #expect(names.count >= 10, "\(names)")
        for name in names {
            let folder = "\(Self.scripts)/\(name)"
            #expect(FileManager.default.fileExists(atPath: folder + "/README.md"), "\(name) has no README.md")
            let hasSample = FileManager.default.fileExists(atPath: folder + "/sample")
                || FileManager.default.fileExists(atPath: folder + "/sample.path")
            #expect(hasSample, "\(name) has no sample")
        }
        #expect(names.contains("quotes-per-speaker") && names.contains("cue-verbs") && names.contains("releases-per-month"))
    }

    @Test func everyBundledScriptPassesItsGoldenTest() throws {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("pranalyze-bundled-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let result = try CLIRunner.run(["scripts", "test"], environment: [
            "PRANALYZE_BUNDLED_SCRIPTS": Self.scripts, "PRANALYZE_PATH": "",
            "XDG_DATA_HOME": empty.path, "NO_COLOR": "1",
        ], cwd: empty.path)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        for name in Self.bundledNames {
            #expect(result.stdout.contains("ok   \(name) ("), "\(name) was not tested")
        }
        #expect(!result.stdout.contains("without a golden test"), "\(result.stdout)")
    }

    @Test func bundledScriptsListWithDescriptions() throws {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("pranalyze-bundled-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let result = try CLIRunner.run(["scripts"], environment: [
            "PRANALYZE_BUNDLED_SCRIPTS": Self.scripts, "PRANALYZE_PATH": "", "XDG_DATA_HOME": empty.path,
        ], cwd: empty.path)
        #expect(result.status == 0)
        for name in Self.bundledNames { #expect(result.stdout.contains("\n\(name)  ") || result.stdout.hasPrefix("\(name)  ")) }
        #expect(!result.stdout.contains("error:"), "\(result.stdout)")
        #expect(!result.stdout.contains("(no description)"))
    }
}
