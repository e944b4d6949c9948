import SchemaModel

/// An object's definition as the plan would write it, for reports that show an object rather than
/// change it (`drift`); spelled by the same code as the planner's statements.
public enum DefinitionSQL {
    /// `"email" text COLLATE "C" DEFAULT ... NOT NULL`.
    public static func column(_ column: Column, table: QualifiedName) -> String {
        DDL.columnDefinition(column, table: table)
    }

    /// `CHECK (price > 0)`, `FOREIGN KEY (a) REFERENCES t (id) ...`, with deferrability.
    public static func constraint(_ constraint: Constraint) -> String {
        DDL.constraintBody(constraint) + (constraint.notValid ? " NOT VALID" : "")
    }

    /// `CREATE [UNIQUE] INDEX name ON table USING method (...)`.
    public static func index(_ index: Index) -> String {
        DDL.createIndex(index, concurrently: false)
    }
}
