import Migrations
import Plan
import SchemaModel

/// `plan`: what `sync` would generate, written nowhere.
public struct PlanOperation {
    public let project: Project
    public let console: Console
    public var format: PlanRenderer.Format
    public var exitCodeOnChanges: Bool

    public init(project: Project, console: Console, format: PlanRenderer.Format, exitCodeOnChanges: Bool) {
        self.project = project
        self.console = console
        self.format = format
        self.exitCodeOnChanges = exitCodeOnChanges
    }

    public func run() throws -> Int32 {
        // The files are parsed while the database is read (plan only reads it). Errors in the files
        // are reported before any database error, as if the files had been read first.
        let schemaURL = project.schemaURL
        let parsing = BackgroundTask { try Project.loadSchema(at: schemaURL) }
        let reading = Result { () throws -> (MigrationStatus, SchemaModel) in
            let session = try MigrationSession.open(project, console: console, announce: true)
            return (session.status, try Operations.introspect(session.connection))
        }
        let desired = try parsing.value()
        let (status, current) = try reading.get()
        if !status.pending.isEmpty {
            console.progress("note: \(status.pending.count) migration(s) are not applied to this database yet; the plan compares with the database as it is.")
        }
        try RenameHintCheck.check(current: current, desired: desired)
        let plan = Planner.plan(current: current, desired: desired)
        console.print(PlanRenderer.render(plan, format: format))
        return exitCodeOnChanges && !plan.isEmpty ? 1 : 0
    }
}
