import CZlib
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A web archive read as a stream of bytes, one buffer at a time, never whole: plain `.warc`, or
/// `.warc.gz` with one gzip member per record (or one for the whole file), inflated as it is read.
/// A corrupt or cut-off archive ends the stream early and `failure` says why.
struct WARCStream {
    private let fd: Int32
    private var gzip: Bool?
    private var zs = z_stream()
    private var zlibOpen = false
    private var raw = [UInt8](repeating: 0, count: 1 << 16)
    private var rawStart = 0, rawEnd = 0
    private var buffer: [UInt8] = []
    private var position = 0
    private var rawEOF = false
    private(set) var failure: String?
    /// Bytes handed out so far (of the uncompressed archive).
    private(set) var offset = 0

    init(fd: Int32) { self.fd = fd }

    mutating func close() {
        if zlibOpen { inflateEnd(&zs); zlibOpen = false }
    }

    /// The next line without its `\r\n` / `\n`, nil at the end. Lines longer than `limit` are cut.
    mutating func readLine(limit: Int = 1 << 16) -> [UInt8]? {
        var line: [UInt8] = []
        while true {
            if position >= buffer.count, !fill() { return line.isEmpty ? nil : line }
            if let nl = buffer[position...].firstIndex(of: 0x0A) {
                line += buffer[position..<nl]
                offset += nl + 1 - position
                position = nl + 1
                if line.last == 0x0D { line.removeLast() }
                return Array(line.prefix(limit))
            }
            if line.count < limit { line += buffer[position...].prefix(limit - line.count) }
            offset += buffer.count - position
            position = buffer.count
        }
    }

    /// Up to `count` bytes; fewer only when the archive ends.
    mutating func read(_ count: Int) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(min(count, 1 << 24))
        while out.count < count {
            if position >= buffer.count, !fill() { break }
            let take = min(count - out.count, buffer.count - position)
            out += buffer[position..<position + take]
            position += take
            offset += take
        }
        return out
    }

    /// Refills `buffer` with the next bytes of the archive; false at its end.
    private mutating func fill() -> Bool {
        buffer.removeAll(keepingCapacity: true)
        position = 0
        while buffer.isEmpty {
            if rawStart >= rawEnd {
                if rawEOF { return false }
                let n = raw.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
                if n < 0 { failure = "read error: \(String(cString: strerror(errno)))"; rawEOF = true; return false }
                if n == 0 {
                    rawEOF = true
                    if zlibOpen, failure == nil { failure = "the archive ends inside a compressed record" }
                    return false
                }
                rawStart = 0
                rawEnd = n
            }
            if gzip == nil { gzip = rawEnd - rawStart >= 2 && raw[rawStart] == 0x1F && raw[rawStart + 1] == 0x8B }
            if gzip == false {
                buffer += raw[rawStart..<rawEnd]
                rawStart = rawEnd
                continue
            }
            if !inflateSome() { return !buffer.isEmpty }
        }
        return true
    }

    /// Inflates what is buffered, opening a new gzip member at each member start.
    private mutating func inflateSome() -> Bool {
        if !zlibOpen {
            guard raw[rawStart] == 0x1F else {
                failure = "data after the last gzip member is not gzip"
                rawEOF = true; rawStart = rawEnd
                return false
            }
            guard czlib_inflate_init_auto(&zs) == Z_OK else { failure = "zlib could not start"; return false }
            zlibOpen = true
        }
        var out = [UInt8](repeating: 0, count: 1 << 16)
        let available = rawEnd - rawStart
        let status = raw.withUnsafeMutableBufferPointer { r in
            out.withUnsafeMutableBufferPointer { o -> Int32 in
                zs.next_in = r.baseAddress! + rawStart
                zs.avail_in = UInt32(available)
                zs.next_out = o.baseAddress
                zs.avail_out = UInt32(o.count)
                return inflate(&zs, Z_NO_FLUSH)
            }
        }
        rawStart += available - Int(zs.avail_in)
        buffer += out[0..<(out.count - Int(zs.avail_out))]
        switch status {
        case Z_OK, Z_BUF_ERROR:
            return true
        case Z_STREAM_END:
            inflateEnd(&zs)
            zlibOpen = false
            return true
        default:
            failure = "corrupt gzip data: " + (zs.msg.map { String(cString: $0) } ?? "error \(status)")
            rawEOF = true; rawStart = rawEnd
            return false
        }
    }
}
