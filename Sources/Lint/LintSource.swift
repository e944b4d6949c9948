import SchemaSource

/// One text to lint: a migration's up section, or a whole schema file. Positions are reported in `file`.
public struct LintSource: Sendable {
    public enum Kind: Sendable, Equatable {
        /// `acknowledged`: the codes the migration's header lists under `-- warnings:` (monolayer writes
        /// them there for the changes it generates); lint reports those at most as warnings.
        case migration(transactional: Bool, acknowledged: Set<String>)
        case schemaFile

        /// What a rule reads (as the documentation names it); monolayer.toml is read for B106 only.
        public enum Family: String, Sendable { case migration = "migrations", schemaFile = "schema files", config = "monolayer.toml" }

        var family: Family {
            if case .migration = self { return .migration }
            return .schemaFile
        }
    }

    public var file: SourceFile
    /// The bytes of `file` to lint (a migration's up section); the whole file for a schema file.
    public var range: Range<Int>
    public var kind: Kind

    public init(file: SourceFile, range: Range<Int>? = nil, kind: Kind) {
        self.file = file
        self.range = range ?? 0..<file.text.utf8.count
        self.kind = kind
    }

    var isTransactionalMigration: Bool {
        if case .migration(let transactional, _) = self.kind { return transactional }
        return false
    }

    var acknowledgedCodes: Set<String> {
        if case .migration(_, let acknowledged) = kind { return acknowledged }
        return []
    }
}
