/// Told about each input the script consumed, for a progress display. Called on the script's
/// thread only; implementations must be cheap (they are called once per release).
public protocol RunProgress: AnyObject {
    func consumed(bytes: Int)
    func finished()
}
