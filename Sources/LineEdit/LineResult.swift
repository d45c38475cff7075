/// What one `LineEditor.readLine(prompt:)` produced.
public enum LineResult: Equatable, Sendable {
    /// A line, without its newline.
    case line(String)
    /// Ctrl-D on an empty line, end of piped input, or the terminal went away.
    case endOfInput
    /// Ctrl-C at the prompt: the line being edited was discarded.
    case interrupted
}
