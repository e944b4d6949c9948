import SchemaModel

/// Follows the desired model's rename hints. A hint applies when its old name exists in the current
/// model and not in the desired one, and the new name does not exist yet; when the new name exists
/// already the hint has been applied (nothing to do), unless the old name exists too, which is an
/// input error at the hint. Containers first (schemas, then relations and types, then their
/// columns, constraints, indexes and labels), each applied to the current model before the next.
struct RenameResolver {
    let desired: SchemaModel
    var resolution: RenameResolution

    init(current: SchemaModel, desired: SchemaModel) {
        self.desired = desired
        resolution = RenameResolution(current: current)
    }

    mutating func resolve() -> RenameResolution {
        for (name, schema) in Self.hinted(desired.schemas, { $0.renamedFrom.hint != nil }) {
            guard let hint = schema.renamedFrom.hint,
                  follow(hint, kind: "schema", oldExists: resolution.current.schemas[hint.old] != nil,
                         oldDesired: desired.schemas[hint.old] != nil, newExists: resolution.current.schemas[name] != nil) else { continue }
            renameSchema(hint.old, to: name)
        }
        resolveRelations()
        for (name, table) in Self.hinted(desired.tables, \.hasPartHints) { resolveParts(of: table, name) }
        resolveIndexes()
        for (name, type) in Self.hinted(desired.enums, { !$0.renamedLabels.isEmpty }) { resolveLabels(of: type, name) }
        return resolution
    }

    private mutating func resolveRelations() {
        relation(\.tables) { .table(from: $0, to: $1.name) }
        for (name, view) in Self.hinted(desired.views, { $0.renamedFrom.hint != nil }) {
            guard let hint = view.renamedFrom.hint, let old = resolution.current.views[hint.old], old.materialized == view.materialized,
                  follow(hint, kind: "view", oldExists: true, oldDesired: desired.views[hint.old] != nil,
                         newExists: resolution.current.views[name] != nil) else { continue }
            apply(.view(from: hint.old, to: name.name, materialized: view.materialized), old: hint.old, new: name)
        }
        relation(\.enums) { .type(from: $0, to: $1.name, kind: .enumType) }
        relation(\.domains) { .type(from: $0, to: $1.name, kind: .domain) }
        relation(\.composites) { .type(from: $0, to: $1.name, kind: .composite) }
    }

    /// Tables and types: the same rule, over one map of each model.
    private mutating func relation<Value: Renamable>(_ kind: KeyPath<SchemaModel, ObjectMap<QualifiedName, Value>>,
                                                     _ make: (QualifiedName, QualifiedName) -> Rename) {
        let wanted = desired[keyPath: kind]
        for (name, object) in Self.hinted(wanted, { $0.renamedFrom.hint != nil }) {
            let existing = resolution.current[keyPath: kind]
            guard let hint = object.renamedFrom.hint,
                  follow(hint, kind: Value.kindName, oldExists: existing[hint.old] != nil, oldDesired: wanted[hint.old] != nil,
                         newExists: existing[name] != nil) else { continue }
            apply(make(hint.old, name), old: hint.old, new: name)
        }
    }

    private mutating func resolveParts(of table: Table, _ name: QualifiedName) {
        for column in table.columns {
            guard let hint = column.renamedFrom.hint, let existing = resolution.current.tables[name],
                  follow(hint, kind: "column", oldExists: existing.column(named: hint.old) != nil,
                         oldDesired: table.column(named: hint.old) != nil, newExists: existing.column(named: column.name) != nil) else { continue }
            resolution.renames.append(.column(table: name, from: hint.old, to: column.name))
            resolution.current.renameColumn(on: name, from: hint.old, to: column.name)
        }
        for (_, constraint) in Self.hinted(table.constraints, { $0.renamedFrom.hint != nil }) {
            guard let hint = constraint.renamedFrom.hint, let existing = resolution.current.tables[name],
                  follow(hint, kind: "constraint", oldExists: existing.constraints[hint.old] != nil,
                         oldDesired: table.constraints[hint.old] != nil, newExists: existing.constraints[constraint.name] != nil) else { continue }
            resolution.renames.append(.constraint(table: name, from: hint.old, to: constraint.name))
            resolution.current.renameConstraint(on: name, from: hint.old, to: constraint.name)
        }
    }

    private mutating func resolveIndexes() {
        for (name, index) in Self.hinted(desired.indexes, { $0.renamedFrom.hint != nil }) {
            guard let hint = index.renamedFrom.hint else { continue }
            let old = QualifiedName(name.schema, hint.old)
            let existing = resolution.current.indexes[old]
            guard follow(hint, kind: "index", oldExists: existing != nil, oldDesired: desired.indexes[old] != nil,
                         newExists: resolution.current.indexes[name] != nil) else { continue }
            // An index keeps its table; one on another table is a new index.
            guard existing?.table == index.table else { continue }
            resolution.renames.append(.index(table: index.table, from: hint.old, to: name.name))
            resolution.current.renameIndex(old, to: name.name)
        }
    }

