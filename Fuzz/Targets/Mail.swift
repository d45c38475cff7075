@testable import Corpus

/// One input through the corpus pipeline read as `mail` (decoding, binary sniffing and gzip included), then parsed.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMail(_ data: UnsafeRawPointer, _ size: Int) -> Int32 {
    FuzzSupport.run(data, size, format: .mail)
    return 0
}
