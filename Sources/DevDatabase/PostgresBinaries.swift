import Foundation

/// A directory of PostgreSQL server programs (`postgres`, `initdb`, `pg_ctl`) used to run a local cluster.
///
/// monolayer ships no server of its own: the dev database and the test suite run whatever PostgreSQL is installed,
/// so finding it reliably (and explaining how to point at another one) matters more than anything else here.
public struct PostgresBinaries: Sendable, Equatable {
    /// The programs a directory must hold to run a cluster.
    public static let requiredPrograms = ["postgres", "initdb", "pg_ctl"]

    /// The `bin` directory holding `postgres`, `initdb` and `pg_ctl` (and usually `psql`, `createdb`, ...).
    public let directory: URL

    public init(directory: URL) {
        self.directory = directory.standardizedFileURL
    }

    /// The path of one program in this directory (which need not exist).
    public func program(_ name: String) -> URL {
        directory.appendingPathComponent(name)
    }

    /// Finds server binaries, in the order of SPEC section 9:
    /// 1. `MONOLAYER_PG_BIN` (an error if set but unusable: an explicit choice must not be silently ignored),
    /// 2. `pg_config --bindir` (the installation the user's build tools already use),
    /// 3. the first `PATH` directory holding `postgres`, `initdb` and `pg_ctl`,
    /// 4. `/usr/lib/postgresql/*/bin`, highest major version first (Debian and Ubuntu keep servers off `PATH`).
    public static func locate(
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws -> PostgresBinaries {
        if let explicit = environment["MONOLAYER_PG_BIN"], !explicit.isEmpty {
            let binaries = PostgresBinaries(directory: URL(fileURLWithPath: explicit))
            let missing = binaries.missingPrograms
            guard missing.isEmpty else {
                throw DevDatabaseError(
                    "MONOLAYER_PG_BIN=\(explicit) does not hold the PostgreSQL server programs "
                        + "(missing: \(missing.joined(separator: ", "))). Point it at the bin directory of a "
                        + "PostgreSQL server installation (the one containing postgres, initdb and pg_ctl), "
                        + "or unset it to search automatically.")
            }
            return binaries
        }
        var searched: [String] = []
        var childEnvironment = environment.filter { !$0.key.hasPrefix("PG") }
        if childEnvironment["PATH"] == nil { childEnvironment["PATH"] = "/usr/local/bin:/usr/bin:/bin" }
        if CommandRunner.resolve("pg_config", environment: childEnvironment) != nil,
            let result = try? CommandRunner.run(["pg_config", "--bindir"], environment: childEnvironment),
            result.succeeded
        {
            let bindir = result.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
            if !bindir.isEmpty {
                let binaries = PostgresBinaries(directory: URL(fileURLWithPath: bindir))
                if binaries.missingPrograms.isEmpty { return binaries }
                searched.append("\(bindir) (from pg_config --bindir)")
            }
        }
        for entry in (childEnvironment["PATH"] ?? "").split(separator: ":") where !entry.isEmpty {
            let binaries = PostgresBinaries(directory: URL(fileURLWithPath: String(entry)))
            if binaries.missingPrograms.isEmpty { return binaries }
        }
        searched.append("PATH")
        for directory in debianServerDirectories() {
            let binaries = PostgresBinaries(directory: URL(fileURLWithPath: directory))
            if binaries.missingPrograms.isEmpty { return binaries }
        }
        searched.append("/usr/lib/postgresql/*/bin")
        throw DevDatabaseError(
            "Could not find the PostgreSQL server programs (postgres, initdb, pg_ctl); searched "
                + searched.joined(separator: ", ") + ". Install a PostgreSQL server (for example "
                + "`apt-get install postgresql` or `brew install postgresql`), or set MONOLAYER_PG_BIN to the "
                + "directory that contains them.")
    }

    /// `/usr/lib/postgresql/<version>/bin` directories, highest version first.
    static func debianServerDirectories(root: String = "/usr/lib/postgresql") -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
        return names
            .compactMap { name -> (version: [Int], path: String)? in
                let parts = name.split(separator: ".").map { Int($0) }
                guard !parts.isEmpty, parts.allSatisfy({ $0 != nil }) else { return nil }
                return (parts.map { $0! }, "\(root)/\(name)/bin")
            }
            .sorted { $0.version.lexicographicallyPrecedes($1.version) }
            .reversed()
            .map(\.path)
    }

    /// Required programs that are absent or not executable in `directory`.
    public var missingPrograms: [String] {
        Self.requiredPrograms.filter { !FileManager.default.isExecutableFile(atPath: program($0).path) }
    }

    /// The server's version as printed by `postgres --version`, such as "15.18" or "18.6" (distribution suffixes
    /// like "(Debian 15.18-0+deb12u1)" are dropped; development versions keep their tag, such as "19devel").
    public func version() throws -> String {
        let result = try CommandRunner.run([program("postgres").path, "--version"])
        guard result.succeeded else {
            throw DevDatabaseError.commandFailed(
                "Asking \(program("postgres").path) for its version", result: result,
                advice: "Check that the PostgreSQL installation in \(directory.path) is complete and runs on "
                    + "this machine (missing shared libraries are the usual cause).")
        }
        guard let version = Self.parseVersion(result.standardOutput) else {
            throw DevDatabaseError(
                "Could not read a version from `postgres --version` in \(directory.path) (it printed "
                    + "\"\(result.combinedOutput)\"). Point MONOLAYER_PG_BIN at a PostgreSQL server's bin directory.")
        }
        return version
    }

    /// The major version (15 for "15.18", 18 for "18.6").
    public var majorVersion: Int {
        get throws {
            let text = try version()
            guard let major = Int(text.prefix(while: \.isNumber)) else {
                throw DevDatabaseError("Could not read a major version from PostgreSQL version \"\(text)\".")
            }
            return major
        }
    }

    /// The version in a line like "postgres (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)".
    static func parseVersion(_ output: String) -> String? {
        let text = output.trimmingCharacters(in: .whitespacesAndNewlines)
        let tail: Substring
        if let marker = text.range(of: "(PostgreSQL) ") {
            tail = text[marker.upperBound...]
        } else if let digit = text.firstIndex(where: \.isNumber) {
            tail = text[digit...]
        } else {
            return nil
        }
        let version = tail.prefix { !$0.isWhitespace && $0 != "(" }
        return version.first?.isNumber == true ? String(version) : nil
    }
}
