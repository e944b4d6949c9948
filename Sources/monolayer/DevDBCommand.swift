import ArgumentParser
import DevDatabase
import Foundation
import MonolayerKit

struct DevDBCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dev-db",
        abstract: "The embedded development database: start, stop, status, url, reset.",
        discussion: """
            A throwaway PostgreSQL cluster run from the server binaries on this machine (MONOLAYER_PG_BIN, \
            pg_config --bindir, PATH, /usr/lib/postgresql/*/bin), with its data under .monolayer/dev-db/, \
            listening on a unix socket and a free loopback port. When run as root, the server runs as the \
            `postgres` (or `nobody`) user, as PostgreSQL refuses to run as root.
            """)

    @Argument(help: "start, stop, status, url or reset.") var action: String

    func validate() throws {
        guard ["start", "stop", "status", "url", "reset"].contains(action) else {
            throw ValidationError("action must be start, stop, status, url or reset")
        }
    }

    func run() throws {
        try Frontend.run {
            let database = DevDatabase(projectRoot: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
            do {
                switch action {
                case "start": print("started: \(try database.start().url())")
                case "stop": try database.stop(); print("stopped")
                case "status":
                    guard let endpoint = try database.status() else { print("not running"); return 0 }
                    print("running: \(endpoint.url()) (socket \(endpoint.socketDirectory))")
                case "url": print(try database.url())
                default: print("reset: \(try database.reset().url())")
                }
            } catch let error as DevDatabaseError {
                throw MonolayerError.database(error.description)
            }
            return 0
        }
    }
}
