/// Errors of the command layer, each with the exit code SPEC section 3 gives it.
public enum MonolayerError: Error, CustomStringConvertible {
    /// Bad flags, config or input (exit 2).
    case usage(String)
    case configuration(String)
    case input(String)
    /// Schema file diagnostics, already formatted as `file:line:col: error: ...` (exit 2).
    case diagnostics(String)
    /// A confirmation is needed but cannot be asked (exit 3).
    case confirmationNeeded(String)
    case refused(String)
    /// The database said no (exit 4).
    case database(String)

    public var exitCode: Int32 {
        switch self {
        case .usage, .configuration, .input, .diagnostics: return 2
        case .confirmationNeeded, .refused: return 3
        case .database: return 4
        }
    }

    public var description: String {
        switch self {
        case .usage(let text), .configuration(let text), .input(let text), .diagnostics(let text), .confirmationNeeded(let text),
             .refused(let text), .database(let text):
            return text
        }
    }
}
