import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Binds a Unix-domain socket at `path` (so the corpus meets a real socket file).
public func bindUnixSocket(_ path: String) throws -> Int32 {
    let fd = Glibc.socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
    var address = sockaddr_un()
    address.sun_family = sa_family_t(AF_UNIX)
    withUnsafeMutableBytes(of: &address.sun_path) { raw in
        let bytes = Array(path.utf8.prefix(raw.count - 1))
        raw.copyBytes(from: bytes + [0])
    }
    let bound = withUnsafePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
    }
    if bound != 0 { close(fd); throw POSIXError(.EADDRINUSE) }
    return fd
}

/// Opens a FIFO's write end (without blocking) every 100 ms after the first 5 s: it succeeds only
/// when a reader has the FIFO open, which frees that reader and records that it happened.
public final class FIFOWatchdog: @unchecked Sendable {
    private let lock = NSLock()
    private var done = false
    private var openedByReader = false
    public var fired: Bool { lock.withLock { openedByReader } }

    public init(_ path: String) {
        Thread.detachNewThread { [self] in
            Thread.sleep(forTimeInterval: 5)
            while !lock.withLock({ done }) {
                let fd = open(path, O_WRONLY | O_NONBLOCK)
                if fd >= 0 { lock.withLock { openedByReader = true }; close(fd) }
                Thread.sleep(forTimeInterval: 0.1)
            }
        }
    }

    public func stop() { lock.withLock { done = true } }
}
