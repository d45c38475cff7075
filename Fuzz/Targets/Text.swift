@testable import Corpus

/// One input through the corpus pipeline read as `text` (decoding, binary sniffing and gzip included), then parsed.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzText(_ data: UnsafeRawPointer, _ size: Int) -> Int32 {
    FuzzSupport.run(data, size, format: .text)
    return 0
}
