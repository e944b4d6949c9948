import Foundation
import SchemaModel
import SQLTree

/// Builds the model from all statements of all files, in passes: names that others refer to
/// (schemas, types) first, then tables, then what hangs off tables (indexes, added constraints).
struct ModelBuilder {
    let statements: [StatementSource]
    var model = SchemaModel()
    var diagnostics: [Diagnostic] = []
    var userTypes: Set<QualifiedName> = []
    private var userSequences: Set<QualifiedName> = []
    /// Names kept up to date as objects are added, so that no statement rebuilds them (which made
    /// large schemas quadratic).
    var tableNames: Set<QualifiedName> = []
    /// Indexes that `LIKE ... INCLUDING INDEXES` copied, by statement (see ModelBuilder+Tables), for its comments.
    var likeIndexCopies: [String: [QualifiedName: QualifiedName]] = [:]
    /// Functions declared anywhere, so that calls in defaults and checks resolve (see ModelBuilder+Routines).
    var userFunctions: Set<QualifiedName> = []
    /// Where the declared extensions' types live, known once pass 1 has seen every CREATE EXTENSION.
    private var extensionTypeSchemas: [String: String] = [:]
    /// Where the declared extensions' functions and operator classes live, known with `extensionTypeSchemas`.
    private var extensionObjectSchemas: [String: String] = [:]
    /// Operator symbols declared anywhere, so that COMMUTATOR and NEGATOR resolve (see OperatorBuilder).
    private var declaredOperatorSymbols: Set<QualifiedName> = []
    /// The model's expressions' texts and name sets, each distinct one held once (see ExpressionParts).
    private let expressionParts = ExpressionParts()
    /// The last pass that reads each statement's tree (see ModelBuilder+TreeLifetimes).
    let lastReaders: [ObjectIdentifier: TreePass]
    /// Every table a `CREATE TABLE` declares, known before any is built (a LIKE waits for a source declared later).
    var declaredTables: Set<QualifiedName> = []
    /// A statement left unparsed when its file was read turned out not to be what its tokens showed (see
    /// PlainStatementRecognizer): the build stopped, and the files are to be read again, every statement parsed.
    var refusedPendingTree = false

    init(statements: [StatementSource]) {
        // Drops and `ALTER TABLE IF EXISTS` are read in file order first (pg_dump's clean preamble).
        (self.statements, diagnostics) = DropReader(statements: statements).read()
        lastReaders = Dictionary(self.statements.map { ($0.identity, Self.lastReader(of: $0)) }, uniquingKeysWith: max)
        // Every database has the public schema, with its comment unless someone changed it.
        model = SchemaModel.emptyDatabase
    }

    mutating func build() {
        for statement in statements {
            do { try declareNames(statement) } catch { diagnostics.append(error) }
        }
        extensionTypeSchemas = ExtensionObjects.schemas(ExtensionObjects.typesByExtension, of: model.extensions, defaultSchema: "public")
        extensionObjectSchemas = ExtensionObjects.schemas(ExtensionObjects.operatorClassesByExtension, of: model.extensions,
                                                          defaultSchema: "public")
            .merging(ExtensionObjects.schemas(ExtensionObjects.functionsByExtension, of: model.extensions, defaultSchema: "public"),
                     uniquingKeysWith: { first, _ in first })
        checkEnumSchemas()
        // Domains once every type name is known: a domain may be over an enum or domain declared later.
        for statement in statements where statement.kind == "CreateDomainStmt" {
            do { try addDomain(statement) } catch { diagnostics.append(error) }
        }
        addTypes()
        addTablesAndColumnChanges()
        guard !refusedPendingTree else { return }
        finished(.tables)
        resolveTableHierarchy()
        finished(.hierarchy)
        addViews()
        finished(.views)
        for statement in statements(readBy: .dependents) where !Self.lateKinds.contains(statement.kind ?? "") {
            guard parseAndCheckPendingTree(statement, readBy: .dependents) else { refusedPendingTree = true; return }
            do { try addDependent(statement) } catch { diagnostics.append(error) }
            finished(.dependents, with: statement)
        }
        finished(.dependents)
        for statement in statements where statement.kind == "AlterTableStmt" && statement.node.body?.objtype == "OBJECT_TABLE" {
            do { try TriggerFiringReader(source: statement, resolver: normalizer(for: statement).resolver).apply(statement.node.body ?? .null, to: &model) }
            catch { diagnostics.append(error) }
        }
        finished(.triggerFiring)
        // Every object a grant or comment can name is declared by now.
        let accessLookups = AccessLookups(model)
        addAccessControl(lookups: accessLookups)
        finished(.access)
        // Comments last: they may be on anything declared anywhere. LIKE ... INCLUDING COMMENTS copies those above it.
        for statement in statements(readBy: .comments) where statement.kind == "CommentStmt" || statement.kind == "CreateStmt" {
            if statement.kind == "CreateStmt" { addLikeComments(statement); continue }
            do { try addComment(statement, lookups: accessLookups) } catch { diagnostics.append(error) }
        }
        finished(.comments)
        model.canonicalizeTableSettings()
        addRenameHints()
        guard diagnostics.isEmpty else { return }
        do { try resolveForeignKeys() } catch { diagnostics.append(error) }
        diagnostics += ColumnReferenceCheck(model: model).problems()
    }

