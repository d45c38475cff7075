@testable import Corpus

/// One input through the corpus pipeline read as `html` (decoding, binary sniffing and gzip included), then parsed.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzHTML(_ data: UnsafeRawPointer, _ size: Int) -> Int32 {
    FuzzSupport.run(data, size, format: .html)
    return 0
}
