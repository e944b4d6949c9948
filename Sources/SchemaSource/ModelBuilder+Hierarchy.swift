import SchemaModel
import SQLTree

extension ModelBuilder {
    /// After the tables pass: partitions declared `PARTITION OF` get their parent's columns, and
    /// `INHERITS` children the merged columns of their parents, as PostgreSQL copies them at creation:
    /// type, NOT NULL, default, generation expression, storage and compression; not identity (see
    /// TablePartitioning.swift), statistics targets or attribute options. Parents first, whatever the
    /// file order.
    mutating func resolveTableHierarchy() {
        var pending = Set(model.tables.values.filter { $0.partitionOf != nil || !$0.inherits.isEmpty }.map(\.name))
        guard !pending.isEmpty else { return }
        let declaredAt = Dictionary(statements(readBy: .hierarchy).filter { $0.kind == "CreateStmt" }.compactMap { statement -> (QualifiedName, StatementSource)? in
            guard let relation = statement.node.body?.relation else { return nil }
            return (normalizer(for: statement).resolver.qualifyRelation(rangeVar: relation), statement)
        }, uniquingKeysWith: { first, _ in first })
        // Topological order, the smallest name first among those whose parents are resolved (linear in the
        // tables, where searching the pending set again after each table was quadratic).
        var children: [QualifiedName: [QualifiedName]] = [:]
        var unresolvedParents: [QualifiedName: Int] = [:]
        for name in pending {
            let parents = Set(model.tables[name]?.parentNames ?? []).intersection(pending)
            unresolvedParents[name] = parents.count
            for parent in parents { children[parent, default: []].append(name) }
        }
        var ready = pending.filter { unresolvedParents[$0] == 0 }.sorted(by: >)  // smallest last, taken with popLast
        while let name = ready.popLast() {
            pending.remove(name)
            do { try resolveColumns(of: name) } catch {
                diagnostics.append(hierarchyDiagnostic(declaredAt[name], error.message))
            }
            for child in children[name] ?? [] {
                unresolvedParents[child, default: 1] -= 1
                guard unresolvedParents[child] == 0 else { continue }
                let position = ready.firstIndex { $0 < child } ?? ready.endIndex
                ready.insert(child, at: position)
            }
        }
        if let name = pending.min() {
            diagnostics.append(hierarchyDiagnostic(declaredAt[name], "\(name) inherits from itself through its parents"))
        }
    }

    private func hierarchyDiagnostic(_ statement: StatementSource?, _ message: String) -> Diagnostic {
        statement?.diagnostic(at: statement?.node.body?.relation, message)
            ?? Diagnostic(file: "schema files", line: 0, column: 0, message: message, sourceLine: "")
    }

    private mutating func resolveColumns(of name: QualifiedName) throws(HierarchyError) {
        guard var table = model.tables[name] else { return }
        let parents = try table.parentNames.map { (parent) throws(HierarchyError) -> Table in
            guard let found = model.tables[parent] else { throw HierarchyError(message: "\(name) names parent \(parent), which is not declared") }
            return found
        }
        if let bound = table.partitionOf {
            guard parents[0].partitionKey != nil else { throw HierarchyError(message: "\(bound.parent) is not partitioned (it has no PARTITION BY)") }
        }
        var merged: [Column] = []
        for parent in parents {
            for column in parent.columns {
                if let index = merged.firstIndex(where: { $0.name == column.name }) {
                    guard merged[index].type == column.type else {
                        throw HierarchyError(message: "column \"\(column.name)\" of \(name) has conflicting types in its parents")
                    }
                    merged[index].notNull = merged[index].notNull || column.notNull
                    continue
                }
                var inherited = column
                inherited.identity = nil
                inherited.identitySequence = nil
                inherited.settings.statistics = nil
                inherited.settings.options = [:]
                merged.append(inherited)
            }
        }
        for local in table.columns {
            guard let index = merged.firstIndex(where: { $0.name == local.name }) else {
                guard table.partitionOf == nil else {
                    throw HierarchyError(message: "column \"\(local.name)\" of partition \(name) is not a column of its parent")
                }
                merged.append(local)
                continue
            }
            if local.type != Table.typeFromParent, local.type != merged[index].type {
                throw HierarchyError(message: "column \"\(local.name)\" of \(name) has type \(local.type), its parent's is \(merged[index].type)")
            }
            merged[index].notNull = merged[index].notNull || local.notNull
            if local.defaultValue != nil { merged[index].defaultValue = local.defaultValue }
            if local.generated != nil { merged[index].generated = local.generated }
            if local.identity != nil { merged[index].identity = local.identity; merged[index].identitySequence = local.identitySequence }
            if let storage = local.settings.storage { merged[index].settings.storage = storage }
            if let compression = local.settings.compression { merged[index].settings.compression = compression }
        }
        table.columns = merged
        if let constraint = table.sortedConstraints.first(where: { $0.columns.contains { table.column(named: $0) == nil } }),
           let missing = constraint.columns.first(where: { table.column(named: $0) == nil }) {
            throw HierarchyError(message: "constraint \(constraint.name) uses column \"\(missing)\", which \(name) does not have")
        }
        table.markPrimaryKeyColumnsNotNull()
        model.tables[name] = table
    }
}

struct HierarchyError: Error { let message: String }