    func normalizer(for statement: StatementSource) -> ExpressionNormalizer {
        ExpressionNormalizer(resolver: NameResolver(searchPath: statement.searchPath, userTypes: userTypes, userFunctions: userFunctions,
                                                    userSequences: userSequences, extensionTypeSchemas: extensionTypeSchemas,
                                                    extensionObjectSchemas: extensionObjectSchemas),
                             parts: expressionParts)
    }

    /// Pass 1: schemas and types, and a verdict on every statement kind.
    private mutating func declareNames(_ statement: StatementSource) throws(Diagnostic) {
        switch statement.pending {
        case .table(let name):
            declaredTables.insert(NameResolver(searchPath: statement.searchPath).qualifyRelation(name))
            return
        case .index: return
        case nil: break
        }
        let node = statement.node
        guard let kind = node.kind, let body = node.body else { return }
        if try declareKind(statement) { return }
        switch kind {
        case "CreateSchemaStmt":
            guard let name = body.schemaname else {
                throw statement.diagnostic(at: node, "CREATE SCHEMA needs a name (AUTHORIZATION alone is not supported)")
            }
            if !body.schemaElts.isEmpty {
                throw statement.diagnostic(at: node, "CREATE SCHEMA with embedded statements is not supported yet",
                                           hint: "write the schema's objects as separate statements")
            }
            guard model.schemas[name] == nil || SchemaModel.builtinSchemas.contains(name) || body.if_not_exists else {
                throw statement.diagnostic(at: node, "schema \"\(name)\" is declared twice")
            }
            model.schemas[name] = NamedSchema(name: name)
        case "CreateDomainStmt":
            userTypes.insert(NameResolver(searchPath: statement.searchPath).qualifyRelation(body.domainname.nameList))
        case "CreateEnumStmt":
            let resolver = NameResolver(searchPath: statement.searchPath)
            let name = resolver.qualifyRelation(body.typeName?.nameList ?? [])
            guard model.enums[name] == nil else { throw statement.diagnostic(at: node, "type \(name) is declared twice") }
            let labels = body.vals.compactMap(\.stringValue)
            model.enums[name] = EnumType(name: name, labels: labels)
            userTypes.insert(name)
        case "CreateExtensionStmt":
            let name = body.extname?.string ?? ""
            var definition = ExtensionDefinition(name: name)
            for option in body.options?.array ?? [] {
                let element = option.body("DefElem") ?? option
                switch element.defname {
                case "schema": definition.schema = element.arg?.stringValue
                case "new_version": definition.version = element.arg?.stringValue
                case "cascade": break
                default: throw statement.diagnostic(at: option, "CREATE EXTENSION option \(element.defname ?? "") is not supported")
                }
            }
            guard !ExtensionDefinition.builtin.contains(name) else { break }
            guard model.extensions[name] == nil || body.if_not_exists else {
                throw statement.diagnostic(at: node, "extension \(name) is declared twice")
            }
            model.extensions[name] = definition
        case "CreateSeqStmt":
            let sequence = try SequenceBuilder(source: statement, resolver: NameResolver(searchPath: statement.searchPath)).create(body)
            guard model.sequences[sequence.name] == nil || body.if_not_exists else {
                throw statement.diagnostic(at: body.sequence, "sequence \(sequence.name) is declared twice")
            }
            model.sequences[sequence.name] = sequence
            userSequences.insert(sequence.name)
        case "CreateStmt":
            declaredTables.insert(NameResolver(searchPath: statement.searchPath).qualifyRelation(rangeVar: body.relation ?? .null))
        case "IndexStmt", "AlterTableStmt", "AlterSeqStmt", "CommentStmt":
            break
        case "CreateFunctionStmt":
            userFunctions.insert(NameResolver(searchPath: statement.searchPath).qualifyRelation(body.funcname.nameList))
        case "CreateTrigStmt":
            break
        case "DefineStmt" where body.kindField == "OBJECT_OPERATOR":
            let parts = body.defnames.nameList
            declaredOperatorSymbols.insert(NameResolver(searchPath: statement.searchPath).qualifyRelation(parts))
        case "GrantStmt", "CreatePolicyStmt", "AlterDefaultPrivilegesStmt":
            break  // once every object exists (ModelBuilder+Access)
        case "ViewStmt":
            break  // built after tables (ModelBuilder+Views)
        case "CreateTableAsStmt" where body.objtype == "OBJECT_MATVIEW":
            break
        case "AlterOwnerStmt":
            break  // ownership is about roles, which monolayer leaves to the database administrator
        case _ where StatementKinds.ignored.contains(kind):
            break
        case _ where StatementKinds.notSchema[kind] != nil:
            throw statement.diagnostic(
                atByte: statement.startOffset, "\(StatementKinds.notSchema[kind]!) is not a schema statement",
                hint: StatementKinds.dataHint)
        default:
            throw statement.diagnostic(
                atByte: statement.startOffset, "\(Self.describe(kind)) is not supported in schema files yet",
                hint: "monolayer refuses what it cannot model rather than skip it; remove the statement or wait for support")
        }
    }

