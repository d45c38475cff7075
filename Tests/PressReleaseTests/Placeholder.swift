import Testing
@testable import PressRelease

@Test func seedHeadline() throws {
    let url = "../shared/corpus/seed/eirns-2017-11-08-lavrov.txt"
    _ = url
}