    private mutating func resolveLabels(of type: EnumType, _ name: QualifiedName) {
        for label in type.labels {
            guard let hint = type.renamedLabels[label], let existing = resolution.current.enums[name],
                  follow(hint, kind: "enum value", oldExists: existing.labels.contains(hint.old),
                         oldDesired: type.labels.contains(hint.old), newExists: existing.labels.contains(label)) else { continue }
            resolution.renames.append(.enumValue(type: name, from: hint.old, to: label))
            resolution.current.enums[name]?.labels = existing.labels.map { $0 == hint.old ? label : $0 }
        }
    }

    /// The objects that carry a hint, in name order. Most carry none: sorting only these keeps resolving
    /// cheap on a large schema.
    private static func hinted<Key: Comparable, Value, Objects: Sequence<(key: Key, value: Value)>>(
        _ objects: Objects, _ hasHint: (Value) -> Bool
    ) -> [(key: Key, value: Value)] {
        objects.filter { hasHint($0.value) }.sorted { $0.key < $1.key }
    }

    /// Whether the hint asks for a rename now; records the problem when both names exist.
    private mutating func follow<Name>(_ hint: RenameHint<Name>, kind: String, oldExists: Bool, oldDesired: Bool, newExists: Bool) -> Bool {
        if oldExists, newExists {
            resolution.problems.append(RenameProblem(
                origin: hint.origin,
                message: "this \(kind) is marked as renamed from \(hint.old), but the database has both names",
                hint: "drop one of them first, or remove the `-- monolayer: renamed from` comment"))
            return false
        }
        return oldExists && !oldDesired
    }

    private mutating func renameSchema(_ old: String, to new: String) {
        let leftBehind = resolution.current.objectsNotRenamedWithSchema(old)
        guard leftBehind.isEmpty else {
            resolution.problems.append(RenameProblem(
                origin: desired.schemas[new]!.renamedFrom.hint!.origin,
                message: "renaming schema \(old) is not supported while it holds \(leftBehind.joined(separator: ", "))",
                hint: "move those objects out first, or create the new schema and move objects one by one"))
            return
        }
        resolution.renames.append(.schema(from: old, to: new))
        resolution.current.schemas[old] = nil
        resolution.current.schemas[new] = NamedSchema(name: new)
        if let comment = resolution.current.comments.removeValue(forKey: .schema(old)) { resolution.current.comments[.schema(new)] = comment }
        if let grants = resolution.current.privileges.removeValue(forKey: .schema(old)) { resolution.current.privileges[.schema(new)] = grants }
        resolution.current.mapNames { $0.schema == old ? QualifiedName(new, $0.name) : $0 }
    }

    private mutating func apply(_ rename: Rename, old: QualifiedName, new: QualifiedName) {
        resolution.renames.append(rename)
        resolution.current.mapNames { $0 == old ? new : $0 }
    }
}

/// Objects renamed with `ALTER ... RENAME TO` and matched by qualified name.
protocol Renamable { var renamedFrom: RenameIntent<QualifiedName> { get }; static var kindName: String { get } }
extension Table: Renamable { static var kindName: String { "table" } }
extension EnumType: Renamable { static var kindName: String { "type" } }
extension DomainType: Renamable { static var kindName: String { "type" } }
extension CompositeType: Renamable { static var kindName: String { "type" } }

extension Table {
    /// Whether a column or constraint of the table carries a rename hint.
    var hasPartHints: Bool {
        columns.contains { $0.renamedFrom.hint != nil } || constraints.values.contains { $0.renamedFrom.hint != nil }
    }
}

extension SchemaModel {
    /// Kinds in `schema` that the renaming of the current model does not follow (their names and
    /// signatures are not rewritten), so a schema rename is refused rather than planned wrong.
    func objectsNotRenamedWithSchema(_ schema: String) -> [String] {
        var kinds: [String] = []
        if functions.keys.contains(where: { $0.name.schema == schema }) { kinds.append("functions") }
        if aggregates.keys.contains(where: { $0.name.schema == schema }) { kinds.append("aggregates") }
        if operators.keys.contains(where: { $0.name.schema == schema }) { kinds.append("operators") }
        if collations.keys.contains(where: { $0.schema == schema }) { kinds.append("collations") }
        if ranges.keys.contains(where: { $0.schema == schema }) { kinds.append("range types") }
        if textSearchConfigurations.keys.contains(where: { $0.schema == schema }) { kinds.append("text search configurations") }
        if extensions.values.contains(where: { $0.schema == schema }) { kinds.append("extensions") }
        return kinds
    }
}
