/// A statement whose interpolated values become `$n` parameters, so values never enter SQL text.
/// Raw SQL goes in through literal segments only: `"... WHERE nspname = \(name)"`.
public struct PostgresQuery: ExpressibleByStringInterpolation, Sendable {
    public private(set) var sql: String
    public private(set) var parameters: [String?]

    public init(stringLiteral value: String) {
        sql = value
        parameters = []
    }

    public init(stringInterpolation: Interpolation) {
        sql = stringInterpolation.sql
        parameters = stringInterpolation.parameters
    }

    public struct Interpolation: StringInterpolationProtocol {
        var sql = ""
        var parameters: [String?] = []

        public init(literalCapacity: Int, interpolationCount: Int) {}

        public mutating func appendLiteral(_ literal: String) { sql += literal }

        public mutating func appendInterpolation(_ value: String?) {
            parameters.append(value)
            sql += "$\(parameters.count)"
        }

        public mutating func appendInterpolation(_ value: Int) {
            appendInterpolation(String(value))
        }

        /// Raw SQL (identifiers already quoted by the caller); named so it is never used by accident.
        public mutating func appendInterpolation(unescaped text: String) { sql += text }
    }
}
