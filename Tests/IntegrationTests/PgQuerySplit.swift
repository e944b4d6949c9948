import PgQuery

enum PgQuerySplit {
    static func statements(_ sql: String) throws -> [String] {
        let bytes = Array(sql.utf8)
        return try PgQuery.split(sql).map { String(decoding: bytes[$0], as: UTF8.self) }
    }
}
