import Foundation
import Testing
import TestSupport

/// The scale-out recipes of docs/scale-out.md over the real corpus, through
/// Tests/ScaleOut/scale_out_test.py: sharded runs merged with `pranalyze merge` equal one run.
@Suite(.serialized) struct ScaleOutTests {
    static let script = CLIRunner.packageRoot.appendingPathComponent("Tests/ScaleOut/scale_out_test.py").path
    static let corpus = TestCorpus.path("real/kremlin-ukraine")

    static let daskImportable: Bool = {
        (try? CLIRunner.run([], executable: "/usr/bin/env", arguments: ["python3", "-c", "import dask.distributed"]))?.status == 0
    }()

    static func runRecipe(_ only: String) throws -> CLIRunner.Result {
        try CLIRunner.run([], executable: "/usr/bin/env",
                          arguments: ["python3", script, "--only", only, CLIRunner.binary, corpus])
    }

    @Test func slurmTemplatePassesBashAndItsEmulatedArrayJobEqualsASingleRun() throws {
        let result = try Self.runRecipe("slurm")
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.components(separatedBy: "identical: slurm template").count == 3, "\(result.stdout)")
    }

    @Test(.enabled(if: daskImportable, "dask.distributed cannot be imported: pip install 'dask[distributed]'"))
    func twoDaskWorkerProcessesEqualASingleRun() throws {
        let result = try Self.runRecipe("dask")
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.components(separatedBy: "identical: dask, 2 worker processes").count == 3, "\(result.stdout)")
    }
}
