extension CueLexicon {
    /// Built-in cues: lemma and its irregular forms (regular forms are generated).
    static let builtIn: [(String, [String])] = [
        ("say", ["said", "says", "saying"]),
        ("tell", ["told", "tells", "telling"]),
        ("write", ["wrote", "written", "writes", "writing"]),
        ("according to", []),
        ("add", []), ("note", []), ("remark", []), ("state", []), ("explain", []),
        ("announce", []), ("declare", []), ("stress", []), ("emphasise", []), ("emphasize", []),
        ("warn", []), ("argue", []), ("insist", []), ("urge", []), ("comment", []),
        ("observe", []), ("point out", []), ("continue", []), ("conclude", []), ("ask", []),
        ("reply", []), ("respond", []), ("confirm", []), ("recall", []), ("acknowledge", []),
        ("admit", ["admitted", "admitting"]), ("predict", []), ("sum up", ["summed", "summing"]),
        ("share", []), ("reiterate", []), ("affirm", []), ("assert", []), ("claim", []),
        ("exclaim", []), ("mention", []), ("tweet", []), ("quip", ["quipped", "quipping"]),
        ("underline", []), ("underscore", []), ("highlight", []), ("praise", []),
        ("caution", []), ("vow", []),
        ("read", ["reads", "reading"]), ("put", ["puts", "putting"]),
        ("go on", ["went on", "goes on", "gone on"]), ("speak", ["spoke", "spoken", "speaks"]),
        ("joke", []), ("boast", []), ("complain", []), ("call", []),
    ]
}
