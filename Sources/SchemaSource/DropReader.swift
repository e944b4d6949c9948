import SchemaModel
import SQLTree

/// `DROP` and `ALTER TABLE IF EXISTS` in schema files, read in file order: the preamble of `pg_dump
/// --clean [--if-exists]` drops objects that the rest of the file then declares, so at that point they
/// do not exist (on a database the dump is restored into, they are replaced) and the statements do
/// nothing. A drop of an object declared above it and declared again below (pg_dump's clean section
/// replaces placeholder views before dropping them) discards the declarations above. A drop that
/// leaves an object of the files dropped is refused (schema files declare what should exist), and so is
/// a `DROP` without `IF EXISTS` of an object the files never declare (PostgreSQL would fail on it).
struct DropReader {
    /// An object as the files name it, coarse enough to match a declaration with a drop.
    enum Key: Hashable, CustomStringConvertible {
        case relation(QualifiedName), type(QualifiedName), schema(String), `extension`(String)
        case collation(QualifiedName), textSearchConfiguration(QualifiedName), `operator`(QualifiedName)
        /// Argument types as `TypeNameRenderer` prints them; nil when the statement does not list them.
        case routine(QualifiedName, [String]?)
        case trigger(QualifiedName, String), policy(QualifiedName, String)

        var description: String {
            switch self {
            case .relation(let name): return "relation \(name)"
            case .type(let name): return "type \(name)"
            case .schema(let name): return "schema \(Identifier.quote(name))"
            case .extension(let name): return "extension \(name)"
            case .collation(let name): return "collation \(name)"
            case .textSearchConfiguration(let name): return "text search configuration \(name)"
            case .operator(let name): return "operator \(name)"
            case .routine(let name, let types): return "routine \(name)" + (types.map { "(\($0.joined(separator: ", ")))" } ?? "")
            case .trigger(let table, let name): return "trigger \(Identifier.quote(name)) on \(table)"
            case .policy(let table, let name): return "policy \(Identifier.quote(name)) on \(table)"
            }
        }

        /// The key without a routine's argument types: what a drop's candidates are looked up by.
        var coarse: Key {
            if case .routine(let name, _) = self { return .routine(name, nil) }
            return self
        }

        /// Routines match by name when either side does not list argument types.
        func matches(_ other: Key) -> Bool {
            if case .routine(let name, let types) = self, case .routine(let otherName, let otherTypes) = other {
                return name == otherName && (types == nil || otherTypes == nil || types == otherTypes)
            }
            return self == other
        }
    }

    let statements: [StatementSource]

    /// The statements left to build the model from, and the drops refused.
    func read() -> (statements: [StatementSource], diagnostics: [Diagnostic]) {
        // Most schemas have neither: the index of declarations below is made only for files that need it.
        guard statements.contains(where: Self.dropsOrSkips) else { return (statements, []) }
        // By coarse key, in file order: large dumps drop thousands of objects.
        var declarations: [Key: [(key: Key, index: Int)]] = [:]
        for (index, statement) in statements.enumerated() {
            for key in Self.declared(by: statement) { declarations[key.coarse, default: []].append((key, index)) }
        }
        var removed: Set<Int> = []
        var diagnostics: [Diagnostic] = []
        for (index, statement) in statements.enumerated() {
            guard Self.dropsOrSkips(statement), let kind = statement.kind, let body = statement.node.body else { continue }
            if kind == "AlterTableStmt" {
                // `ALTER TABLE IF EXISTS t ...` before t is declared does nothing.
                let key = Key.relation(NameResolver(searchPath: statement.searchPath).qualifyRelation(rangeVar: body.relation ?? .null))
                if !(declarations[key] ?? []).contains(where: { $0.index < index }) { removed.insert(index) }
                continue
            }
            removed.insert(index)
            for object in body.objects {
                guard let key = Self.key(dropped: object, type: body.removeType ?? "", statement) else { continue }
                let matching = (declarations[key.coarse] ?? []).filter { $0.key.matches(key) }
                let before = matching.filter { $0.index < index }
                if matching.contains(where: { $0.index > index }) {
                    removed.formUnion(before.map(\.index))
                } else if !before.isEmpty || (key == .schema("public")) {
                    diagnostics.append(statement.diagnostic(at: object, "\(key) is declared in the schema files and dropped here",
                                                            hint: "schema files declare what should exist: remove the declaration and the DROP"))
                } else if body.missing_ok != true {
                    diagnostics.append(statement.diagnostic(at: object, "DROP of \(key), which the schema files do not declare",
                                                            hint: "write DROP ... IF EXISTS (as `pg_dump --clean --if-exists` does), or remove the statement"))
                }
            }
        }
        return (statements.enumerated().filter { !removed.contains($0.offset) }.map(\.element), diagnostics)
    }

    /// A DROP, or an `ALTER TABLE IF EXISTS` (which does nothing before its table is declared).
    private static func dropsOrSkips(_ statement: StatementSource) -> Bool {
        switch statement.kind {
        case "DropStmt": return true
        case "AlterTableStmt": return statement.node.body?.missing_ok == true
        default: return false
        }
    }

    /// An index lives in its table's schema; one without a name cannot be dropped by name.
    private static func index(_ name: String?, on table: QualifiedName) -> [Key] {
        name.map { [.relation(QualifiedName(table.schema, $0))] } ?? []
    }

