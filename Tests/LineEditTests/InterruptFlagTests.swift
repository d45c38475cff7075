import Foundation
import Testing
@testable import LineEdit

@Suite struct InterruptFlagTests {
    @Test func sigintSetsTheFlagOnceAndTakingClearsIt() throws {
        try #require(InterruptFlag.install())
        defer { InterruptFlag.uninstall() }
        _ = InterruptFlag.takePending()
        #expect(!InterruptFlag.isPending)
        // Test threads block SIGINT; unblock it here so raise() delivers it before returning.
        var sigint = sigset_t(), previous = sigset_t()
        sigemptyset(&sigint)
        sigaddset(&sigint, SIGINT)
        pthread_sigmask(SIG_UNBLOCK, &sigint, &previous)
        raise(SIGINT)
        pthread_sigmask(SIG_SETMASK, &previous, nil)
        #expect(InterruptFlag.isPending)
        #expect(InterruptFlag.takePending())
        #expect(!InterruptFlag.takePending())
    }
}
