import SchemaModel
import SQLTree

/// `CREATE COLLATION name (provider = ..., locale = ..., ...)` and `CREATE COLLATION name FROM other` → `Collation`.
struct CollationBuilder {
    let source: StatementSource
    let resolver: NameResolver
    /// Collations declared before this statement, for `FROM`.
    let declared: ObjectMap<QualifiedName, Collation>

    func build(_ body: Node) throws(Diagnostic) -> Collation {
        let name = resolver.qualifyRelation(body.defnames.nameList)
        let options = body.definition.map(DefinitionOption.init)
        if let from = options.first(where: { $0.name == "from" }) {
            return try copy(from, as: name)
        }
        var provider = Collation.Provider.libc
        var locale: String?
        var lcCollate: String?
        var lcCtype: String?
        var deterministic = true
        var rules: String?
        for option in options {
            switch option.name {
            case "provider":
                guard let value = option.text.flatMap({ Collation.Provider(rawValue: $0.lowercased()) }) else {
                    throw source.diagnostic(at: option.node, "unknown collation provider \(option.text ?? "")")
                }
                provider = value
            case "locale": locale = option.text
            case "lc_collate": lcCollate = option.text
            case "lc_ctype": lcCtype = option.text
            case "deterministic":
                guard let value = option.flag else { throw source.diagnostic(at: option.node, "deterministic needs a boolean") }
                deterministic = value
            case "rules": rules = option.text
            case "version": break  // recorded by the server, not part of the declaration
            default: throw source.diagnostic(at: option.node, "collation option \(option.name) is not supported")
            }
        }
        var collation = Collation(name: name, provider: provider, deterministic: deterministic, rules: rules)
        if provider == .libc {
            // `locale` sets both categories of a libc collation.
            collation.lcCollate = lcCollate ?? locale
            collation.lcCtype = lcCtype ?? locale
            guard collation.lcCollate != nil, collation.lcCtype != nil else {
                throw source.diagnostic(atByte: nil, "collation \(name) needs a locale (or lc_collate and lc_ctype)")
            }
        } else {
            collation.locale = locale ?? lcCollate
            guard collation.locale != nil else { throw source.diagnostic(atByte: nil, "collation \(name) needs a locale") }
        }
        return collation
    }

    /// `FROM` copies the source's properties. The files know user collations and the built-in ones
    /// whose properties follow from their names (`C`, `POSIX`, `*-x-icu`); others are refused.
    private func copy(_ option: DefinitionOption, as name: QualifiedName) throws(Diagnostic) -> Collation {
        let names = option.names ?? []
        let bare = names.count == 1 || names.first == "pg_catalog"
        if !bare || names.count == 1, let found = declared[resolver.qualifyRelation(names)] {
            var copy = found
            copy.name = name
            return copy
        }
        let builtin = names.last ?? ""
        if bare {
            switch builtin {
            case "C", "POSIX": return Collation(name: name, provider: .libc, lcCollate: builtin, lcCtype: builtin)
            case _ where builtin.hasSuffix("-x-icu"):
                return Collation(name: name, provider: .icu, locale: String(builtin.dropLast("-x-icu".count)))
            default: break
            }
        }
        throw source.diagnostic(at: option.node, "CREATE COLLATION ... FROM \(names.joined(separator: ".")) is not supported",
                                hint: "write the collation's provider and locale instead of copying it")
    }
}
