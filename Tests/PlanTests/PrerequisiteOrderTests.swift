@testable import Plan
import Testing
import TestSupport

/// `PrerequisiteOrder` must take items in exactly the order of the scan it replaces ("the first remaining
/// item that is ready under the first rule, else under the second, ..., else the first remaining"):
/// plans' statement order, and so every golden plan, follows from it.
@Suite struct PrerequisiteOrderTests {
    /// The scan itself, as the planner ran it before.
    private func scanned(count: Int, rules: [PrerequisiteOrder.Rule]) -> [Int] {
        var remaining = Array(0..<count)
        var taken: Set<Int> = []
        var result: [Int] = []
        while !remaining.isEmpty {
            let isReady = { (rule: PrerequisiteOrder.Rule, item: Int) in
                !rule.neverReady[item] && rule.waitsFor[item].allSatisfy(taken.contains)
            }
            let position = rules.lazy.compactMap { rule in remaining.firstIndex { isReady(rule, $0) } }.first ?? 0
            let item = remaining.remove(at: position)
            taken.insert(item)
            result.append(item)
        }
        return result
    }

    @Test func takesItemsInTheScansOrder() {
        var generator = SplitMix64(seed: 20_261_127)
        for round in 0..<400 {
            let count = Int.random(in: 0...40, using: &generator)
            let density = Double.random(in: 0...0.2, using: &generator)
            let rules = (0..<Int.random(in: 1...3, using: &generator)).map { _ in
                var rule = PrerequisiteOrder.Rule(count: count)
                for item in 0..<count {
                    // Waits on others (itself and duplicates included) and, rarely, on what never comes.
                    rule.waitsFor[item] = (0..<count).filter { _ in Double.random(in: 0..<1, using: &generator) < density }
                    if Int.random(in: 0..<30, using: &generator) == 0, count > 0 { rule.waitsFor[item].append(rule.waitsFor[item].first ?? item) }
                    rule.neverReady[item] = Int.random(in: 0..<25, using: &generator) == 0
                }
                return rule
            }
            let order = PrerequisiteOrder(count: count, rules: rules).order()
            #expect(order == scanned(count: count, rules: rules), "round \(round)")
            #expect(Set(order) == Set(0..<count))
        }
    }

    @Test func aChainListedBackwardsComesFirstToLast() {
        // Item i waits for item i + 1: the scan takes the last first, then each one before it.
        var rule = PrerequisiteOrder.Rule(count: 5)
        for item in 0..<4 { rule.waitsFor[item] = [item + 1] }
        #expect(PrerequisiteOrder(count: 5, rules: [rule]).order() == [4, 3, 2, 1, 0])
    }

    @Test func aCycleFallsBackToTheNextRuleThenToTheFirstRemaining() {
        var strict = PrerequisiteOrder.Rule(count: 3)
        strict.waitsFor = [[1], [0], [0]]
        var loose = PrerequisiteOrder.Rule(count: 3)
        loose.waitsFor = [[], [], []]
        loose.neverReady = [true, false, true]
        // Nothing is ready under `strict`; 1 is under `loose`; then 0 and 2 wait only for 1 and 0.
        #expect(PrerequisiteOrder(count: 3, rules: [strict, loose]).order() == [1, 0, 2])
        // With no rule satisfied at all, the first remaining item goes.
        #expect(PrerequisiteOrder(count: 3, rules: [strict]).order() == [0, 1, 2])
    }
}
