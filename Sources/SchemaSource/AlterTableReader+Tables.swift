import SchemaModel
import SQLTree

/// The ALTER TABLE / ALTER INDEX forms of SPEC section 6 that schema files (and pg_dump) use to declare
/// partitions, statistics targets and storage settings.
extension AlterTableReader {
    static let settingCommands: Set<String> = [
        "AT_SetStatistics", "AT_SetOptions", "AT_ResetOptions", "AT_SetStorage", "AT_SetCompression",
        "AT_SetRelOptions", "AT_ResetRelOptions",
    ]

    /// Column commands PostgreSQL applies to partitions and inheritance children too unless `ONLY` is written.
    static let recursiveCommands: Set<String> = [
        "AT_ColumnDefault", "AT_SetNotNull", "AT_DropNotNull", "AT_SetStatistics", "AT_SetOptions", "AT_ResetOptions",
        "AT_SetStorage", "AT_SetCompression",
    ]

    func applySetting(_ command: Node, to table: inout Table, at node: Node) throws(Diagnostic) {
        let subtype = command.subtype ?? ""
        let items = command.def?.body("List")?.items ?? command.def?.array ?? []
        switch subtype {
        case "AT_SetRelOptions":
            for (key, value) in try OptionList.read(items, source: source, what: "storage parameters") { table.storageParameters[key] = value }
            return
        case "AT_ResetRelOptions":
            for key in OptionList.names(items) { table.storageParameters[key] = nil }
            return
        default: break
        }
        let columnName = command.name?.string ?? ""
        guard let index = table.columns.firstIndex(where: { $0.name == columnName }) else {
            if command.num != nil { throw source.diagnostic(at: node, "ALTER TABLE ... ALTER COLUMN takes a column name, not a number") }
            throw source.diagnostic(at: node, "column \"\(columnName)\" of \(table.name) is not declared")
        }
        switch subtype {
        case "AT_SetStatistics":
            table.columns[index].settings.statistics = try statisticsTarget(command.def, at: node)
        case "AT_SetOptions":
            for (key, value) in try OptionList.read(items, source: source, what: "column options") { table.columns[index].settings.options[key] = value }
        case "AT_ResetOptions":
            for key in OptionList.names(items) { table.columns[index].settings.options[key] = nil }
        case "AT_SetStorage":
            table.columns[index].settings.storage = command.def?.stringValue?.uppercased()
        default:  // AT_SetCompression
            let method = command.def?.stringValue?.lowercased()
            table.columns[index].settings.compression = method == "default" ? nil : method
        }
    }

    /// `SET STATISTICS n`; -1 and `DEFAULT` mean the default (nil).
    func statisticsTarget(_ definition: Node?, at node: Node) throws(Diagnostic) -> Int? {
        guard let definition else { return nil }
        guard let integer = definition.body("Integer") else { throw source.diagnostic(at: node, "SET STATISTICS needs an integer") }
        let value = integer.ival?.int ?? 0
        return value < 0 ? nil : value
    }

    /// `ALTER TABLE [ONLY] parent ATTACH PARTITION child FOR VALUES ...` (pg_dump's spelling of a partition):
    /// sets the child's bound; the other commands are returned for the caller.
    func attachPartitions(_ commands: [Node], parent: QualifiedName, to model: inout SchemaModel) throws(Diagnostic) -> [Node] {
        var remaining: [Node] = []
        for command in commands {
            let body = command.body("AlterTableCmd") ?? command
            guard body.subtype == "AT_AttachPartition", let partition = body.def?.body("PartitionCmd") else {
                remaining.append(command)
                continue
            }
            let childName = normalizer.resolver.qualifyRelation(rangeVar: partition.name ?? .null)
            guard model.tables[parent]?.partitionKey != nil else {
                throw source.diagnostic(at: command, "\(parent) is not partitioned (it has no PARTITION BY)")
            }
            guard model.tables[childName] != nil else {
                throw source.diagnostic(at: partition.name, "ATTACH PARTITION names \(childName), which is not declared")
            }
            guard model.tables[childName]?.partitionOf == nil else {
                throw source.diagnostic(at: partition.name, "\(childName) is already a partition")
            }
            model.tables[childName]?.partitionOf = try PartitionReader(source: source, normalizer: normalizer)
                .bound(partition.bound ?? .null, parent: parent)
            // pg_dump writes the parent's CHECK constraints into each partition's CREATE TABLE; ATTACH merges
            // them into the parent's (no longer the partition's own, conislocal false), as the catalog says.
            for (name, constraint) in model.tables[parent]?.constraints ?? [:] {
                guard case .check = constraint.kind, case .check? = model.tables[childName]?.constraints[name]?.kind else { continue }
                model.tables[childName]?.constraints[name] = nil
            }
        }
        return remaining
    }

    /// Without `ONLY`, column commands reach every partition and inheritance child, as in PostgreSQL.
    func recurse(_ commands: [Node], from parent: QualifiedName, in model: inout SchemaModel) throws(Diagnostic) {
        let recursive = commands.filter { Self.recursiveCommands.contains(($0.body("AlterTableCmd") ?? $0).subtype ?? "") }
        guard !recursive.isEmpty else { return }
        for childName in model.tables.values.filter({ $0.partitionOf?.parent == parent || $0.inherits.contains(parent) }).map(\.name).sorted() {
            guard var child = model.tables[childName] else { continue }
            for command in recursive { try apply(command.body("AlterTableCmd") ?? command, to: &child, at: command) }
            model.tables[childName] = child
            try recurse(recursive, from: childName, in: &model)
        }
    }

