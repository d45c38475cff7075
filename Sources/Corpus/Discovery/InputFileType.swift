import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Decides from metadata alone whether an input path may be opened: only regular files (or links
/// to them) are, so a FIFO, a device, a socket or a link to one is never opened (opening a FIFO
/// blocks, reading `/dev/zero` never ends). The size limit is checked here too, before any read.
/// Standard input (`-`) does not come through here.
enum InputFileType {
    enum Opened {
        case file(fd: Int32, size: Int)
        case problem(InputProblem.Kind, String)
    }

    /// Opens `path` for reading when it names a regular file within `limit` bytes.
    static func openRegular(_ path: String, limit: Int) -> Opened {
        var info = stat()
        if stat(path, &info) != 0 {
            let err = errno
            if err == ENOENT, InputDiscovery.isSymlink(path) {
                return .problem(.brokenLink, "broken symbolic link (its target does not exist)")
            }
            return .problem(err == ENOENT ? .notFound : .unreadable, "cannot open: \(String(cString: strerror(err)))")
        }
        if let kind = nonRegularName(info.st_mode) {
            let via = InputDiscovery.isSymlink(path) ? "a symbolic link to " : ""
            return .problem(kind == "directory" ? .unreadable : .notRegular,
                            kind == "directory" ? "is \(via)a directory" : "not a regular file (\(via)a \(kind)); not opened")
        }
        let size = Int(info.st_size)
        if size > limit {
            return .problem(.tooLarge, "file is \(ByteCount.text(size)), over the \(ByteCount.text(limit)) input limit")
        }
        // O_NONBLOCK: should the path be swapped for a FIFO after the check, open cannot hang.
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)
        if fd < 0 {
            let err = errno
            return .problem(err == ENOENT ? .notFound : .unreadable, "cannot open: \(String(cString: strerror(err)))")
        }
        var opened = stat()
        guard fstat(fd, &opened) == 0, opened.st_dev == info.st_dev, opened.st_ino == info.st_ino,
              nonRegularName(opened.st_mode) == nil else {
            close(fd)
            return .problem(.notRegular, "not a regular file (it changed while being opened); not read")
        }
        let flags = fcntl(fd, F_GETFL)
        if flags >= 0 { _ = fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) }
        return .file(fd: fd, size: size)
    }

    /// `nil` for a regular file, else what the mode names.
    static func nonRegularName(_ mode: mode_t) -> String? {
        switch mode & S_IFMT {
        case S_IFREG: return nil
        case S_IFDIR: return "directory"
        case S_IFIFO: return "FIFO (named pipe)"
        case S_IFCHR: return "character device"
        case S_IFBLK: return "block device"
        case S_IFSOCK: return "socket"
        default: return "special file"
        }
    }
}