    private mutating func addDomain(_ statement: StatementSource) throws(Diagnostic) {
        let domain = try DomainBuilder(source: statement, normalizer: normalizer(for: statement)).build(statement.node.body ?? .null)
        guard model.domains[domain.name] == nil, model.enums[domain.name] == nil else {
            throw statement.diagnostic(at: statement.node.body?.typeName, "type \(domain.name) is declared twice")
        }
        try requireSchema(of: domain.name, statement, atByte: Self.typeNameOffset(statement))
        model.domains[domain.name] = domain
    }

    /// Pass 2: tables.
    mutating func addTable(_ statement: StatementSource) throws(Diagnostic) {
        let (table, serialSequences) = try buildTable(statement)
        for sequence in serialSequences {
            guard model.sequences[sequence.name] == nil else {
                throw statement.diagnostic(at: statement.node.body?.relation, "sequence \(sequence.name) of a serial column is declared twice")
            }
            model.sequences[sequence.name] = sequence
        }
        let relation = statement.node.body?.relation
        try requireSchema(of: table.name, statement, atByte: relation?.body?.location?.int ?? relation?.location?.int)
        guard model.tables[table.name] == nil else {
            throw statement.diagnostic(at: statement.node.body?.relation, "table \(table.name) is declared twice")
        }
        model.tables[table.name] = table
        tableNames.insert(table.name)
    }

