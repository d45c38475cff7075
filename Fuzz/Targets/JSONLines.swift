@testable import Corpus

/// One input through the corpus pipeline read as `jsonl` (decoding, binary sniffing and gzip included), then parsed.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSONLines(_ data: UnsafeRawPointer, _ size: Int) -> Int32 {
    FuzzSupport.run(data, size, format: .jsonl)
    return 0
}
