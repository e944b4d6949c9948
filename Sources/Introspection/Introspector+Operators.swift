import Postgres
import SchemaModel

extension Introspector {
    /// pg_operator → `Operator`, operand types read back through the same type renderer as the files'.
    func readOperators(into model: inout SchemaModel, reader: DefinitionReader) throws {
        for record in try run(.operators) {
            let left = try record["left_type"].map { try reader.type($0).sql }
            let identity = OperatorIdentity(name: QualifiedName(record.string("schema"), record.string("name")), left: left,
                                            right: try reader.type(record.string("right_type")).sql)
            model.operators[identity] = Operator(
                identity: identity, function: record.string("function"), commutator: record["commutator"],
                negator: record["negator"], restrict: record["restrict"], join: record["join_function"],
                hashes: record.bool("hashes"), merges: record.bool("merges"))
        }
    }
}
