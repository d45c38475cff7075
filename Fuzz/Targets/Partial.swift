import Foundation
import ScriptHost

/// Partial files for `pranalyze merge`: read, then merged by a script that walks what it got.
/// Seeds come from other scripts, so each input is read as it is (the header and identity checks)
/// and again with its `script_id` set to the merging script's, so the value decoder is reached too.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPartial(_ data: UnsafeRawPointer, _ size: Int) -> Int32 {
    let text = Data(bytes: data, count: size)
    let script = BridgeFuzz.mergeScript
    var inputs = [text]
    if var object = (try? JSONSerialization.jsonObject(with: text)) as? [String: Any], object["script_id"] != nil {
        object["script_id"] = PartialValue.identity(of: script)
        if let again = try? JSONSerialization.data(withJSONObject: object) { inputs.append(again) }
    }
    for input in inputs {
        guard let value = try? PartialValue.read(fileText: input, path: "fuzz.partial", script: "merge.lua", source: script),
              let host = BridgeFuzz.host() else { continue }
        _ = try? host.mergePartials([value, value], source: script, name: "merge.lua")
    }
    return 0
}
