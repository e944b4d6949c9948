import PgQuery
import SchemaModel
import Testing

/// `TypeNameRenderer` prints what `format_type()` prints, whatever alias the user wrote.
@Suite struct TypeNameRendererTests {
    static let resolver = NameResolver(
        searchPath: ["public"], userTypes: [QualifiedName("public", "mood"), QualifiedName("app", "status"),
                                            QualifiedName("public", "Mixed Case")])

    static func render(_ text: String, resolver: NameResolver = resolver) throws -> TypeReference {
        TypeNameRenderer.render(try PgQuery.parseTypeName(text), resolver: resolver)
    }

    @Test(arguments: [
        ("int", "integer"), ("int4", "integer"), ("integer", "integer"), ("pg_catalog.int4", "integer"),
        ("int2", "smallint"), ("smallint", "smallint"),
        ("int8", "bigint"), ("bigint", "bigint"),
        ("float", "double precision"), ("float8", "double precision"), ("double precision", "double precision"),
        ("float4", "real"), ("real", "real"), ("float(24)", "real"),
        ("bool", "boolean"), ("boolean", "boolean"),
        ("text", "text"), ("uuid", "uuid"), ("jsonb", "jsonb"),
        ("varchar", "character varying"),
        ("varchar(20)", "character varying(20)"),
        ("character varying(20)", "character varying(20)"),
        ("char(3)", "character(3)"), ("character(3)", "character(3)"), ("bpchar(3)", "character(3)"),
        ("char", "character(1)"), ("character", "character(1)"),
        ("\"char\"", "\"char\""),
        ("timestamptz", "timestamp with time zone"),
        ("timestamp with time zone", "timestamp with time zone"),
        ("timestamptz(3)", "timestamp(3) with time zone"),
        ("timestamp(3) with time zone", "timestamp(3) with time zone"),
        ("timestamp", "timestamp without time zone"),
        ("timestamp(6) without time zone", "timestamp(6) without time zone"),
        ("time", "time without time zone"), ("timetz", "time with time zone"),
        ("decimal(10,2)", "numeric(10,2)"), ("numeric(10, 2)", "numeric(10,2)"), ("dec(5)", "numeric(5,0)"),
        ("numeric", "numeric"),
        ("bit varying(5)", "bit varying(5)"), ("varbit(5)", "bit varying(5)"),
    ])
    func aliasesMeetInTheCanonicalSpelling(written: String, canonical: String) throws {
        let type = try Self.render(written)
        #expect(type.sql == canonical)
        #expect(type.isArray == false)
        #expect(type.userType == nil)
    }

    @Test(arguments: [
        ("integer[]", "integer[]"), ("int4[]", "integer[]"), ("int[3]", "integer[]"), ("text[][]", "text[]"),
        ("character varying(20)[]", "character varying(20)[]"), ("varchar(20)[]", "character varying(20)[]"),
        ("timestamp(3) with time zone[]", "timestamp(3) with time zone[]"),
        ("integer array", "integer[]"),
    ])
    func arraysKeepTheirElementTypeAndTypmods(written: String, canonical: String) throws {
        let type = try Self.render(written)
        #expect(type.sql == canonical)
        #expect(type.isArray)
    }

    @Test func baseNameHasNoTypmodsOrBounds() throws {
        #expect(try Self.render("varchar(20)[]").baseName == "character varying")
        #expect(try Self.render("timestamp(3) with time zone").baseName == "timestamp with time zone")
        #expect(try Self.render("numeric(10,2)").baseName == "numeric")
    }

    @Test(arguments: [
        ("mood", "public.mood", QualifiedName("public", "mood"), false),
        ("public.mood", "public.mood", QualifiedName("public", "mood"), false),
        ("mood[]", "public.mood[]", QualifiedName("public", "mood"), true),
        ("app.status", "app.status", QualifiedName("app", "status"), false),
        ("\"Mixed Case\"", "public.\"Mixed Case\"", QualifiedName("public", "Mixed Case"), false),
        ("other.thing", "other.thing", QualifiedName("other", "thing"), false),
    ])
    func userTypesAreQualified(written: String, canonical: String, userType: QualifiedName, isArray: Bool) throws {
        let type = try Self.render(written)
        #expect(type.sql == canonical)
        #expect(type.userType == userType)
        #expect(type.isArray == isArray)
    }

    @Test func unqualifiedUserTypesResolveThroughTheSearchPath() throws {
        let resolver = NameResolver(searchPath: ["app", "public"], userTypes: [QualifiedName("app", "status"), QualifiedName("public", "status")])
        #expect(try Self.render("status", resolver: resolver).sql == "app.status", "the first schema of the path wins")
        // A type neither built in nor declared on the path is taken to be an extension's, installed in the
        // first schema of the path (as `citext` is).
        let publicOnly = NameResolver(searchPath: ["public"], userTypes: [QualifiedName("app", "status")])
        #expect(try Self.render("status", resolver: publicOnly).sql == "public.status")
        #expect(try Self.render("citext[]", resolver: publicOnly).sql == "public.citext[]")
        #expect(try Self.render("integer", resolver: publicOnly).sql == "integer", "built-ins stay bare")
        #expect(try Self.render("int4", resolver: publicOnly).sql == "integer")
    }

    @Test func pgCatalogQualifiedBuiltinsRenderBare() throws {
        #expect(try Self.render("pg_catalog.text").sql == "text")
        #expect(try Self.render("pg_catalog.varchar(3)").sql == "character varying(3)")
    }
}
