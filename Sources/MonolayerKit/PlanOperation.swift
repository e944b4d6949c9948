import Foundation
import Migrations
import Plan
import Postgres
import SchemaModel
import SchemaSource

/// `plan`: what `sync` would generate, written nowhere.
public struct PlanOperation {
    public let project: Project
    public let console: Console
    public var format: PlanRenderer.Format
    public var exitCodeOnChanges: Bool
    /// `--verify`: apply the plan to a scratch copy on the dev database server before showing it.
    public var verify: Bool

    public init(project: Project, console: Console, format: PlanRenderer.Format, exitCodeOnChanges: Bool, verify: Bool = false) {
        self.project = project
        self.console = console
        self.format = format
        self.exitCodeOnChanges = exitCodeOnChanges
        self.verify = verify
    }

    public func run() throws -> Int32 {
        // The files are parsed while the database is read (plan only reads it). Errors in the files
        // are reported before any database error, as if the files had been read first.
        let files = SchemaReading(project, console: console)
        var timings = PlanTimings()
        let reading = Result { () throws -> (MigrationSession, SchemaModel) in
            let session = try MigrationSession.open(project, console: console)
            let tripsBefore = session.connection.roundTrips
            let (model, seconds) = try PlanTimings.measure { try Operations.introspect(session.connection) }
            timings.introspection = seconds
            timings.roundTrips = session.connection.roundTrips - tripsBefore
            return (session, model)
        }
        let schema = try files.schema()
        timings.parse = try files.seconds()
        let desired = schema.model
        let (session, current) = try reading.get()
        let status = session.status
        if !session.folder.problems.isEmpty {
            console.progress("note: \(session.folder.problems.count) file(s) in the migrations folder have problems; migrate and sync refuse "
                + "until they are fixed (monolayer migrations status lists them).")
        }
        if !status.pending.isEmpty {
            console.progress("note: \(status.pending.count) migration(s) are not applied to this database yet; the plan compares with the database as it is.")
        }
        let ((plan, renameProblems), diffSeconds) = PlanTimings.measure { Planner.planReportingRenames(current: current, desired: desired) }
        timings.diff = diffSeconds
        if project.environment[PlanTimings.variable] != nil { console.progress(timings.line) }
        try RenameHintCheck.check(renameProblems)
        try Operations.checkParses(plan)
        if verify {
            try verifyPlan(plan, target: session.connection, current: current, desired: desired)
        }
        console.print(PlanRenderer.render(plan, format: format, skipped: schema.skipped))
        KeptUntilExit.hold(current, schema, plan)
        return exitCodeOnChanges && !plan.isEmpty ? 1 : 0
    }

    private func verifyPlan(_ plan: MigrationPlan, target: Connection, current: SchemaModel, desired: SchemaModel) throws {
        guard !plan.isEmpty else { return console.progress("verify: no changes, nothing to verify") }
        let files = MigrationStore.files(for: plan, name: MigrationStore.slug(MigrationNamer.name(for: plan)), at: Date())
        try PlanVerifier.forProject(project, console: console).verify(files, target: target, current: current, desired: desired)
    }
}
