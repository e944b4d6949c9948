/// A collation (`CREATE COLLATION`): what the catalog records of it, which is also what can be declared.
/// `collversion` is left out: the server records it, nobody declares it.
public struct Collation: Equatable, Sendable {
    public enum Provider: String, Sendable {
        case libc, icu, builtin

        /// `collprovider` in `pg_collation`.
        public init?(catalogCode: String) {
            switch catalogCode {
            case "c": self = .libc
            case "i": self = .icu
            case "b": self = .builtin
            default: return nil
            }
        }
    }

    public var name: QualifiedName
    public var provider: Provider
    /// The ICU or builtin locale; nil for libc.
    public var locale: String?
    /// `LC_COLLATE` and `LC_CTYPE` of a libc collation; nil for the other providers.
    public var lcCollate: String?
    public var lcCtype: String?
    public var deterministic: Bool
    /// ICU tailoring rules (PostgreSQL 16+).
    public var rules: String?

    public init(name: QualifiedName, provider: Provider, locale: String? = nil, lcCollate: String? = nil, lcCtype: String? = nil,
                deterministic: Bool = true, rules: String? = nil) {
        self.name = name
        self.provider = provider
        self.locale = locale
        self.lcCollate = lcCollate
        self.lcCtype = lcCtype
        self.deterministic = deterministic
        self.rules = rules
    }

    /// `CREATE COLLATION` with every property spelled out, so that it does not depend on a source collation.
    public var createSQL: String {
        var options = ["provider = \(provider.rawValue)"]
        if let locale { options.append("locale = \(SQLLiteral.quote(locale))") }
        if let lcCollate { options.append("lc_collate = \(SQLLiteral.quote(lcCollate))") }
        if let lcCtype { options.append("lc_ctype = \(SQLLiteral.quote(lcCtype))") }
        if !deterministic { options.append("deterministic = false") }
        if let rules { options.append("rules = \(SQLLiteral.quote(rules))") }
        return "CREATE COLLATION \(name.sql) (\(options.joined(separator: ", ")))"
    }
}
