import SchemaModel

/// Orders a plan's statements by the dependencies between their objects, within each migration (phase
/// and transaction mode); the phases themselves run in their fixed order.
///
/// Edges, `a → b` meaning a runs first:
/// - statements on the same object keep the planner's order;
/// - what a statement needs (its object's dependencies in the desired model, its owner, its extra
///   requirements) is created first;
/// - a dropped object goes after everything that still needs it: the dependents that are dropped too
///   (their dependencies in the current model), and statements that use it while nothing recreates it;
/// - an object dropped and created again is dropped first, as is an object a statement supersedes;
/// - an object defined anew in place (`replace`) comes after the drops of what depends on it and before
///   the creations of what will, also when it is part of a relation (a column's type) and they depend
///   on the relation as a whole (a view).
/// Among the statements whose predecessors have run, creations and changes go first and drops last,
/// each in the order the planner emitted them: the order is deterministic, and drops happen as late
/// as the graph allows.
struct StatementGraph {
    let current: ObjectDependencies
    let desired: ObjectDependencies

    /// What one statement does to the objects, as the edges see it.
    struct Effects {
        var object: ObjectID
        var creates: Set<ObjectID> = []
        var drops: Set<ObjectID> = []
        /// Needed to exist when the statement runs (new definitions).
        var requires: Set<ObjectID> = []
        /// What the dropped or redefined object depended on: dropped only after it.
        var releases: Set<ObjectID> = []
        var supersedes: Set<ObjectID> = []
        var usesCurrent: Set<ObjectID> = []
        var isDrop = false
        /// The relations whose parts the statement redefines (a column's type; every column of a type
        /// that is rebuilt).
        var redefinesPartsOf: Set<ObjectID> = []
    }

    func effects(of statement: PlannedStatement) -> Effects {
        var effects = Effects(object: statement.action.object)
        effects.supersedes = statement.supersedes
        effects.usesCurrent = statement.usesCurrent
        switch statement.action {
        case .create(let id):
            effects.creates = [id]
            if case .relation(let name) = id, let table = desired.model.tables[name] {
                effects.creates.formUnion(ObjectDependencies.parts(of: table))
            }
            effects.requires = statement.standsAlone ? [] : desired.of(id)
        case .alter(let id):
            effects.requires = desired.of(id).union([id])
        case .replace(let id):
            effects.creates = [id]
            effects.drops = [id]
            effects.requires = desired.of(id)
            effects.releases = current.of(id)
            if case .column(let table, _) = id { effects.redefinesPartsOf = [.relation(table)] }
            if case .type(let name) = id {
                effects.redefinesPartsOf = Set(current.model.tables.values.filter { table in
                    table.columns.contains { $0.type.userType == name }
                }.map { ObjectID.relation($0.name) })
            }
        case .drop(let id):
            effects.drops = [id]
            if case .relation(let name) = id, let table = current.model.tables[name] {
                effects.drops.formUnion(ObjectDependencies.parts(of: table) + current.attachments(of: name))
            } else if case .relation(let name) = id, current.model.views[name] != nil {
                effects.drops.formUnion(current.triggers(on: name).map { .trigger($0.identity) })
            }
            effects.releases = current.of(id)
            // What goes with the object holds on to what it needs until then (a trigger's function).
            for attached in effects.drops where attached != id { effects.releases.formUnion(current.of(attached)) }
            effects.releases.subtract(effects.drops)
            effects.isDrop = true
        case .rename(let old, let new):
            effects.creates = [new]
            effects.drops = [old]
            effects.requires = new.owner.map { [$0] } ?? []
        }
        effects.requires.formUnion(statement.requires)
        // What contains what it needs is needed too (a column's table's schema, which a rename may bring).
        for id in Array(effects.requires) + [statement.action.object] {
            var owner = id.owner
            while let next = owner, !effects.requires.contains(next) {
                effects.requires.insert(next)
                owner = next.owner
            }
        }
        effects.requires.subtract(effects.creates)
        if case .rename(let old, _) = statement.action { effects.requires.remove(old) }
        return effects
    }

    /// Statements moved to the migration of what they need, when that runs later: an index on a column
    /// that is added in alter (a NOT NULL column without default) is built in alter too, after it. A
    /// statement that follows a non-transactional one there runs alone as well. Drops stay where the
    /// planner put them.
    func liftingPhases(_ statements: [PlannedStatement]) -> [PlannedStatement] {
        var statements = statements
        // What a statement does does not depend on where it runs: computed once.
        let effects = statements.map(effects(of:))
        var creators: [ObjectID: [Int]] = [:]
        var droppers: [ObjectID: [Int]] = [:]
        for (index, effect) in effects.enumerated() {
            for id in effect.creates { creators[id, default: []].append(index) }
            for id in effect.drops { droppers[id, default: []].append(index) }
        }
        // What each statement needs run before it: what it needs created, what it takes the place of dropped.
        let needed = effects.enumerated().map { index, effect -> [Int] in
            guard !effect.isDrop else { return [] }
            return (effect.requires.flatMap { creators[$0] ?? [] } + replaced(by: effect).flatMap { droppers[$0] ?? [] })
                .filter { $0 != index }
        }
        var changed = true
        while changed {
            changed = false
            for index in statements.indices {
                for other in needed[index] {
                    let theirs = BucketKey(phase: statements[other].phase, transactional: statements[other].transactional)
                    let own = BucketKey(phase: statements[index].phase, transactional: statements[index].transactional)
                    guard own < theirs else { continue }
                    statements[index].phase = theirs.phase
                    statements[index].transactional = theirs.transactional && statements[index].transactional
                    changed = true
                }
            }
        }
        return statements
    }

