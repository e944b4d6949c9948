import SchemaModel

/// The objects that exist at one point of a simulated plan, each filed under the object that holds it
/// (a column under its table, an index under its table, a table under its schema), so that dropping or
/// renaming a table visits the table's own members. Searching every object for the members of each
/// dropped table made a plan that drops thousands of tables take minutes. The filing is made when a
/// plan first drops or renames a relation or schema: a plan that only adds pays nothing for it.
struct ExistingObjects {
    private(set) var all: Set<ObjectID> = []
    /// What each object holds directly, whether or not they exist now: the links follow from the names
    /// alone, so they are kept when an object goes (`members(of:)` reads them through `all`). Nil until
    /// first needed; then built from `all` (only objects that hold nothing went before, by `remove`).
    private var members: [ObjectID: Set<ObjectID>]?
    /// The object that directly holds `id` and goes away with it, if any.
    private let holder: (ObjectID) -> ObjectID?

    init(_ objects: Set<ObjectID>, holder: @escaping (ObjectID) -> ObjectID?) {
        self.holder = holder
        all = objects
    }

    func contains(_ id: ObjectID) -> Bool { all.contains(id) }

    mutating func insert(_ id: ObjectID) {
        guard all.insert(id).inserted, members != nil else { return }
        link(id)
    }

    /// Files `id` under its holder, and the holder under its own, up the chain (a column, its table, the
    /// table's schema) until a link is known.
    private mutating func link(_ id: ObjectID) {
        var child = id
        while let parent = holder(child), members![parent, default: []].insert(child).inserted {
            child = parent
        }
    }

    private mutating func fileMembers() {
        guard members == nil else { return }
        members = [:]
        for id in all { link(id) }
    }

    mutating func insert<Objects: Sequence>(contentsOf ids: Objects) where Objects.Element == ObjectID {
        for id in ids { insert(id) }
    }

    /// Removes `id` alone; returns whether it existed.
    @discardableResult
    mutating func remove(_ id: ObjectID) -> Bool {
        all.remove(id) != nil
    }

    /// Removes `id` with everything it holds, directly or through objects it holds (existing or not);
    /// returns what existed and was removed.
    mutating func removeWithMembers(_ id: ObjectID) -> [ObjectID] {
        fileMembers()
        var removed: [ObjectID] = []
        var pending = [id]
        while let next = pending.popLast() {
            pending.append(contentsOf: members?[next] ?? [])
            if remove(next) { removed.append(next) }
        }
        return removed
    }

    /// The existing objects `id` holds directly.
    mutating func members(of id: ObjectID) -> [ObjectID] {
        fileMembers()
        return (members?[id] ?? []).filter(all.contains)
    }

    /// Renames each existing object `rename` changes among `id` and the objects it holds directly (the
    /// only ones whose names can contain a relation's name).
    mutating func rename(_ id: ObjectID, _ rename: (ObjectID) -> ObjectID) {
        for object in [id] + members(of: id) {
            let renamed = rename(object)
            guard renamed != object, remove(object) else { continue }
            insert(renamed)
        }
    }
}
