import CLibPQ
import Foundation

/// A database to connect to, as a `postgresql://` URL or a libpq keyword string, parsed and checked
/// before anything connects. Its description masks the password: the password leaves this type only
/// through `libpqParameters`, which `Connection` hands to libpq, so no message can print it by mistake.
public struct ConnectionTarget: Sendable, Equatable, CustomStringConvertible {
    public enum Form: Sendable, Equatable {
        case url(scheme: String)
        case keywords
    }

    /// One libpq connection parameter (`host`, `port`, `dbname`, `sslmode`, ...).
    public struct Parameter: Sendable, Equatable {
        public var keyword: String
        public var value: String
    }

    public let form: Form
    /// In the order written; a keyword written twice keeps its last value, as in libpq.
    private(set) var parameters: [Parameter]

    /// Parses and validates `text`; nothing is contacted. Errors never contain the password.
    public init(parsing text: String) throws(ConnectionTargetError) {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw .empty }
        if let scheme = ConnectionURLParser.scheme(of: trimmed) {
            guard ["postgresql", "postgres"].contains(scheme.lowercased()) else { throw .unsupportedScheme(scheme) }
            form = .url(scheme: scheme)
            parameters = try ConnectionURLParser.parameters(of: trimmed, scheme: scheme)
        } else if trimmed.contains("=") {
            form = .keywords
            parameters = try ConnectionKeywordParser.parameters(of: trimmed)
        } else {
            throw .notATarget
        }
        try ConnectionParameterRules.validate(parameters)
    }

    init(form: Form, parameters: [Parameter]) {
        self.form = form
        self.parameters = parameters
    }

    /// The value libpq would use for `keyword`: the last one written.
    public func value(of keyword: String) -> String? {
        parameters.last { $0.keyword == keyword }?.value
    }

    public var database: String? { value(of: "dbname") }
    public var hasPassword: Bool { value(of: "password") != nil }

    /// The same server and settings with another database: for scratch and maintenance databases.
    public func replacingDatabase(with name: String) -> ConnectionTarget {
        var copy = self
        copy.parameters.removeAll { $0.keyword == "dbname" }
        copy.parameters.append(Parameter(keyword: "dbname", value: name))
        return copy
    }

    /// The target as written, with the password shown as `***`.
    public var description: String { ConnectionTargetRenderer.render(self) }

    /// Replaces the password wherever it occurs in `text` (libpq and server messages may echo input).
    public func redact(_ text: String) -> String {
        guard let password = value(of: "password"), password.count >= 3 else { return text }
        var result = text.replacingOccurrences(of: password, with: "***")
        let encoded = ConnectionTargetRenderer.percentEncode(password)
        if encoded != password { result = result.replacingOccurrences(of: encoded, with: "***") }
        return result
    }

    /// For a client program such as `pg_dump`: a keyword string without the password (for `-d`), and the
    /// password apart, for the child's `PGPASSWORD`, since a command line is visible to every user in `ps`.
    public func clientProgramArguments() -> (conninfo: String, password: String?) {
        let (keywords, values) = libpqParameters()
        let conninfo = zip(keywords, values).filter { $0.0 != "password" }.map { keyword, value in
            "\(keyword)='\(value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'"))'"
        }.joined(separator: " ")
        return (conninfo, value(of: "password"))
    }

    /// Keywords and values for `PQconnectdbParams`, the only place the password is handed out.
    func libpqParameters() -> (keywords: [String], values: [String]) {
        var seen = Set<String>()
        let latest = parameters.reversed().filter { seen.insert($0.keyword).inserted }.reversed()
        return (latest.map(\.keyword), latest.map(\.value))
    }
}

/// Why a connection target was refused. Descriptions name the part that is wrong, never its value
/// (a misplaced character can make part of a password look like a host or a port).
public enum ConnectionTargetError: Error, Sendable, Equatable, CustomStringConvertible {
    case empty
    case notATarget
    case unsupportedScheme(String)
    case malformed(String)
    case unknownParameter(String)
    case invalidValue(keyword: String, expected: String)

    public var description: String {
        switch self {
        case .empty: return "it is empty"
        case .notATarget:
            return "it is neither a URL (postgresql://user@host:5432/dbname) nor a keyword string (host=... dbname=...)"
        case .unsupportedScheme(let scheme):
            return "the scheme \(scheme):// is not PostgreSQL's; use postgresql:// (or postgres://)"
        case .malformed(let reason): return reason
        case .unknownParameter(let keyword): return "\(keyword) is not a libpq connection parameter"
        case .invalidValue(let keyword, let expected): return "\(keyword) must be \(expected)"
        }
    }
}
