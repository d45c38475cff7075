import Corpus
import ScriptHost

/// Lua chunks against the host API in the sandbox: the input runs as a chunk when it compiles
/// (seeds: the bundled scripts and the hostile suite's attacks, mutated), else its bytes pick
/// fragments from `BridgeGrammar`, so most inputs reach host functions with odd values.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzBridge(_ data: UnsafeRawPointer, _ size: Int) -> Int32 {
    let bytes = [UInt8](UnsafeRawBufferPointer(start: data, count: size))
    BridgeFuzz.run(chunks: [String(decoding: bytes, as: UTF8.self), BridgeGrammar.chunk(from: bytes)])
    return 0
}
