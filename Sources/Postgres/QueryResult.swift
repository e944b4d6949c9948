import CLibPQ

/// Rows of a query as text values (libpq's text format), copied out of the C result.
public struct QueryResult: Sendable {
    public let columns: [String]
    public let rows: [[String?]]
    /// The command tag, e.g. `CREATE TABLE` or `INSERT 0 1`.
    public let commandTag: String

    public var count: Int { rows.count }

    /// Rows as name-indexed records, for readable catalog code.
    public var records: [Record] {
        let index = Dictionary(columns.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        return rows.map { Record(values: $0, index: index) }
    }

    /// Takes ownership of a libpq result: copies it, clears it, and turns a failure into `PostgresError`.
    static func consume(_ result: OpaquePointer?, connection: OpaquePointer, statement: String)
        throws(PostgresError) -> QueryResult
    {
        guard let result else {
            throw PostgresError.server(ServerErrorFields(
                message: String(cString: PQerrorMessage(connection)), sqlState: nil), statement: statement)
        }
        defer { PQclear(result) }
        switch PQresultStatus(result) {
        case PGRES_COMMAND_OK, PGRES_TUPLES_OK, PGRES_EMPTY_QUERY:
            break
        default:
            throw PostgresError.server(ServerErrorFields(result: result), statement: statement)
        }
        let columnCount = Int(PQnfields(result))
        let rowCount = Int(PQntuples(result))
        let columns = (0..<columnCount).map { String(cString: PQfname(result, Int32($0))) }
        var rows: [[String?]] = []
        rows.reserveCapacity(rowCount)
        for row in 0..<rowCount {
            rows.append((0..<columnCount).map { column in
                PQgetisnull(result, Int32(row), Int32(column)) == 1
                    ? nil : String(cString: PQgetvalue(result, Int32(row), Int32(column)))
            })
        }
        return QueryResult(columns: columns, rows: rows, commandTag: String(cString: PQcmdStatus(result)))
    }
}

/// One row, read by column name.
public struct Record: Sendable {
    let values: [String?]
    let index: [String: Int]

    public subscript(column: String) -> String? {
        guard let position = index[column] else { return nil }
        return values[position]
    }

    public func string(_ column: String) -> String { self[column] ?? "" }
    public func int(_ column: String) -> Int { self[column].flatMap { Int($0) } ?? 0 }
    /// PostgreSQL's text form of booleans is `t`/`f`.
    public func bool(_ column: String) -> Bool { self[column] == "t" }
    /// A `text[]` value in PostgreSQL's array literal form, for simple element values.
    public func textArray(_ column: String) -> [String] { PostgresArray.parse(self[column] ?? "{}") }
}
