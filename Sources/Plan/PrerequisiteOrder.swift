import HeapModule

/// The order in which the scan "take the first remaining item, in list order, that is ready" takes a
/// list's items, where an item is ready once the items it waits for are taken. Rules are tried in turn:
/// when no item is ready under the first, the first ready under the second is taken, and so on; when
/// none is ready under any, the first remaining item. Counting what each item still waits for and
/// keeping the ready ones in a heap gives the scan's order without rescanning the list for every item
/// taken, which made plans that create or drop thousands of tables quadratic.
struct PrerequisiteOrder {
    /// What one rule makes an item wait for: other items of the list (by position), and whether it
    /// also waits for something the list never provides (then it is never ready under this rule).
    struct Rule {
        var waitsFor: [[Int]]
        var neverReady: [Bool]

        init(count: Int) {
            waitsFor = Array(repeating: [], count: count)
            neverReady = Array(repeating: false, count: count)
        }
    }

    let count: Int
    let rules: [Rule]

    /// The items' positions in the order the scan takes them.
    func order() -> [Int] {
        var taken = Array(repeating: false, count: count)
        var firstRemaining = 0
        var pending: [[Int]] = []
        var waiting: [[[Int]]] = []  // per rule: for each item, the items waiting for it
        var ready: [Heap<Int>] = []
        for rule in rules {
            var counts = Array(repeating: 0, count: count)
            var waiters = Array(repeating: [Int](), count: count)
            var heap = Heap<Int>()
            for item in 0..<count {
                let prerequisites = Set(rule.waitsFor[item])
                counts[item] = prerequisites.count + (rule.neverReady[item] ? 1 : 0)
                for prerequisite in prerequisites { waiters[prerequisite].append(item) }
                if counts[item] == 0 { heap.insert(item) }
            }
            pending.append(counts)
            waiting.append(waiters)
            ready.append(heap)
        }
        var result: [Int] = []
        result.reserveCapacity(count)
        while result.count < count {
            var next: Int?
            for level in ready.indices {
                while let item = ready[level].min, taken[item] { _ = ready[level].removeMin() }
                if let item = ready[level].popMin() { next = item; break }
            }
            if next == nil {
                while taken[firstRemaining] { firstRemaining += 1 }
                next = firstRemaining
            }
            let item = next!
            taken[item] = true
            result.append(item)
            for level in rules.indices {
                for waiter in waiting[level][item] {
                    pending[level][waiter] -= 1
                    if pending[level][waiter] == 0, !taken[waiter] { ready[level].insert(waiter) }
                }
            }
        }
        return result
    }
}
