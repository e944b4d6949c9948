import SchemaModel

/// What `ALTER COLUMN ... TYPE` costs PostgreSQL beyond its brief ACCESS EXCLUSIVE lock, so that the
/// plan warns about what will happen and nothing else (tablecmds.c's `ATColumnChangeRequiresRewrite`
/// after the length-coercion support functions have simplified the cast).
public enum TypeChangeCost: Equatable, Sendable {
    /// A binary-coercible change or a wider typmod: the catalog changes, the data is not touched.
    case none
    /// A domain with constraints over the same data: every row is read to check them, not rewritten.
    case scan
    /// Same type, another collation: the data stays, the column's indexes are rebuilt.
    case indexRebuild
    /// Every row is converted and the table and its indexes are written anew.
    case rewrite

    /// The cost of turning a column of type `old` into `new` (`collationChanged` for `COLLATE`), where
    /// `domains` are the desired domains (a change to a domain over the same type only checks rows).
    public static func of(_ old: TypeReference, to new: TypeReference, collationChanged: Bool,
                          domains: ObjectMap<QualifiedName, DomainType>) -> TypeChangeCost {
        if old == new { return collationChanged ? .indexRebuild : .none }
        if let domain = new.userType.flatMap({ domains[$0] }), domain.baseType == old {
            return domain.checks.isEmpty && !domain.notNull ? .none : .scan
        }
        guard old.isArray == new.isArray, !old.isArray else { return .rewrite }
        return keepsData(old, new) ? .none : .rewrite
    }

    /// Casts PostgreSQL performs without touching the data (`castmethod = 'b'` in pg_cast).
    static let binaryCoercible: Set<[String]> = [
        ["character varying", "text"], ["text", "character varying"], ["cidr", "inet"],
    ]

    /// Types whose length or precision coercion a support function drops when the new limit is no smaller.
    static let widenable: Set<String> = [
        "character varying", "bit varying", "numeric", "time without time zone", "time with time zone",
        "timestamp without time zone", "timestamp with time zone",
    ]

    static func keepsData(_ old: TypeReference, _ new: TypeReference) -> Bool {
        let newLimits = typmods(new.sql)
        if old.baseName != new.baseName {
            // varchar(n) → text keeps the data; text → varchar(n) must check every value's length.
            return binaryCoercible.contains([old.baseName, new.baseName]) && new.sql == new.baseName
        }
        guard widenable.contains(old.baseName) else { return false }
        let oldLimits = typmods(old.sql)
        if new.sql == new.baseName { return true }
        guard let newLimit = newLimits.first, let oldLimit = oldLimits.first else { return false }
        if old.baseName == "numeric" {
            // numeric(p) means numeric(p,0); a wider precision keeps the data only with the same scale.
            let (oldScale, newScale) = (oldLimits.count > 1 ? oldLimits[1] : 0, newLimits.count > 1 ? newLimits[1] : 0)
            return oldScale == newScale && newLimit >= oldLimit
        }
        return newLimit >= oldLimit
    }

    /// `numeric(10,2)` → [10, 2]; `timestamp(3) with time zone` → [3]; no parentheses → [].
    static func typmods(_ sql: String) -> [Int] {
        guard let open = sql.firstIndex(of: "("), let close = sql[open...].firstIndex(of: ")") else { return [] }
        return sql[sql.index(after: open)..<close].split(separator: ",").compactMap { Int($0.filter { $0 != " " }) }
    }
}
