import SchemaModel

/// A plan that removes every table of a database that has tables is almost always a mistake (the wrong
/// schema folder, a branch without the files, the wrong database), so a confirmation that `--yes`
/// answers is not enough for it: it also needs `--allow-drop-all`.
enum DropAllGuard {
    static func check(current: SchemaModel, desired: SchemaModel, allowed: Bool) throws {
        let existing = current.tables.keys
        guard !allowed, !existing.isEmpty, existing.allSatisfy({ desired.tables[$0] == nil }) else { return }
        throw MonolayerError.refused(
            "This plan drops every table of the database (\(existing.count) table\(existing.count == 1 ? "" : "s")). "
                + "Check the schema folder and the target database; if dropping them all is what you mean, pass --allow-drop-all.")
    }
}
