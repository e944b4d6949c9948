/// The options every database command shares (SPEC section 3), as the command line gives them.
public struct ProjectOptions: Sendable {
    public var environment: String?
    public var databaseURL: String?
    public var schema: String?
    public var migrations: String?
    public var config: String?
    public var assumeYes: Bool
    public var noColor: Bool
    /// Seconds to wait for another runner's migration lock before exiting 3.
    public var lockWait: Double?
    /// `--strict` (commands that read schema files): data statements in them are errors, not skipped.
    public var strict = false

    public init(environment: String? = nil, databaseURL: String? = nil, schema: String? = nil, migrations: String? = nil,
                config: String? = nil, assumeYes: Bool = false, noColor: Bool = false, lockWait: Double? = nil, strict: Bool = false) {
        self.environment = environment
        self.databaseURL = databaseURL
        self.schema = schema
        self.migrations = migrations
        self.config = config
        self.assumeYes = assumeYes
        self.noColor = noColor
        self.lockWait = lockWait
        self.strict = strict
    }

    /// A wait for another runner's lock, in seconds: finite and not negative (0 gives up at once).
    public static func isValidLockWait(_ seconds: Double) -> Bool { seconds.isFinite && seconds >= 0 }
}
