@testable import Plan
import SchemaModel
import Testing
import TestSupport

/// New tables are created, and dropped tables dropped, in the order the planner's earlier scans gave
/// (the first remaining table, by name, whose referenced tables and parents exist; children before
/// parents), on random graphs of foreign keys and inheritance: with cycles, keys to a table itself, to
/// tables that exist already, and to tables neither side has.
@Suite struct TableOrderTests {
    private func name(_ number: Int) -> QualifiedName { QualifiedName("public", "t\(number)") }

    /// `count` tables named t0..., each referencing and inheriting from random tables among t0...t(count + 2).
    private func randomTables(_ count: Int, using random: inout SplitMix64) -> [Table] {
        (0..<count).map { number in
            var table = Table(name: name(number), columns: [Column(name: "id", type: TypeReference(sql: "integer", baseName: "int4"))])
            table.constraints["\(table.name.name)_pkey"] = Constraint(name: "\(table.name.name)_pkey", kind: .primaryKey(columns: ["id"]))
            for key in 0..<random.next(upTo: 3) {
                let target = name(random.next(upTo: count + 3))
                table.constraints["fk\(key)"] = Constraint(name: "fk\(key)", kind: .foreignKey(ForeignKey(
                    columns: ["id"], referencedTable: target, referencedColumns: ["id"])))
            }
            if random.next(upTo: 4) == 0 { table.inherits = [name(random.next(upTo: count + 3))] }
            return table
        }
    }

    private func model(_ tables: [Table]) -> SchemaModel {
        var model = SchemaModel.emptyDatabase
        for table in tables { model.tables[table.name] = table }
        return model
    }

    @Test func createdInTheScansOrder() {
        var random = SplitMix64(seed: 11_27)
        for round in 0..<150 {
            let all = randomTables(random.next(upTo: 14), using: &random)
            // Some tables exist already; the others are new.
            let existing = all.filter { _ in random.next(upTo: 4) == 0 }
            let new = all.filter { table in !existing.contains { $0.name == table.name } }
            let planner = Planner(current: model(existing), desired: model(all))
            let created = planner.createTables(new).compactMap { statement -> QualifiedName? in
                if case .create(.relation(let name)) = statement.action { return name } else { return nil }
            }
            var made = Set(existing.map(\.name))
            var remaining = new.sorted { $0.name < $1.name }
            var expected: [QualifiedName] = []
            while !remaining.isEmpty {
                let ready = remaining.firstIndex { table in
                    table.foreignKeyTargets.allSatisfy { made.contains($0) || $0 == table.name } && table.parentNames.allSatisfy(made.contains)
                } ?? remaining.firstIndex { $0.parentNames.allSatisfy(made.contains) } ?? 0
                let table = remaining.remove(at: ready)
                made.insert(table.name)
                expected.append(table.name)
            }
            #expect(created == expected, "round \(round)")
        }
    }

    @Test func droppedInTheScansOrder() {
        var random = SplitMix64(seed: 27_11)
        for round in 0..<150 {
            let tables = randomTables(random.next(upTo: 14), using: &random)
            let planner = Planner(current: model(tables), desired: SchemaModel.emptyDatabase)
            var remaining = tables.sorted { $0.name < $1.name }
            var expected: [QualifiedName] = []
            while !remaining.isEmpty {
                let index = remaining.firstIndex { table in !remaining.contains { $0.parentNames.contains(table.name) } } ?? 0
                expected.append(remaining.remove(at: index).name)
            }
            #expect(planner.orderedForDrop(tables).map(\.name) == expected, "round \(round)")
        }
    }
}
