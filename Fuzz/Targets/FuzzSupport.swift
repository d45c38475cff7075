import PressRelease
@testable import Corpus

/// Shared by every fuzz target: runs one input through the corpus pipeline as `format` (nil:
/// detect it) and parses every document that comes out, touching the lazy views too.
enum FuzzSupport {
    static func run(_ data: UnsafeRawPointer, _ size: Int, format: InputFormat?) {
        let bytes = [UInt8](UnsafeRawBufferPointer(start: data, count: size))
        var options = CorpusOptions()
        options.forcedFormat = format
        options.maxReleaseBytes = 1 << 20
        InputPipeline.run(path: "fuzz-input", loaded: .bytes(bytes), explicit: true, options: options) { item in
            if case .document(let document) = item { parse(document) }
        }
    }

    static func parse(_ document: SourceDocument) {
        let release = ReleaseParser().parse(document)
        _ = release.text
        _ = release.words
        _ = release.sentences.count
        if let start = release.headlineStart { _ = release.position(of: start) }
    }
}
