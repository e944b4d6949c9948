import Migrations
import Plan

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
        let desired = try project.loadSchema()
        let session = try MigrationSession.open(project, console: console, announce: false)
        let (connection, status) = (session.connection, session.status)
        if !status.pending.isEmpty {
            console.progress("note: \(status.pending.count) migration(s) are not applied to this database yet; the plan compares with the database as it is.")
        }
        let plan = Planner.plan(current: try Operations.introspect(connection), desired: desired)
        console.print(PlanRenderer.render(plan, format: format))
        return exitCodeOnChanges && !plan.isEmpty ? 1 : 0
    }
}
