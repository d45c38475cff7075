import ArgumentParser
import Foundation

// Usage errors exit 2 (not ArgumentParser's 64), as the README documents.
// -V as well as --version, as many tools accept.
if CommandLine.arguments.dropFirst() == ["-V"] {
    print(Pranalyze.configuration.version)
    exit(0)
}
do {
    var command = try Pranalyze.parseAsRoot()
    try command.run()
} catch {
    let code = Pranalyze.exitCode(for: error)
    if code == .validationFailure {
        Diagnostics.write(Pranalyze.fullMessage(for: error))
        exit(ExitStatus.usage.rawValue)
    }
    Pranalyze.exit(withError: error)
}
