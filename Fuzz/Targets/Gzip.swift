@testable import Corpus

/// zlib inflation of arbitrary bytes (truncated, corrupt, concatenated members), then the text
/// decoder on whatever came out.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzGzip(_ data: UnsafeRawPointer, _ size: Int) -> Int32 {
    let bytes = [UInt8](UnsafeRawBufferPointer(start: data, count: size))
    if case .bytes(let plain) = Gunzip.decompress([0x1F, 0x8B] + bytes, limit: 1 << 22) {
        _ = TextDecoder.decode(plain)
    }
    return 0
}
