import Corpus
import LuaKit
import PressRelease

/// What host functions reach through `stack.vm.context`: the model classes, the corpus being
/// read and where output and input problems go.
final class HostContext {
    let classes: ModelClasses
    let output: OutputSink
    /// The host library's classes (`Counter`, `Report`); set right after the VM exists.
    var library: LibraryClasses!
    var corpus: Corpus?
    var parser = ReleaseParser()
    var jobs: Int
    var onProblem: (InputProblem) -> Void
    /// Releases handed to the script so far.
    var releasesRead = 0
    /// Bumped when inputs are added, so the REPL's `corpus` reloads.
    var corpusGeneration = 0
    var progress: RunProgress?
    /// Handles of the release whose hooks are running.
    let handles = HandleScope()
    /// Release properties the running script's hooks and `meta.needs` ask for, so the parser
    /// can compute them up front (anything else stays lazy).
    var needs: Set<String> = []
    /// `pr.people.alias` merges and the keys already folded (see PeopleModule).
    var people = PersonKeys()
    /// Hand corrections applied to every release parsed (`--corrections`).
    var corrections: QuoteCorrections?

    init(classes: ModelClasses, output: OutputSink, jobs: Int, onProblem: @escaping (InputProblem) -> Void) {
        self.classes = classes
        self.output = output
        self.jobs = jobs
        self.onProblem = onProblem
    }

    /// A fresh pass over the corpus, in input order.
    func pipeline() -> ReleasePipeline? {
        let warmUp = ReleaseNeeds.warmUp(needs)
        var prepare = warmUp
        if let corrections {
            prepare = { release in
                corrections.apply(to: release)
                warmUp?(release)
            }
        }
        return corpus.map { ReleasePipeline(corpus: $0, parser: parser, jobs: jobs, prepare: prepare) }
    }

    /// Parses a document on this thread, with the corrections applied.
    func parse(_ document: SourceDocument) -> Release {
        let release = parser.parse(document)
        corrections?.apply(to: release)
        return release
    }

    /// Called for each release handed to the script.
    func consumed(_ release: Release) {
        let newFile = release.path != lastPath
        lastPath = release.path
        consumed(releases: 1, files: newFile ? 1 : 0, bytes: release.source.bytes.count)
    }
    /// The file of the last release consumed: releases of one file come one after another.
    private var lastPath: String?

    /// Called for releases whose hooks ran elsewhere (a parallel worker's block).
    func consumed(releases: Int, files: Int, bytes: Int) {
        releasesRead += releases
        progress?.consumed(releases: releases, files: files, bytes: bytes)
    }

    /// What the corpus readers counted over every complete pass (nil before one finished).
    var summary: CorpusSummary?

    /// Records a finished pass over the corpus.
    func finishedPass(_ counted: CorpusSummary?) {
        guard let counted else { return }
        if summary == nil { summary = counted } else { summary!.add(counted) }
    }

    func report(_ problem: InputProblem) {
        onProblem(problem)
    }
}

extension LuaStack {
    var host: HostContext { vm.context as! HostContext }
}
