import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads one whole file into memory (the only copy: bytes go straight into the array), turning
/// every failure into a problem that names the cause.
enum FileLoader {
    enum Outcome {
        case bytes([UInt8])
        case problem(InputProblem.Kind, String)
    }

    static func read(_ path: String, limit: Int) -> Outcome {
        let fd: Int32, size: Int
        switch InputFileType.openRegular(path, limit: limit) {
        case .problem(let kind, let reason): return .problem(kind, reason)
        case .file(let opened, let bytes): (fd, size) = (opened, bytes)
        }
        defer { close(fd) }
        return readRegular(fd, size: size, limit: limit)
    }

    static func readStandardInput(limit: Int) -> Outcome { readStream(0, limit: limit) }

    private static func readRegular(_ fd: Int32, size: Int, limit: Int) -> Outcome {
        var failure: Int32 = 0
        var bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            count = 0
            while count < size {
                let n = Glibc.read(fd, buffer.baseAddress! + count, size - count)
                if n < 0 { if errno == EINTR { continue }; failure = errno; break }
                if n == 0 { break }
                count += n
            }
        }
        if failure != 0 { return .problem(.unreadable, "read error: \(String(cString: strerror(failure)))") }
        // The file may have grown since fstat; pick up the rest. A one-byte probe finds the end
        // without the zero-filled 64 KB chunk a stream read allocates (6% of a count-only run).
        if bytes.count == size {
            var probe: UInt8 = 0
            var n: Int
            repeat { n = Glibc.read(fd, &probe, 1) } while n < 0 && errno == EINTR
            if n == 1 {
                if size >= limit { return .problem(.tooLarge, "input is over the \(ByteCount.text(limit)) input limit") }
                switch readStream(fd, limit: limit - size - 1) {
                case .bytes(let more): bytes += [probe] + more
                case .problem(let kind, let reason): return .problem(kind, reason)
                }
            }
        }
        return .bytes(bytes)
    }

    private static func readStream(_ fd: Int32, limit: Int) -> Outcome {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress!, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                return .problem(.unreadable, "read error: \(String(cString: strerror(errno)))")
            }
            if n == 0 { break }
            bytes.append(contentsOf: chunk[0..<n])
            if bytes.count > limit {
                return .problem(.tooLarge, "input is over the \(ByteCount.text(limit)) input limit")
            }
        }
        return .bytes(bytes)
    }
}

enum ByteCount {
    /// `512 B`, `12.3 KB`, `100.0 MB`: sizes in messages.
    static func text(_ n: Int) -> String {
        if n < 1024 { return "\(n) B" }
        let units = ["KB", "MB", "GB", "TB"]
        var value = Double(n) / 1024, unit = 0
        while value >= 1024, unit < units.count - 1 { value /= 1024; unit += 1 }
        return String(format: "%.1f", value) + " " + units[unit]
    }
}
