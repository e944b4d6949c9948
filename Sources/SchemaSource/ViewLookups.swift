import SchemaModel

/// What the names in a view's query stand for, as normalizing the query needs it: the columns of the
/// relations it reads, and what the functions it calls in `FROM` return. The schema-file front end answers
/// from the model the files declare, the catalog front end from the model it has read; relations of
/// `pg_catalog` and `information_schema` and built-in functions are known to the normalizer itself
/// (`BuiltinRelations`, `BuiltinFunctionResults`).
public struct ViewLookups {
    /// The output columns of a declared table or view; nil when no such relation is declared.
    public var columns: (QualifiedName) throws(Diagnostic) -> [String]?
    /// The types of a declared table's columns (views' column types are not known offline).
    public var columnTypes: (QualifiedName) -> [String: TypeReference]
    /// The relation whose row type a declared function returns, for `(f(x)).*` (see ViewQueryNormalizer).
    public var rowTypeOf: (QualifiedName) -> QualifiedName?
    /// What a declared function returns when it is called in `FROM`; nil when no such function is declared.
    public var functionResult: (QualifiedName) -> FunctionResult?
    /// The attribute names of a declared composite type; nil when there is no such type.
    public var compositeColumns: (QualifiedName) -> [String]?
    /// The declared collations (`COLLATE x` names one of these through the search path, else a built-in one).
    public var collations: Set<QualifiedName>

    public init(columns: @escaping (QualifiedName) throws(Diagnostic) -> [String]?,
                columnTypes: @escaping (QualifiedName) -> [String: TypeReference] = { _ in [:] },
                rowTypeOf: @escaping (QualifiedName) -> QualifiedName? = { _ in nil },
                functionResult: @escaping (QualifiedName) -> FunctionResult? = { _ in nil },
                compositeColumns: @escaping (QualifiedName) -> [String]? = { _ in nil }, collations: Set<QualifiedName> = []) {
        self.columns = columns
        self.columnTypes = columnTypes
        self.rowTypeOf = rowTypeOf
        self.functionResult = functionResult
        self.compositeColumns = compositeColumns
        self.collations = collations
    }
}

extension ViewLookups {
    /// What a model says about the relations views read: the columns and column types of its tables,
    /// the columns of its sequences and composite types, its collations. `systemRelations` adds the
    /// columns of the server's own relations, when they were read from its catalog.
    public init(model: SchemaModel, systemRelations: [QualifiedName: [String]] = [:]) {
        let tables = model.tables
        let composites = model.composites
        let sequences = Set(model.sequences.keys)
        self.init(columns: { name throws(Diagnostic) in
                      tables[name]?.columns.map(\.name) ?? systemRelations[name]
                          ?? (sequences.contains(name) ? SequenceDefinition.relationColumns : nil)
                  },
                  columnTypes: { name in
                      Dictionary(tables[name]?.columns.map { ($0.name, $0.type) } ?? [], uniquingKeysWith: { first, _ in first })
                  },
                  compositeColumns: { composites[$0]?.attributes.map(\.name) }, collations: Set(model.collations.keys))
    }
}

/// What a function called in `FROM` returns, which decides the columns PostgreSQL gives it
/// (`addRangeTableEntryForFunction`).
public enum FunctionResult: Equatable, Sendable {
    /// One column, of a base type: named by its single named OUT parameter if it has one, else by the
    /// alias (when it is the only function) or the function's name (`chooseScalarFunctionAlias`).
    case scalar(outName: String?)
    /// Named columns: OUT or TABLE parameters.
    case columns([String])
    /// The row of a table, view or composite type (`RETURNS SETOF t`).
    case row(of: QualifiedName)
    /// `RETURNS record` without OUT parameters: the call needs a column definition list.
    case record
    /// The result type follows the first argument's (`anyelement`): a composite argument gives its columns.
    case polymorphic
}
