@testable import Corpus

/// One input through the corpus pipeline with the format detected from content, as for standard input, then parsed.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDetect(_ data: UnsafeRawPointer, _ size: Int) -> Int32 {
    FuzzSupport.run(data, size, format: nil)
    return 0
}