    /// `ALTER INDEX parent_idx ATTACH PARTITION child_idx` (pg_dump writes one per partition index): the
    /// child index, or the constraint it backs, becomes PostgreSQL's derived copy of the parent's and
    /// leaves the model, as the catalog side leaves out indexes attached to a parent index.
    /// `ALTER INDEX i ALTER COLUMN 1 SET STATISTICS n` and `SET (...)` set the index's own settings.
    func applyToIndex(_ body: Node, to model: inout SchemaModel) throws(Diagnostic) {
        let relation = body.relation ?? .null
        let name = normalizer.resolver.qualifyRelation(rangeVar: relation)
        for command in body.cmds {
            let cmd = command.body("AlterTableCmd") ?? command
            let items = cmd.def?.body("List")?.items ?? []
            switch cmd.subtype ?? "" {
            case "AT_ChangeOwner": continue
            case "AT_AttachPartition":
                let childName = normalizer.resolver.qualifyRelation(rangeVar: cmd.def?.body("PartitionCmd")?.name ?? .null)
                guard model.indexes[name] != nil || model.constraintIndexTable(name) != nil else {
                    throw source.diagnostic(at: relation, "ALTER INDEX names \(name), which is not declared")
                }
                if model.indexes.removeValue(forKey: childName) != nil { continue }
                guard let table = model.constraintIndexTable(childName) else {
                    throw source.diagnostic(at: command, "ATTACH PARTITION names index \(childName), which is not declared")
                }
                model.tables[table]?.constraints[childName.name] = nil
            case "AT_SetStatistics":
                guard var index = model.indexes[name] else { throw source.diagnostic(at: relation, "ALTER INDEX names \(name), which is not declared") }
                guard let position = cmd.num, position >= 1, position <= index.keys.count else {
                    throw source.diagnostic(at: command, "ALTER INDEX ... ALTER COLUMN takes the number of one of the index's keys")
                }
                guard case .expression = index.keys[position - 1].target else {
                    throw source.diagnostic(at: command, "column \(position) of index \(name) is a plain column: set its statistics target on the table's column",
                                            hint: "PostgreSQL keeps statistics targets on index expressions only")
                }
                index.columnStatistics[position] = try statisticsTarget(cmd.def, at: command)
                model.indexes[name] = index
            case "AT_SetRelOptions", "AT_ResetRelOptions":
                guard var index = model.indexes[name] else { throw source.diagnostic(at: relation, "ALTER INDEX names \(name), which is not declared") }
                if cmd.subtype == "AT_SetRelOptions" {
                    for (key, value) in try OptionList.read(items, source: source, what: "storage parameters") { index.storageParameters[key] = value }
                } else {
                    for key in OptionList.names(items) { index.storageParameters[key] = nil }
                }
                model.indexes[name] = index
            default:
                throw source.diagnostic(at: command, "ALTER INDEX \((cmd.subtype ?? "").replacingOccurrences(of: "AT_", with: "")) is not supported in schema files",
                                        hint: "declare the index as it should be; monolayer writes the ALTER statements")
            }
        }
    }
}

extension SchemaModel {
    /// The table whose primary key or unique constraint has this (index) name.
    func constraintIndexTable(_ name: QualifiedName) -> QualifiedName? {
        tables.values.first { table in
            table.name.schema == name.schema && table.constraints[name.name].map { constraint in
                switch constraint.kind {
                case .primaryKey, .unique: return true
                default: return false
                }
            } == true
        }?.name
    }
}

extension AlterTableReader {
    /// `ALTER VIEW v SET (security_invoker = true)`, `ALTER MATERIALIZED VIEW m SET (fillfactor = 70)` and
    /// their `RESET`: the view's options as the catalog holds them afterwards.
    func applyToView(_ body: Node, to model: inout SchemaModel) throws(Diagnostic) {
        let relation = body.relation ?? .null
        let name = normalizer.resolver.qualifyRelation(rangeVar: relation)
        guard var view = model.views[name], view.materialized == (body.objtype == "OBJECT_MATVIEW") else {
            throw source.diagnostic(at: relation, "ALTER \(body.objtype == "OBJECT_MATVIEW" ? "MATERIALIZED VIEW" : "VIEW") names \(name), which is not declared as one")
        }
        var options = Dictionary(view.options.map { option -> (String, String) in
            let parts = option.split(separator: "=", maxSplits: 1).map(String.init)
            return (parts[0], parts.count > 1 ? parts[1] : "")
        }, uniquingKeysWith: { _, last in last })
        for command in body.cmds {
            let fields = command.body("AlterTableCmd") ?? command
            let items = fields.def?.body("List")?.items ?? fields.def?.array ?? []
            switch fields.subtype ?? "" {
            case "AT_SetRelOptions":
                let set = view.materialized
                    ? try OptionList.read(items, source: source, what: "storage parameters").map { "\($0.key)=\($0.value)" }
                    : try ViewBuilder(source: source, normalizer: normalizer, lookups: ViewLookups(columns: { _ in nil })).viewOptions(items)
                for option in set {
                    let parts = option.split(separator: "=", maxSplits: 1).map(String.init)
                    options[parts[0]] = parts.count > 1 ? parts[1] : ""
                }
            case "AT_ResetRelOptions":
                for key in OptionList.names(items) { options[key] = nil }
            case "AT_ChangeOwner":
                continue
            case let other:
                throw source.diagnostic(at: command, "ALTER VIEW \(other.replacingOccurrences(of: "AT_", with: "")) is not supported in schema files",
                                        hint: "declare the view as it should be")
            }
        }
        view.setOptions(options.map { "\($0.key)=\($0.value)" })
        model.views[name] = view
    }
}
