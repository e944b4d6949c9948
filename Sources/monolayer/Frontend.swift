import ArgumentParser
import Foundation
import MonolayerKit

/// Runs an operation and turns its outcome into output and an exit code (SPEC section 3).
enum Frontend {
    static func run(_ body: () throws -> Int32) throws {
        let code: Int32
        do {
            code = try body()
        } catch MonolayerError.diagnostics(let diagnostics) {
            // Diagnostics carry their own `file:line:col: error:` prefix.
            FileHandle.standardError.write(Data((diagnostics + "\n").utf8))
            code = 2
        } catch let error as MonolayerError {
            report(error.description)
            code = error.exitCode
        } catch let error as CommandFailure {
            report(error.message)
            code = error.exitCode
        } catch {
            report("\(error)")
            code = 4
        }
        if code != 0 { throw ExitCode(code) }
    }

    static func report(_ message: String) {
        FileHandle.standardError.write(Data(("error: " + message + "\n").utf8))
    }
}
