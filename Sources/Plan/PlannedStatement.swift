/// One SQL statement of a plan: where it runs, how it is undone, and what it risks.
public struct PlannedStatement: Equatable, Sendable {
    public var phase: Phase
    public var sql: String
    /// The statement that undoes this one, for the migration's down section: empty when there is
    /// nothing to undo (a validation), nil when it cannot be undone (an enum value added).
    public var down: String?
    /// False for statements PostgreSQL refuses inside a transaction block (`CREATE INDEX CONCURRENTLY`),
    /// and for steps that must commit before the next starts (`VALIDATE CONSTRAINT` after `NOT VALID`).
    public var transactional: Bool
    public var warnings: [Warning]
    /// Order within the phase: lower first (see `Step`).
    public var step: Step

    public init(phase: Phase, sql: String, down: String?, transactional: Bool = true, warnings: [Warning] = [], step: Step) {
        self.phase = phase
        self.sql = sql
        self.down = down
        self.transactional = transactional
        self.warnings = warnings
        self.step = step
    }
}

/// Where a statement goes within its phase; the cases are listed in execution order, which makes the
/// whole migration order readable in one place.
public enum Step: Int, Comparable, Sendable {
    // expand
    case createSchema, createExtension, createCollation, createTextSearchConfiguration, createType, addEnumValue, createSequence, createFunction, createTypeOnFunctions, createOperator, createTable, addColumn, createFunctionOnTables, createAggregate, setSequenceOwner
    case addForeignKeyForNewTable, createIndexOnNewTable, addForeignKeyOnUniqueIndex, createTrigger, createView
    case grantPrivileges
    case buildIndexConcurrently, setIndexStatistics
    // alter: renames first, then what names the renamed objects (see Planner+Renames)
    case rename, afterRename
    case dropRecreatedView, alterExtension, replaceFunction, replaceOperator, replaceTrigger, replaceType, alterSequence, dropIdentity, dropDefault, changeType, setDefault, setIdentity
    case replacePolicy, createPolicy, setRowSecurity
    case dropForeignKeyBeforeKey, dropReplacedConstraint, dropNotNull, addConstraintNotValid, attachUniqueIndex, addForeignKeyAfterKey, addNotNullCheck, setComment
    case validateConstraint, setNotNull, dropNotNullCheck, replaceView, createRecreatedView
    case detachPartition, rebuildTable, attachPartition, setColumnSettings
    // contract
    case revokePrivileges, dropPolicy, setDefaultPrivileges
    case dropView, dropTrigger, dropConstraint, dropNotNullAfterKey, addForeignKeyAfterDroppedKey, dropIndexConcurrently, renameReplacementIndex, dropColumn, dropTable, dropSequence, dropAggregate, dropOperator, dropFunction, dropType, dropCollation, dropTextSearchConfiguration, dropExtension, dropSchema

    public static func < (lhs: Step, rhs: Step) -> Bool { lhs.rawValue < rhs.rawValue }
}
