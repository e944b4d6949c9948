import SchemaModel
import Testing

/// A column holds its rarely set fields out of line and compares them by value, whether they are held
/// or not.
@Suite struct ColumnLayoutTests {
    static let type = TypeReference(sql: "text", baseName: "text")

    @Test func aColumnStaysSevenWords() {
        #expect(MemoryLayout<Column>.stride == 56)
    }

    @Test func rareFieldsReadBackAsSet() {
        var column = Column(name: "note", type: Self.type)
        #expect(column.generated == nil && column.collation == nil && column.settings == ColumnSettings())
        column.collation = QualifiedName("pg_catalog", "C")
        column.settings.statistics = 500
        column.generated = GeneratedColumn(expression: Expression(text: "1", canonical: "1"), stored: true)
        #expect(column.collation == QualifiedName("pg_catalog", "C"))
        #expect(column.settings.statistics == 500)
        #expect(column.generated?.stored == true)
        var copy = column
        copy.settings.statistics = nil
        #expect(column.settings.statistics == 500, "a change to a copy leaves the original as it was")
        #expect(copy != column)
    }

    @Test func fieldsBackToTheirDefaultsEqualAColumnThatNeverHadThem() {
        let plain = Column(name: "note", type: Self.type)
        var changed = plain
        changed.collation = QualifiedName("pg_catalog", "C")
        changed.settings.storage = "MAIN"
        #expect(changed != plain)
        changed.collation = nil
        changed.settings = ColumnSettings()
        #expect(changed == plain)
    }

    @Test func aRenameHintIsHeldButNotCompared() {
        let plain = Column(name: "note", type: Self.type)
        var hinted = plain
        hinted.renamedFrom = RenameIntent(RenameHint(old: "remark", origin: SourceOrigin(file: "a.sql", line: 1, column: 1, sourceLine: "")))
        #expect(hinted.renamedFrom.old == "remark")
        #expect(hinted == plain)
    }
}