    /// The table a statement declares, with the sequences of its serial columns. A function of its own so
    /// that the builder, whose LIKE lookup holds a copy of this model builder, is gone before `addTable`
    /// inserts the table: while that copy lives, the insertion copies every table declared so far, which
    /// made reading N tables take time in N squared.
    private func buildTable(_ statement: StatementSource) throws(Diagnostic) -> (Table, [SequenceDefinition]) {
        var builder = TableBuilder(source: statement, normalizer: normalizer(for: statement))
        builder.collations = Set(model.collations.keys)
        let current = self
        builder.likeSource = { current.likeSource($0) }
        let table = try builder.build(statement.node.body ?? .null)
        return (table, builder.serialSequences)
    }

    /// The last pass: a comment, on anything declared anywhere.
    private mutating func addComment(_ statement: StatementSource, lookups: AccessLookups) throws(Diagnostic) {
        guard let body = statement.node.body else { return }
        // Comments on the always-present extension plpgsql (pg_dump writes one) are not the user's.
        if body.objtype == "OBJECT_EXTENSION", ExtensionDefinition.builtin.contains(body.objectField?.stringValue ?? "") { return }
        try CommentReader(source: statement, resolver: normalizer(for: statement).resolver, lookups: lookups).apply(body, to: &model)
    }

    /// Pass 3: indexes and `ALTER TABLE ... ADD CONSTRAINT` (as pg_dump writes constraints).
    private mutating func addDependent(_ statement: StatementSource) throws(Diagnostic) {
        guard let kind = statement.kind, let body = statement.node.body else { return }
        switch kind {
        case "CreateStmt":
            try addLikeDependents(statement)
        case "IndexStmt":
            // PostgreSQL names an unnamed index after its table and keys, avoiding every relation of the schema.
            let taken = body.idxname == nil
                ? relationNames(in: normalizer(for: statement).resolver.qualifyRelation(rangeVar: body.relation ?? .null).schema) : []
            let base = normalizer(for: statement)
            let relation = body.relation ?? .null
            let tableName = base.resolver.qualifyRelation(rangeVar: relation)
            let indexNormalizer = model.tables[tableName].map { base.with(columns: $0.columns) } ?? base
            let index = try IndexBuilder(source: statement, normalizer: indexNormalizer).build(body, existingNames: taken)
            let relationColumns: [String]
            if let table = model.tables[index.table] { relationColumns = table.columns.map(\.name) }
            else if let view = model.views[index.table], view.materialized { relationColumns = view.outputColumns }
            else {
                throw statement.diagnostic(at: body.relation, "index \(index.name) is on table \(index.table), which is not declared")
            }
            if let missing = index.columnNames.first(where: { !relationColumns.contains($0) }) {
                throw statement.diagnostic(at: body.relation, "index \(index.name) uses column \"\(missing)\", which \(index.table) does not have")
            }
            guard model.indexes[index.qualifiedName] == nil else {
                throw statement.diagnostic(at: body.relation, "index \(index.qualifiedName) is declared twice")
            }
            model.indexes[index.qualifiedName] = index
        case "AlterTableStmt" where body.objtype == "OBJECT_TYPE":
            try alterComposite(statement, body)
        case "AlterTableStmt":
            try AlterTableReader(source: statement, normalizer: normalizer(for: statement)).apply(body, to: &model)
        case "CreateFunctionStmt":
            try addFunction(statement, body)
        case "DefineStmt" where body.kindField == "OBJECT_AGGREGATE":
            try addAggregate(statement, body)
        case "CreateTrigStmt":
            try addTrigger(statement, body)
        case "DefineStmt" where body.kindField == "OBJECT_OPERATOR":
            let definition = try OperatorBuilder(source: statement, normalizer: normalizer(for: statement),
                                                 declaredSymbols: declaredOperatorSymbols).build(body)
            guard model.operators[definition.identity] == nil else {
                throw statement.diagnostic(at: statement.node, "operator \(definition.identity) is declared twice")
            }
            model.operators[definition.identity] = definition
        case "AlterSeqStmt":
            let resolver = NameResolver(searchPath: statement.searchPath)
            let relation = body.sequence ?? .null
            let name = resolver.qualifyRelation(rangeVar: relation)
            guard let sequence = model.sequences[name] else {
                throw statement.diagnostic(at: relation, "ALTER SEQUENCE names \(name), which is not declared")
            }
            model.sequences[name] = try SequenceBuilder(source: statement, resolver: resolver)
                .apply(body.options?.array ?? [], to: sequence, creating: false)
        default:
            return
        }
    }

