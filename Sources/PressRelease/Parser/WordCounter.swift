/// Counts words the way `wc -w` does for text: maximal runs of non-whitespace bytes.
public enum WordCounter {
    public static func count<S: Sequence>(_ texts: S) -> Int where S.Element == String {
        var total = 0
        for var text in texts {
            text.withUTF8 { total += count(bytes: $0) }
        }
        return total
    }

    public static func count(bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var n = 0
        var inWord = false
        for b in bytes {
            let space = b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D || b == 0x0C || b == 0x0B
            if !space && !inWord { n += 1 }
            inWord = !space
        }
        return n
    }
}
