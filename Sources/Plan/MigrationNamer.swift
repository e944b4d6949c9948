/// A default migration name from what a plan does, when `--name` is not given.
public enum MigrationNamer {
    public static func name(for plan: MigrationPlan) -> String {
        let verbs = plan.statements.compactMap { statement -> String? in
            let words = statement.sql.split(separator: " ").prefix(3).map { $0.lowercased() }
            guard let first = words.first else { return nil }
            if first == "create", words.count > 1 { return words[1] == "unique" ? "create-index" : "create-\(words[1])" }
            if first == "drop", words.count > 1 { return "drop-\(words[1])" }
            return "alter-\(words.count > 1 ? words[1] : "schema")"
        }
        var unique: [String] = []
        for verb in verbs where !unique.contains(verb) { unique.append(verb) }
        return unique.count == 1 ? unique[0] : "schema-changes"
    }
}
