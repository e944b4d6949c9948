import SchemaModel

/// The objects that exist at one point of a simulated plan: those of a base model (the current one)
/// with the plan's changes so far laid over it, objects added and base objects removed. Kept as the
/// difference rather than as a set of every object, which at 50,000 tables took 60 MB for a plan of
/// one change.
///
/// A drop of a relation or schema takes what it holds (a table's columns, constraints, indexes,
/// triggers and policies; a schema's relations, types, functions, and what those hold): the base's
/// members come from the model (`baseMembers`), the added objects' from their names as they are added.
struct ExistingObjects {
    private let inBase: (ObjectID) -> Bool
    /// The base objects `id` directly holds, whether or not they were removed since.
    private let baseMembers: (ObjectID) -> [ObjectID]
    /// The object that directly holds `id` and goes away with it, if any.
    private let holder: (ObjectID) -> ObjectID?
    private(set) var added: Set<ObjectID> = []
    private(set) var removed: Set<ObjectID> = []
    /// What each added object's holders hold among the added objects (and the holders up the chain,
    /// whether or not they exist: the links follow from the names alone, and are kept when one goes).
    private var addedMembers: [ObjectID: Set<ObjectID>] = [:]

    init(inBase: @escaping (ObjectID) -> Bool, baseMembers: @escaping (ObjectID) -> [ObjectID],
         holder: @escaping (ObjectID) -> ObjectID?) {
        self.inBase = inBase
        self.baseMembers = baseMembers
        self.holder = holder
    }

    func contains(_ id: ObjectID) -> Bool {
        added.contains(id) || (inBase(id) && !removed.contains(id))
    }

    mutating func insert(_ id: ObjectID) {
        guard !contains(id) else { return }
        if inBase(id) {
            removed.remove(id)
        } else {
            added.insert(id)
            var child = id
            while let parent = holder(child), addedMembers[parent, default: []].insert(child).inserted { child = parent }
        }
    }

    mutating func insert<Objects: Sequence>(contentsOf ids: Objects) where Objects.Element == ObjectID {
        for id in ids { insert(id) }
    }

    /// Removes `id` alone; returns whether it existed.
    @discardableResult
    mutating func remove(_ id: ObjectID) -> Bool {
        guard contains(id) else { return false }
        if added.remove(id) == nil { removed.insert(id) }
        return true
    }

    /// Removes `id` with everything it holds, directly or through objects it holds (existing or not);
    /// returns what existed and was removed.
    mutating func removeWithMembers(_ id: ObjectID) -> [ObjectID] {
        var gone: [ObjectID] = []
        var pending = [id]
        var visited: Set<ObjectID> = []
        while let next = pending.popLast() {
            guard visited.insert(next).inserted else { continue }
            pending += allMembers(of: next)
            if remove(next) { gone.append(next) }
        }
        return gone
    }

    /// The existing objects `id` holds directly.
    func members(of id: ObjectID) -> [ObjectID] {
        allMembers(of: id).filter(contains)
    }

    private func allMembers(of id: ObjectID) -> [ObjectID] {
        baseMembers(id) + (addedMembers[id] ?? [])
    }

    /// Renames `id` and, for a relation, each existing object it holds directly that `rename` changes: a
    /// relation's parts carry its name. A schema's members keep theirs here (their names are not
    /// rewritten when a schema is renamed).
    mutating func rename(_ id: ObjectID, _ rename: (ObjectID) -> ObjectID) {
        var objects = [id]
        if case .relation = id { objects += members(of: id) }
        for object in objects {
            let renamed = rename(object)
            guard renamed != object, remove(object) else { continue }
            insert(renamed)
        }
    }
}
