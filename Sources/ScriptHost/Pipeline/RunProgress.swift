/// Told about each input the script consumed, for a progress display. Called on the script's
/// thread only; implementations must be cheap (they are called once per release).
public protocol RunProgress: AnyObject {
    /// `releases` more releases were handed to the script, from `files` more input files (a file
    /// of several releases counts once), holding `bytes` of source.
    func consumed(releases: Int, files: Int, bytes: Int)
    func finished()
}
