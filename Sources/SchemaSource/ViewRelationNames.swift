import SQLTree

/// The names PostgreSQL prints for the relations of one query level when it prints a view
/// (`set_rtable_names` in ruleutils.c): each FROM entry is called by its alias, else by the relation's,
/// CTE's or function's name, and a name already taken at this level or by an enclosing query level gets
/// the first free suffix (`r` → `r_1`): the recursive branch of `WITH RECURSIVE r ... SELECT ... FROM r`
/// reads `FROM r r_1`. Names follow the order the parser adds the entries: FROM items left to right, a
/// join's inputs before the join (whose name, if it has an alias, comes after them).
struct ViewRelationNames {
    /// The names this level prints, in entry order.
    private(set) var printed: [String] = []
    /// Every name taken at this level and above (what a nested query level must avoid).
    private(set) var taken: Set<String>
    private var counters: [String: Int] = [:]
    private var cursor = 0

    /// Names for `written` (this level's entry names, in order) where `enclosing` are taken already.
    init(written: [String], enclosing: Set<String>) {
        taken = enclosing
        for name in enclosing { counters[name] = 0 }
        for name in written { printed.append(claim(name)) }
    }

    private mutating func claim(_ name: String) -> String {
        guard var counter = counters[name] else {
            counters[name] = 0
            taken.insert(name)
            return name
        }
        var candidate: String
        repeat {
            counter += 1
            candidate = "\(name)_\(counter)"
        } while counters[candidate] != nil
        counters[name] = counter
        counters[candidate] = 0
        taken.insert(candidate)
        return candidate
    }

    /// The printed name of the next entry, in the order the names were given.
    mutating func next() -> String {
        defer { cursor += 1 }
        return cursor < printed.count ? printed[cursor] : ""
    }
}
