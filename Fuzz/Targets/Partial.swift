import Foundation
import ScriptHost

/// Partial files for `pranalyze merge`: read, then merged by a script that walks what it got.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPartial(_ data: UnsafeRawPointer, _ size: Int) -> Int32 {
    let text = Data(bytes: data, count: size)
    guard let value = try? PartialValue.read(fileText: text, path: "fuzz.partial"),
          let host = BridgeFuzz.host() else { return 0 }
    _ = try? host.mergePartials([value, value], source: BridgeFuzz.mergeScript, name: "merge.lua")
    return 0
}
