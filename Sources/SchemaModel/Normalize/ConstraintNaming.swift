
/// The names PostgreSQL gives constraints and indexes that the user did not name
/// (`ChooseConstraintName` / `makeObjectName` in PostgreSQL's source), so an unnamed constraint in a
/// schema file matches the one the server created from it.
public enum ConstraintNaming {
    public static let maxIdentifierBytes = 63

    /// `users_pkey`, `users_email_key`, `tasks_project_id_fkey`, `users_age_check`, `users_email_idx`.
    public static func name(table: String, columns: [String], label: String, taken: Set<String> = []) -> String {
        let base = makeObjectName(table, columns.isEmpty ? nil : columns.joined(separator: "_"), label)
        guard taken.contains(base) else { return base }
        var suffix = 1
        while true {
            let candidate = makeObjectName(table, columns.isEmpty ? nil : columns.joined(separator: "_"), label + String(suffix))
            if !taken.contains(candidate) { return candidate }
            suffix += 1
        }
    }

    /// Joins `name1_name2_label`, shortening the longer of the two names until the whole fits in 63 bytes.
    public static func makeObjectName(_ name1: String, _ name2: String?, _ label: String) -> String {
        var first = Array(name1.utf8)
        var second = Array((name2 ?? "").utf8)
        let overhead = label.utf8.count + 1 + (name2 == nil ? 0 : 1)
        while first.count + second.count + overhead > maxIdentifierBytes {
            if first.count > second.count { first.removeLast() } else { second.removeLast() }
        }
        let head = truncatedToCharacters(first)
        let middle = truncatedToCharacters(second)
        return name2 == nil ? "\(head)_\(label)" : "\(head)_\(middle)_\(label)"
    }

    /// Drops a partly cut multi-byte character at the end, as PostgreSQL's `pg_mbcliplen` does.
    public static func truncatedToCharacters(_ bytes: [UInt8]) -> String {
        var bytes = bytes
        while !bytes.isEmpty, String(validatingCString: bytes.map { CChar(bitPattern: $0) } + [0]) == nil {
            bytes.removeLast()
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