    /// `REFERENCES t` without columns means t's primary key; the catalog always names the columns.
    private mutating func resolveForeignKeys() throws(Diagnostic) {
        for (tableName, table) in model.tables {
            for (constraintName, constraint) in table.constraints {
                guard case .foreignKey(var key) = constraint.kind, key.referencedColumns.isEmpty else { continue }
                let target = model.tables[key.referencedTable]
                guard let primaryKey = target?.constraints.values.first(where: {
                    if case .primaryKey = $0.kind { return true } else { return false }
                }) else {
                    throw Diagnostic(file: "schema files", line: 0, column: 0,
                                     message: "foreign key \(constraintName) on \(tableName) references \(key.referencedTable), which has no primary key",
                                     sourceLine: "")
                }
                key.referencedColumns = primaryKey.columns
                model.tables[tableName]?.constraints[constraintName]?.kind = .foreignKey(key)
            }
        }
    }

    /// Statement names for messages, where the parse node's name does not say it plainly.
    static let statementNames: [String: String] = [
        "CreateStmt": "CREATE TABLE", "IndexStmt": "CREATE INDEX", "AlterTableStmt": "ALTER TABLE",
        "CreateSchemaStmt": "CREATE SCHEMA", "CreateEnumStmt": "CREATE TYPE",
        "ViewStmt": "CREATE VIEW", "CreateSeqStmt": "CREATE SEQUENCE", "AlterSeqStmt": "ALTER SEQUENCE",
        "CreateTrigStmt": "CREATE TRIGGER", "AlterEnumStmt": "ALTER TYPE", "CreateFunctionStmt": "CREATE FUNCTION",
        "CreateTableAsStmt": "CREATE TABLE AS", "CreateExtensionStmt": "CREATE EXTENSION",
        "CompositeTypeStmt": "CREATE TYPE (composite)", "CreateRangeStmt": "CREATE TYPE (range)",
        "CreateDomainStmt": "CREATE DOMAIN", "CommentStmt": "COMMENT", "GrantStmt": "GRANT/REVOKE",
        "AlterDefaultPrivilegesStmt": "ALTER DEFAULT PRIVILEGES", "CreatePolicyStmt": "CREATE POLICY",
        "RuleStmt": "CREATE RULE", "DefineStmt": "CREATE AGGREGATE/OPERATOR/COLLATION", "DropStmt": "DROP",
        "RenameStmt": "ALTER ... RENAME", "AlterOwnerStmt": "ALTER ... OWNER", "CreateRoleStmt": "CREATE ROLE",
        "AlterObjectSchemaStmt": "ALTER ... SET SCHEMA", "CreateEventTrigStmt": "CREATE EVENT TRIGGER",
        "AlterFunctionStmt": "ALTER FUNCTION", "CreateCastStmt": "CREATE CAST", "AlterDomainStmt": "ALTER DOMAIN",
        "CreateStatsStmt": "CREATE STATISTICS", "CreatePublicationStmt": "CREATE PUBLICATION",
        "CreateSubscriptionStmt": "CREATE SUBSCRIPTION", "CreateTableSpaceStmt": "CREATE TABLESPACE",
        "CreatedbStmt": "CREATE DATABASE", "AlterTSConfigurationStmt": "ALTER TEXT SEARCH CONFIGURATION",
    ]

    /// `CreateFunctionStmt` → "CREATE FUNCTION statement" for messages.
    static func describe(_ kind: String) -> String {
        if let name = statementNames[kind] { return name + " statement" }
        var words: [String] = []
        var current = ""
        for character in kind.replacingOccurrences(of: "Stmt", with: "") {
            if character.isUppercase, !current.isEmpty { words.append(current); current = "" }
            current.append(character)
        }
        if !current.isEmpty { words.append(current) }
        return words.joined(separator: " ").uppercased() + " statement"
    }
}