    /// The statements in running order: per migration, topologically sorted.
    func ordered(_ statements: [PlannedStatement]) -> [PlannedStatement] {
        let buckets = Dictionary(grouping: statements.indices) { BucketKey(phase: statements[$0].phase, transactional: statements[$0].transactional) }
        var result: [PlannedStatement] = []
        for key in buckets.keys.sorted() {
            let indices = buckets[key]!
            result += sort(indices.map { statements[$0] })
        }
        return result
    }

    struct BucketKey: Hashable, Comparable {
        var phase: Phase
        var transactional: Bool
        static func < (lhs: BucketKey, rhs: BucketKey) -> Bool {
            (lhs.phase, lhs.transactional ? 0 : 1) < (rhs.phase, rhs.transactional ? 0 : 1)
        }
    }

    /// Kahn's algorithm with the tie-break above; a cycle (which a correct planner does not produce) is
    /// broken at the first statement in tie-break order, and the plan simulation judges the result.
    private func sort(_ statements: [PlannedStatement]) -> [PlannedStatement] {
        let effects = statements.map(effects(of:))
        let edges = self.edges(effects)
        var predecessors = [Int](repeating: 0, count: statements.count)
        for targets in edges { for target in targets { predecessors[target] += 1 } }
        // Creations and changes (by planner order) before drops (by planner order).
        let rank = { (index: Int) in (effects[index].isDrop ? statements.count : 0) + index }
        var ready = MinHeap(statements.indices.filter { predecessors[$0] == 0 }.map(rank))
        var done = [Bool](repeating: false, count: statements.count)
        var order: [Int] = []
        while order.count < statements.count {
            let next: Int
            if let ranked = ready.pop() {
                next = ranked % statements.count
            } else {
                next = statements.indices.filter { !done[$0] }.min { rank($0) < rank($1) }!
            }
            guard !done[next] else { continue }
            done[next] = true
            order.append(next)
            for target in edges[next] where !done[target] {
                predecessors[target] -= 1
                if predecessors[target] == 0 { ready.push(rank(target)) }
            }
        }
        return order.map { statements[$0] }
    }

    /// For each statement, the statements that must run after it.
    private func edges(_ effects: [Effects]) -> [Set<Int>] {
        var creators: [ObjectID: [Int]] = [:]
        var droppers: [ObjectID: [Int]] = [:]
        var partRedefiners: [ObjectID: [Int]] = [:]
        for (index, effect) in effects.enumerated() {
            for id in effect.creates { creators[id, default: []].append(index) }
            for id in effect.drops { droppers[id, default: []].append(index) }
            for relation in effect.redefinesPartsOf { partRedefiners[relation, default: []].append(index) }
        }
        var edges = [Set<Int>](repeating: [], count: effects.count)
        // Statements on one object keep the order the planner emitted them in (a default dropped before
        // the column's type changes, set again after); the edges below only relate different objects.
        func add(_ from: Int, _ to: Int) { if from != to, effects[from].object != effects[to].object { edges[from].insert(to) } }
        var previousOnObject: [ObjectID: Int] = [:]
        for (index, effect) in effects.enumerated() {
            if let previous = previousOnObject[effect.object] { edges[previous].insert(index) }
            previousOnObject[effect.object] = index
        }
        for (index, effect) in effects.enumerated() {
            for id in effect.requires {
                for creator in creators[id] ?? [] { add(creator, index) }
                // Used while nothing (else) brings it back: it is dropped after this statement.
                if (creators[id] ?? []).allSatisfy({ $0 == index }) {
                    for dropper in droppers[id] ?? [] { add(index, dropper) }
                }
                if !effect.isDrop, effect.redefinesPartsOf.isEmpty {
                    for redefiner in partRedefiners[id] ?? [] where !isPart(effect, of: id) { add(redefiner, index) }
                }
            }
            for id in effect.releases.union(effect.usesCurrent) {
                for dropper in droppers[id] ?? [] { add(index, dropper) }
                for redefiner in partRedefiners[id] ?? [] where effect.isDrop { add(index, redefiner) }
            }
            for id in replaced(by: effect) {
                for dropper in droppers[id] ?? [] { add(dropper, index) }
            }
        }
        return edges
    }

    /// The current objects a statement creates anew or takes the place of: their drops come first. (An
    /// object the plan itself creates and later drops, a temporary check, is not among them.)
    private func replaced(by effect: Effects) -> Set<ObjectID> {
        effect.creates.subtracting(effect.drops).filter(current.contains).union(effect.supersedes)
    }

    /// Whether the statement works on a part of `relation` (its columns, constraints, indexes): such
    /// statements follow the part's own edges, not the relation's.
    private func isPart(_ effect: Effects, of relation: ObjectID) -> Bool {
        (effect.creates.union(effect.requires)).contains { $0.owner == relation }
    }
}

/// The smallest of a set of integers, repeatedly.
private struct MinHeap {
    private var items: [Int] = []

    init(_ values: [Int]) { for value in values { push(value) } }

    mutating func push(_ value: Int) {
        items.append(value)
        var child = items.count - 1
        while child > 0, items[(child - 1) / 2] > items[child] {
            items.swapAt(child, (child - 1) / 2)
            child = (child - 1) / 2
        }
    }

    mutating func pop() -> Int? {
        guard let first = items.first else { return nil }
        items[0] = items[items.count - 1]
        items.removeLast()
        var parent = 0
        while true {
            let left = 2 * parent + 1, right = left + 1
            var smallest = parent
            if left < items.count, items[left] < items[smallest] { smallest = left }
            if right < items.count, items[right] < items[smallest] { smallest = right }
            if smallest == parent { return first }
            items.swapAt(parent, smallest)
            parent = smallest
        }
    }
}
