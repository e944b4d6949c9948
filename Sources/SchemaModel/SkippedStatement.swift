/// A data statement in the schema files (`INSERT`, `COPY ... FROM stdin` with its data, `SELECT setval(...)`)
/// that was left out of the model: schema files hold declarations; data belongs in data migrations.
/// The plan's JSON lists them, so a tool can show what was not read.
public struct SkippedStatement: Hashable, Sendable, Codable {
    public var file: String
    public var line: Int
    public var column: Int
    /// `INSERT`, `UPDATE`, `DELETE`, `MERGE`, `COPY` or `SELECT setval`.
    public var kind: String

    public init(file: String, line: Int, column: Int, kind: String) {
        self.file = file
        self.line = line
        self.column = column
        self.kind = kind
    }
}
