import PressRelease

/// The release parser on raw bytes (not decoded: it must survive invalid UTF-8 too).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzParser(_ data: UnsafeRawPointer, _ size: Int) -> Int32 {
    let bytes = [UInt8](UnsafeRawBufferPointer(start: data, count: size))
    FuzzSupport.parse(SourceDocument(path: "fuzz-input", bytes: bytes))
    return 0
}
