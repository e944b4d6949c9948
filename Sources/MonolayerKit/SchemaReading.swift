import SchemaSource

/// The schema files, read on a thread of their own while a command starts on the database (connects,
/// reads the migrations' state, reads the catalog, replays migrations): commands take the model when
/// they need it. Input errors still come first: a command asks for the model before it changes
/// anything, and when the database part fails, the files' errors are reported instead if they have any.
final class SchemaReading: @unchecked Sendable {
    private let task: BackgroundTask<(LoadedSchema, Double)>
    private let console: Console
    private var noticesPrinted = false

    init(_ project: Project, console: Console) {
        let (url, strict) = (project.schemaURL, project.strict)
        task = BackgroundTask { try PlanTimings.measure { try Project.loadSchema(at: url, strict: strict) } }
        self.console = console
    }

    /// How long reading the files took (waiting for them).
    func seconds() throws -> Double { try task.value().1 }

    /// The files' model (waiting for it), their notices printed the first time.
    func schema() throws -> LoadedSchema {
        let schema = try task.value().0
        if !noticesPrinted {
            noticesPrinted = true
            Operations.printNotices(schema, console: console)
        }
        return schema
    }

    /// Runs the database part of a command; if it fails, an error in the files is reported in its place.
    func whileReading<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch {
            _ = try schema()
            throw error
        }
    }
}