    /// What a statement declares, under the keys drops name.
    static func declared(by statement: StatementSource) -> [Key] {
        let resolver = NameResolver(searchPath: statement.searchPath)
        switch statement.pending {
        case .table(let name): return [.relation(resolver.qualifyRelation(name))]
        case .index(let name, let table): return index(name, on: resolver.qualifyRelation(table))
        case nil: break
        }
        guard let kind = statement.kind, let body = statement.node.body else { return [] }
        func relation(_ node: Node?) -> [Key] { [.relation(resolver.qualifyRelation(rangeVar: node ?? .null))] }
        switch (kind, body.kindField) {
        case ("CreateStmt", _): return relation(body.relation)
        case ("ViewStmt", _): return relation(body.view)
        case ("CreateTableAsStmt", _): return relation((body.into?.body("IntoClause") ?? body.into)?.rel)
        case ("CreateSeqStmt", _): return relation(body.sequence)
        case ("IndexStmt", _):
            return index(body.idxname, on: resolver.qualifyRelation(rangeVar: body.relation ?? .null))
        case ("CreateFunctionStmt", _):
            let types = body.parameters.compactMap { parameter -> String? in
                let fields = parameter.body("FunctionParameter") ?? parameter
                guard ["FUNC_PARAM_IN", "FUNC_PARAM_DEFAULT", "FUNC_PARAM_VARIADIC", "FUNC_PARAM_INOUT"]
                    .contains(fields.mode?.string ?? "FUNC_PARAM_DEFAULT") else { return nil }
                return fields.argType.map { argumentType($0, resolver) }
            }
            return [.routine(resolver.qualifyRelation(body.funcname.nameList), types)]
        case ("DefineStmt", "OBJECT_AGGREGATE"): return [.routine(resolver.qualifyRelation(body.defnames.nameList), nil)]
        case ("DefineStmt", "OBJECT_OPERATOR"): return [.operator(resolver.qualifyRelation(body.defnames.nameList))]
        case ("DefineStmt", "OBJECT_COLLATION"): return [.collation(resolver.qualifyRelation(body.defnames.nameList))]
        case ("DefineStmt", "OBJECT_TSCONFIGURATION"):
            return [.textSearchConfiguration(resolver.qualifyRelation(body.defnames.nameList))]
        case ("CreateTrigStmt", _):
            return [.trigger(resolver.qualifyRelation(rangeVar: body.relation ?? .null), body.trigname ?? "")]
        case ("CreatePolicyStmt", _):
            return [.policy(resolver.qualifyRelation(rangeVar: body.table ?? .null), body.policy_name ?? "")]
        case ("CreateSchemaStmt", _): return body.schemaname.map { [.schema($0)] } ?? []
        case ("CreateExtensionStmt", _): return body.extname?.string.map { [.extension($0)] } ?? []
        case ("CreateEnumStmt", _), ("CreateRangeStmt", _): return [.type(resolver.qualifyRelation(body.typeName?.nameList ?? []))]
        case ("CreateDomainStmt", _): return [.type(resolver.qualifyRelation(body.domainname.nameList))]
        case ("CompositeTypeStmt", _): return [.type(resolver.qualifyRelation(rangeVar: body.typevar ?? .null))]
        default: return []
        }
    }

    /// The object one element of `DROP`'s list names; nil for kinds schema files cannot declare (rules,
    /// casts, publications...), which a drop therefore never finds.
    static func key(dropped object: Node, type: String, _ statement: StatementSource) -> Key? {
        let resolver = NameResolver(searchPath: statement.searchPath)
        let names = object.body("List")?.items.nameList ?? object.nameList
        switch type {
        case "OBJECT_TABLE", "OBJECT_VIEW", "OBJECT_MATVIEW", "OBJECT_INDEX", "OBJECT_SEQUENCE":
            return .relation(resolver.qualifyRelation(names))
        case "OBJECT_TYPE", "OBJECT_DOMAIN":
            return .type(resolver.qualifyRelation((object.body("TypeName") ?? object).names.nameList))
        case "OBJECT_FUNCTION", "OBJECT_PROCEDURE", "OBJECT_ROUTINE", "OBJECT_AGGREGATE":
            let routine = object.body("ObjectWithArgs") ?? object
            let types = routine.args_unspecified || type == "OBJECT_AGGREGATE" ? nil
                : routine.objargs.map { argumentType($0, resolver) }
            return .routine(resolver.qualifyRelation(routine.objname.nameList), types)
        case "OBJECT_OPERATOR":
            return .operator(resolver.qualifyRelation((object.body("ObjectWithArgs") ?? object).objname.nameList))
        case "OBJECT_TRIGGER", "OBJECT_POLICY":
            guard let name = names.last else { return nil }
            let table = resolver.qualifyRelation(Array(names.dropLast()))
            return type == "OBJECT_TRIGGER" ? .trigger(table, name) : .policy(table, name)
        case "OBJECT_SCHEMA": return object.stringValue.map { .schema($0) }
        case "OBJECT_EXTENSION": return object.stringValue.map { .extension($0) }
        case "OBJECT_COLLATION": return .collation(resolver.qualifyRelation(names))
        case "OBJECT_TSCONFIGURATION": return .textSearchConfiguration(resolver.qualifyRelation(names))
        default: return nil
        }
    }

    private static func argumentType(_ node: Node, _ resolver: NameResolver) -> String {
        TypeNameRenderer.render((node.body("TypeName") ?? node).setting("typmods", nil), resolver: resolver).sql
    }
}
