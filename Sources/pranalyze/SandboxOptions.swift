import ArgumentParser
import LuaKit
import ScriptHost

/// The sandbox and its limits, shared by every command that runs Lua.
struct SandboxOptions: ParsableArguments {
    @Flag(name: .long, help: ArgumentHelp(
        "UNSAFE: trust the script with io, os and package (files, programs, C modules). Only for scripts you wrote or have read."))
    var trusted = false

    @Option(name: .customLong("max-memory"), help: ArgumentHelp(
        "Memory the script may use; K, M, G suffixes (binary).", valueName: "size"))
    var maxMemory: ByteSize = ByteSize(text: "1G", bytes: 1 << 30)

    @Option(name: .long, help: ArgumentHelp("Stop the script after this many seconds of wall-clock time (default: none).",
                                            valueName: "seconds"))
    var timeout: Double?

    @Option(name: .customLong("max-instructions"), help: ArgumentHelp(
        "Stop the script after about this many Lua VM instructions (default: none).", valueName: "n"))
    var maxInstructions: Int?

    @Option(name: .customLong("max-output"), help: ArgumentHelp(
        "Stop the script once it has printed this much; K, M, G suffixes.", valueName: "size"))
    var maxOutput: ByteSize = ByteSize(text: "1G", bytes: 1 << 30)

    func validate() throws {
        if let timeout, !(timeout > 0 && timeout.isFinite) {
            throw ValidationError("--timeout must be a positive number of seconds")
        }
        if let maxInstructions, maxInstructions <= 0 {
            throw ValidationError("--max-instructions must be positive")
        }
    }

    func apply(to options: inout ScriptHost.Options) {
        options.sandboxed = !trusted
        options.memoryLimit = maxMemory.bytes
        options.timeout = timeout
        options.instructionLimit = maxInstructions
        options.outputLimit = maxOutput.bytes
        var hints: [LuaLimit: String] = [
            .memory: "--max-memory \(maxMemory.text)",
            .output: "--max-output \(maxOutput.text)",
        ]
        if let timeout { hints[.deadline] = "--timeout \(ByteSize.trim(timeout))" }
        if let maxInstructions { hints[.instructions] = "--max-instructions \(maxInstructions)" }
        options.limitHints = hints
    }
}

/// A size such as `512M`, `2G`, `64K` or `1048576` (binary units), remembered as typed.
struct ByteSize: ExpressibleByArgument {
    var text: String
    var bytes: Int

    init(text: String, bytes: Int) {
        self.text = text
        self.bytes = bytes
    }

    init?(argument: String) {
        let units: [Character: Double] = ["K": 1024, "M": 1_048_576, "G": 1_073_741_824, "T": 1_099_511_627_776]
        var number = Substring(argument.uppercased())
        for suffix in ["IB", "B"] where number.hasSuffix(suffix) { number = number.dropLast(suffix.count); break }
        var scale: Double = 1
        if let last = number.last, let unit = units[last] {
            scale = unit
            number = number.dropLast()
        }
        guard let value = Double(number), value > 0, value.isFinite, value * scale < 9e18 else { return nil }
        let bytes = Int(value * scale)
        guard bytes >= 1 else { return nil }
        self.init(text: argument, bytes: bytes)
    }

    var defaultValueDescription: String { text }

    static func trim(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
