import Foundation

/// A range type (`CREATE TYPE r AS RANGE (SUBTYPE = ...)`). The multirange type PostgreSQL creates with
/// it is derived: only its name is part of the declaration.
public struct RangeType: Equatable, Sendable {
    public var name: QualifiedName
    public var subtype: TypeReference
    /// The btree operator class, when it is not the subtype's default one.
    public var subtypeOpclass: QualifiedName?
    /// The collation, when it is not the subtype's default one.
    public var collation: QualifiedName?
    /// The `SUBTYPE_DIFF` function, qualified as the name resolver spells functions (`float8mi`, `public.f`).
    public var subtypeDiff: String?
    /// The `CANONICAL` function. Schema files cannot declare one (it needs a shell type); the catalog
    /// reports it so that such a range never passes for one without.
    public var canonical: String?
    public var multirangeName: QualifiedName

    public init(name: QualifiedName, subtype: TypeReference, subtypeOpclass: QualifiedName? = nil, collation: QualifiedName? = nil,
                subtypeDiff: String? = nil, multirangeName: QualifiedName? = nil) {
        self.name = name
        self.subtype = subtype
        self.subtypeOpclass = subtypeOpclass
        self.collation = collation
        self.subtypeDiff = subtypeDiff
        self.multirangeName = multirangeName ?? Self.defaultMultirangeName(for: name)
    }

    /// PostgreSQL's own choice (makeMultirangeTypeName): the first `range` in the name becomes
    /// `multirange`, else `_multirange` is appended; in the range's schema.
    public static func defaultMultirangeName(for name: QualifiedName) -> QualifiedName {
        if let found = name.name.range(of: "range") {
            return QualifiedName(name.schema, name.name.replacingCharacters(in: found, with: "multirange"))
        }
        return QualifiedName(name.schema, name.name + "_multirange")
    }

    public var createSQL: String {
        var options = ["SUBTYPE = \(subtype.sql)"]
        if let subtypeOpclass { options.append("SUBTYPE_OPCLASS = \(subtypeOpclass.schema == "pg_catalog" ? Identifier.quote(subtypeOpclass.name) : subtypeOpclass.sql)") }
        if let collation { options.append("COLLATION = \(collation.sql)") }
        if let subtypeDiff { options.append("SUBTYPE_DIFF = \(subtypeDiff)") }
        if let canonical { options.append("CANONICAL = \(canonical)") }
        if multirangeName != Self.defaultMultirangeName(for: name) { options.append("MULTIRANGE_TYPE_NAME = \(multirangeName.sql)") }
        return "CREATE TYPE \(name.sql) AS RANGE (\(options.joined(separator: ", ")))"
    }
}
