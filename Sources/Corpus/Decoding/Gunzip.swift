import CZlib

/// Undoes gzip compression with zlib, streaming into one output array. Concatenated gzip members
/// (as `cat a.gz b.gz` makes) are all read; truncated or corrupt data is a problem, not a crash.
enum Gunzip {
    enum Outcome {
        case bytes([UInt8])
        case problem(InputProblem.Kind, String)
    }

    static func isGzip(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B
    }

    static func decompress(_ input: [UInt8], limit: Int) -> Outcome {
        guard input.count < Int(UInt32.max) else { return .problem(.tooLarge, "compressed file is over 4 GB") }
        var stream = z_stream()
        guard czlib_inflate_init_auto(&stream) == Z_OK else { return .problem(.truncated, "zlib could not start") }
        defer { inflateEnd(&stream) }
        var out: [UInt8] = []
        out.reserveCapacity(min(input.count * 4, limit))
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        return input.withUnsafeBufferPointer { inBuf -> Outcome in
            stream.next_in = UnsafeMutablePointer(mutating: inBuf.baseAddress)
            stream.avail_in = UInt32(inBuf.count)
            while true {
                let status = chunk.withUnsafeMutableBufferPointer { c -> Int32 in
                    stream.next_out = c.baseAddress
                    stream.avail_out = UInt32(c.count)
                    return inflate(&stream, Z_NO_FLUSH)
                }
                let produced = chunk.count - Int(stream.avail_out)
                out.append(contentsOf: chunk[0..<produced])
                if out.count > limit {
                    return .problem(.tooLarge, "decompresses to over the \(ByteCount.text(limit)) input limit")
                }
                switch status {
                case Z_OK:
                    continue
                case Z_STREAM_END:
                    // Another gzip member may follow; anything else after the end is ignored, as gzip(1) does.
                    let rest = Int(stream.avail_in)
                    let at = inBuf.count - rest
                    if rest >= 2, inBuf[at] == 0x1F, inBuf[at + 1] == 0x8B, inflateReset(&stream) == Z_OK { continue }
                    return .bytes(out)
                case Z_BUF_ERROR where stream.avail_in == 0:
                    return .problem(.truncated, "truncated gzip data: the file ends after \(ByteCount.text(out.count)) of output")
                case Z_BUF_ERROR:
                    continue
                default:
                    let detail = stream.msg.map { String(cString: $0) } ?? "error \(status)"
                    return .problem(.truncated, "corrupt gzip data after \(ByteCount.text(out.count)) of output: \(detail)")
                }
            }
        }
    }
}
