import SchemaModel

/// Drops and adds in one change that look like renames: a table dropped and another created in the same
/// schema with the same columns (names and types, in order); in a table both sides keep, exactly one
/// column dropped and one added, of the same type. Only suggestions: the differ renames on a hint, never
/// on a guess; `sync` asks about these on a terminal and, told yes, plans them as if hinted.
public enum RenameCandidates {
    public static func find(current: SchemaModel, desired: SchemaModel) -> [Rename] {
        tables(current: current, desired: desired) + columns(current: current, desired: desired)
    }

    private static func tables(current: SchemaModel, desired: SchemaModel) -> [Rename] {
        var dropped = current.tables.values.filter { desired.tables[$0.name] == nil && !isRenameSource($0.name, in: desired) }
            .sorted { $0.name < $1.name }
        var renames: [Rename] = []
        for table in desired.tables.values.sorted(by: { $0.name < $1.name })
        where current.tables[table.name] == nil && table.renamedFrom.old == nil {
            let matches = dropped.filter { $0.name.schema == table.name.schema && signature($0) == signature(table) }
            guard matches.count == 1, let old = matches.first else { continue }
            renames.append(.table(from: old.name, to: table.name.name))
            dropped.removeAll { $0.name == old.name }
        }
        return renames
    }

    private static func columns(current: SchemaModel, desired: SchemaModel) -> [Rename] {
        var renames: [Rename] = []
        for table in desired.tables.values.sorted(by: { $0.name < $1.name }) {
            guard let old = current.tables[table.name] else { continue }
            let removed = old.columns.filter { table.column(named: $0.name) == nil }
            let added = table.columns.filter { old.column(named: $0.name) == nil }
            guard removed.count == 1, added.count == 1, added[0].renamedFrom.old == nil,
                  removed[0].type == added[0].type else { continue }
            renames.append(.column(table: table.name, from: removed[0].name, to: added[0].name))
        }
        return renames
    }

    private static func signature(_ table: Table) -> [String] { table.columns.map { $0.name + " " + $0.type.sql } }

    private static func isRenameSource(_ name: QualifiedName, in desired: SchemaModel) -> Bool {
        desired.tables.values.contains { $0.renamedFrom.old == name }
    }
}

extension SchemaModel {
    /// The model with these renames taken as hints, as if each had `-- monolayer: renamed from OLD`
    /// above it (`origin` says where the answer came from, for messages).
    public func hinting(_ renames: [Rename], origin: SourceOrigin) -> SchemaModel {
        var model = self
        for rename in renames {
            switch rename {
            case .table(let old, let new):
                model.tables[QualifiedName(old.schema, new)]?.renamedFrom = RenameIntent(RenameHint(old: old, origin: origin))
            case .column(let table, let old, let new):
                guard let index = model.tables[table]?.columns.firstIndex(where: { $0.name == new }) else { continue }
                model.tables[table]?.columns[index].renamedFrom = RenameIntent(RenameHint(old: old, origin: origin))
            default:
                continue
            }
        }
        return model
    }
}

extension Rename {
    /// The question `sync` asks, and the hint that says the same in a schema file.
    public var candidateQuestion: String {
        switch self {
        case .table(let old, let new):
            return "Table \(old.sql) is dropped and \(QualifiedName(old.schema, new).sql) created with the same columns. Rename it instead?"
        case .column(let table, let old, let new):
            return "Column \(Identifier.quote(old)) of \(table.sql) is dropped and \(Identifier.quote(new)) added with the same type. Rename it instead?"
        default:
            return "Rename?"
        }
    }

    public var candidateHint: String {
        switch self {
        case .table(let old, let new):
            return "\(QualifiedName(old.schema, new).sql) looks like a rename of \(old.sql): to rename it (keeping its rows), put `-- monolayer: renamed from \(old.sql)` directly above its CREATE TABLE."
        case .column(let table, let old, let new):
            return "\(table.sql).\(Identifier.quote(new)) looks like a rename of \(Identifier.quote(old)): to rename it (keeping its values), put `-- monolayer: renamed from \(old)` directly above the column."
        default:
            return ""
        }
    }
}
