import SchemaModel

/// The names `GRANT` and `COMMENT ON` resolve against, gathered once: they are read after every object
/// they can name is declared. Gathered for each statement, a schema that grants on each of 10,000 tables
/// went through every table's columns for every grant, and took 40 s to read.
struct AccessLookups {
    /// Every sequence, identity columns' included (`SchemaModel.sequenceNames`).
    let sequenceNames: Set<QualifiedName>
    /// Declared functions and procedures by name, for a routine named without its argument types.
    let routinesByName: [QualifiedName: [FunctionIdentity]]

    init(_ model: SchemaModel) {
        sequenceNames = model.sequenceNames
        routinesByName = Dictionary(grouping: model.functions.keys, by: \.name)
    }
}
