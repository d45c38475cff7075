import PressRelease

/// Turns what a script needs (`meta.needs` plus what its hooks imply) into work the parser
/// workers do up front, in parallel, instead of on first read on the script's single thread.
/// Fields not needed stay lazy: a script pays only for what it reads.
enum ReleaseNeeds {
    /// Fields computed together by the speech analysis.
    static let speechFields: Set<String> = ["quotes", "terms", "people", "organizations", "places"]

    /// The warm-up a worker runs on each parsed release, or nil when nothing is needed up front.
    static func warmUp(_ needs: Set<String>) -> (@Sendable (Release) -> Void)? {
        let speech = !needs.isDisjoint(with: speechFields)
        let attributions = needs.contains("attributions")
        let sentences = needs.contains("sentences"), words = needs.contains("words"), text = needs.contains("text")
        guard speech || attributions || sentences || words || text else { return nil }
        return { r in
            if sentences { _ = r.sentences }
            if words { _ = r.words }
            if text { _ = r.text }
            // Attributions first: they compute the speech analysis in the same pass.
            if attributions { _ = r.attributionAnalysis }
            if speech { _ = r.speech }
        }
    }
}
