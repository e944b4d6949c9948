import Postgres
import SchemaModel

extension Introspector {
    /// Functions, procedures and triggers, from the definitions the server prints, built by the
    /// schema-file builders.
    func readRoutines(into model: inout SchemaModel, reader: DefinitionReader) throws {
        let relations = Set(model.tables.keys)
        for record in try run(.functions) {
            let function = try reader.function(definition: record.string("definition"), relations: relations)
            model.functions[function.identity] = function
        }
        for record in try run(.triggers) {
            var trigger = try reader.trigger(definition: record.string("definition"), relations: relations)
            trigger.firing = TriggerFiring(rawValue: record.string("enabled")) ?? .origin
            trigger.partitionsAgree = record.bool("partitions_agree")
            model.triggers[trigger.identity] = trigger
        }
    }
}
