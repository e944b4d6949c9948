// swift-tools-version:6.0
import Foundation
import PackageDescription

/// libpg_query is built by the Makefile into vendor/libpg_query (see vendor/README.md).
/// The linker needs its absolute location, which only this file knows.
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().path
let libpgQueryDirectory = "\(packageRoot)/vendor/libpg_query"

let package = Package(
    name: "monolayer",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "monolayer", targets: ["monolayer"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.0.0"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.1.0"),
    ],
    targets: [
        // C libraries: the only targets that see C.
        .systemLibrary(name: "CPgQuery", path: "Sources/CPgQuery"),
        .systemLibrary(
            name: "CLibPQ", path: "Sources/CLibPQ", pkgConfig: "libpq",
            providers: [.apt(["libpq-dev"])]),

        // Pure Swift: no C, no database.
        .target(name: "SQLTree"),
        .target(
            name: "SchemaModel",
            dependencies: ["SQLTree", .product(name: "OrderedCollections", package: "swift-collections")]),
        .target(name: "Diff", dependencies: ["SchemaModel"]),
        .target(name: "Plan", dependencies: ["SchemaModel", "Diff", .product(name: "HeapModule", package: "swift-collections")]),

        // Thin wrappers over the C libraries.
        .target(
            name: "PgQuery", dependencies: ["CPgQuery", "SQLTree"],
            linkerSettings: [.unsafeFlags(["-L\(libpgQueryDirectory)"])]),
        .target(name: "Postgres", dependencies: ["CLibPQ"]),

        // Front ends, migrations, the dev database.
        .target(
            name: "SchemaSource",
            dependencies: ["PgQuery", "SchemaModel", "SQLTree", .product(name: "Crypto", package: "swift-crypto")]),
        .target(
            name: "Introspection", dependencies: ["Postgres", "PgQuery", "SchemaModel", "SchemaSource", "SQLTree"],
            plugins: ["EmbedCatalogQueries"]),
        .executableTarget(name: "embed-catalog-queries"),
        .plugin(name: "EmbedCatalogQueries", capability: .buildTool(), dependencies: ["embed-catalog-queries"]),
        .target(
            name: "Migrations",
            dependencies: ["Postgres", "PgQuery", "Plan", "SchemaModel", .product(name: "Crypto", package: "swift-crypto")]),
        .target(name: "DevDatabase"),
        .target(name: "Lint", dependencies: ["PgQuery", "SQLTree", "SchemaModel", "SchemaSource", "Diff", "Plan"]),

        // Wiring and the command line.
        .target(
            name: "MonolayerKit",
            dependencies: [
                "SchemaSource", "Introspection", "Diff", "Plan", "Migrations", "DevDatabase",
                "Postgres", "SchemaModel", "Lint",
                .product(name: "TOMLKit", package: "TOMLKit"),
            ]),
        .executableTarget(
            name: "monolayer",
            dependencies: [
                "MonolayerKit", "Lint",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),

        // The shared corpus's schemas as the parity test and `make bench` load them.
        .target(name: "CorpusFixtures", dependencies: ["SchemaSource"]),

        // `make bench`: figures for SPEC section 11.
        .executableTarget(
            name: "monolayer-bench",
            dependencies: ["DevDatabase", "Postgres", "PgQuery", "SchemaSource", "SchemaModel", "Introspection", "Plan", "CorpusFixtures", "MonolayerKit"]),

        // Tests.
        .target(
            name: "TestSupport",
            dependencies: ["DevDatabase", "Postgres", "SchemaSource", "SchemaModel", "Plan", "Migrations"],
            path: "Tests/TestSupport"),
        .testTarget(name: "SQLTreeTests", dependencies: ["SQLTree"]),
        .testTarget(name: "PgQueryTests", dependencies: ["PgQuery"]),
        .testTarget(name: "SchemaSourceTests", dependencies: ["SchemaSource", "SchemaModel", "PgQuery"]),
        .testTarget(name: "SchemaModelTests", dependencies: ["SchemaModel", "PgQuery", "SQLTree"]),
        .testTarget(name: "PlanTests", dependencies: ["Plan", "Diff", "SchemaModel", "SchemaSource", "Migrations", "Lint", "TestSupport"]),
        .testTarget(name: "RegressionCorpusTests", dependencies: ["PgQuery", "SchemaSource"]),
        .testTarget(name: "MonolayerKitTests", dependencies: ["MonolayerKit", "Migrations", "SchemaModel", "Lint", "SchemaSource", "Plan"]),
        .testTarget(name: "PostgresTests", dependencies: ["Postgres", "TestSupport"]),
        .testTarget(name: "DevDatabaseTests", dependencies: ["DevDatabase", "TestSupport"]),
        .testTarget(
            name: "IntegrationTests",
            dependencies: [
                "TestSupport", "MonolayerKit", "SchemaSource", "Introspection", "Diff", "Plan",
                "Migrations", "Postgres", "SchemaModel", "PgQuery", "DevDatabase", "CorpusFixtures",
            ]),
        .testTarget(name: "CLITests", dependencies: ["TestSupport", "Postgres", "DevDatabase"]),
    ]
)
