import LuaKit
import PressRelease

/// The handles made for the release whose hooks are running. When its hooks are done the host
/// invalidates them all: the release is freed even if the script kept a handle, and that handle
/// then raises a clear error instead of reading freed memory. `pr.releases()` opens no scope, so
/// its handles stay valid for as long as the script holds them.
final class HandleScope {
    private var release: Release?
    private var boxes: [LuaObjectBox] = []

    /// Starts recording handles of `release`.
    func open(_ release: Release) {
        close()
        self.release = release
    }

    func track(_ box: LuaObjectBox, of release: Release) {
        if self.release === release { boxes.append(box) }
    }

    /// Invalidates every handle recorded since `open`.
    func close() {
        for box in boxes { box.invalidate() }
        boxes.removeAll(keepingCapacity: true)
        release = nil
    }
}
