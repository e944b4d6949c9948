import Plan
import SchemaModel
import SQLTree

/// B101 an index built without CONCURRENTLY on an existing table; B102 and D005 a dropped index;
/// MF101 CONCURRENTLY where a transaction surrounds it.
struct IndexRule: LintRule {
    func check(_ statement: LintStatement, _ history: LintHistory) -> [LintHit] {
        if let index = statement.body("IndexStmt") { return created(index, statement, history) }
        if let drop = statement.body("DropStmt"), drop.removeType == "OBJECT_INDEX" {
            return dropped(drop, statement, history)
        }
        if let reindex = statement.body("ReindexStmt"), statement.transactional,
           reindex.params.contains(where: { $0.body("DefElem")?.defname == "concurrently" }) {
            return [LintHit(.MF101, LintCatalogue.concurrentlyInTransaction("REINDEX"))]
        }
        return []
    }

    private func created(_ index: Node, _ statement: LintStatement, _ history: LintHistory) -> [LintHit] {
        guard let table = LintNames.relation(index.relation) else { return [] }
        if index.concurrent {
            return statement.transactional ? [LintHit(.MF101, LintCatalogue.concurrentlyInTransaction("CREATE INDEX"))] : []
        }
        // `ON ONLY parent` builds nothing (the partitions' indexes are attached later), so it locks nothing for long.
        let relation = index.relation?.body("RangeVar") ?? index.relation
        let onlyParent = relation?.inh != true
        guard history.isExisting(table), !onlyParent else { return [] }
        return [LintHit(.B101, LintCatalogue.indexWithoutConcurrently(index.idxname, on: table))]
    }

    private func dropped(_ drop: Node, _ statement: LintStatement, _ history: LintHistory) -> [LintHit] {
        let concurrent = drop.concurrent
        var hits: [LintHit] = []
        if concurrent, statement.transactional {
            hits.append(LintHit(.MF101, LintCatalogue.concurrentlyInTransaction("DROP INDEX")))
        }
        for object in drop.objects {
            guard let name = LintNames.qualified(object.body("List")?.items.nameList ?? object.nameList),
                  history.isExistingIndex(name) else { continue }
            hits.append(LintHit(WarningCatalogue.droppedIndex(name)))
            if !concurrent { hits.append(LintHit(WarningCatalogue.droppedIndexWithoutConcurrently(name))) }
        }
        return hits
    }
}
