import SchemaModel
import TestSupport

/// Random schemas for the generated-schema test: every common object kind, names that need quoting,
/// and dependencies between kinds (columns of enum and domain types, defaults calling functions and
/// sequences, foreign keys, views over joins, triggers and their functions, comments). The statements
/// come in an order PostgreSQL accepts; the test hands them to the loader in another order.
struct SchemaGenerator {
    struct Statement {
        var sql: String
        /// Which generated objects the statement needs (index into `statements`), for shrinking.
        var needs: Set<Int>
    }

    private var random: SplitMix64
    private(set) var statements: [Statement] = []

    init(seed: UInt64) { random = SplitMix64(seed: seed) }

    private struct TableInfo {
        var name: String
        var columns: [(name: String, type: String)]
        var statement: Int
        var keyColumn: String?
    }

    private var enums: [(name: String, labels: [String], statement: Int)] = []
    private var domains: [(name: String, base: String, statement: Int)] = []
    private var sequences: [(name: String, statement: Int)] = []
    private var functions: [(name: String, statement: Int)] = []
    private var tables: [TableInfo] = []
    private var usedNames: Set<String> = []
    /// The `CREATE SCHEMA` statement of each generated schema.
    private var schemaStatements: [String: Int] = [:]

    static let words = ["account", "order", "user", "item", "Line Item", "select", "group", "Mixed", "value", "state",
                        "note", "from", "table", "price", "customer", "Ünïcode", "with space", "end", "limit", "kind"]

    mutating func generate() -> [Statement] {
        let schemas = ["public"] + (0..<random.next(upTo: 3)).map { _ in freshName(["app", "Sales", "audit data", "x"]) }
        for schema in schemas.dropFirst() { schemaStatements[schema] = add("CREATE SCHEMA \(quote(schema));", needs: []) }
        for schema in schemas {
            for _ in 0..<random.next(upTo: 2) { addEnum(in: schema) }
            for _ in 0..<random.next(upTo: 2) { addDomain(in: schema) }
            for _ in 0..<random.next(upTo: 2) { addSequence(in: schema) }
            if random.next(upTo: 2) == 0 { addFunction(in: schema) }
            for _ in 0..<(1 + random.next(upTo: 3)) { addTable(in: schema) }
        }
        for _ in 0..<random.next(upTo: 3) { addView() }
        if random.next(upTo: 2) == 0 { addJoinView() }
        if random.next(upTo: 2) == 0 { addTrigger() }
        if random.next(upTo: 2) == 0 { addPolicy() }
        if random.next(upTo: 2) == 0 { addPartitionedTable() }
        if random.next(upTo: 2) == 0 { addComposite() }
        if random.next(upTo: 2) == 0, let table = tables.randomElement(using: &random) {
            add("GRANT SELECT ON \(table.name) TO PUBLIC;", needs: [table.statement])
        }
        return statements
    }

    // MARK: - Kinds

    private mutating func addEnum(in schema: String) {
        let name = qualified(schema, freshName(["mood", "status", "Phase", "level kind"]))
        let labels = pick(["new", "in progress", "done", "it's", "ÜBER", "x"], count: 2 + random.next(upTo: 3))
        let index = add("CREATE TYPE \(name) AS ENUM (\(labels.map(literal).joined(separator: ", ")));", needs: schemaNeeds(schema))
        enums.append((name, labels, index))
    }

    private mutating func addDomain(in schema: String) {
        let name = qualified(schema, freshName(["positive", "short text", "Code"]))
        let (base, check) = random.next(upTo: 2) == 0 ? ("integer", "VALUE > 0") : ("text", "length(VALUE) < 40")
        let index = add("CREATE DOMAIN \(name) AS \(base) CHECK (\(check));", needs: schemaNeeds(schema))
        domains.append((name, base, index))
    }

    private mutating func addSequence(in schema: String) {
        let name = qualified(schema, freshName(["counter", "Ticket Seq", "serial numbers"]))
        let options = ["", " START WITH 100", " INCREMENT BY 5", " CACHE 10", " MAXVALUE 99999 CYCLE"][random.next(upTo: 5)]
        let index = add("CREATE SEQUENCE \(name)\(options);", needs: schemaNeeds(schema))
        sequences.append((name, index))
    }

    private mutating func addFunction(in schema: String) {
        let name = qualified(schema, freshName(["next code", "plus_one", "Default Level"]))
        let index = add("CREATE FUNCTION \(name)(x integer) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT x + 1 $$;",
                        needs: schemaNeeds(schema))
        functions.append((name, index))
    }

    private mutating func addTable(in schema: String) {
        let tableName = qualified(schema, freshName(Self.words))
        var needs = schemaNeeds(schema)
        var columns: [(String, String)] = []
        var definitions: [String] = []
        let identity = random.next(upTo: 2) == 0
        definitions.append("id bigint " + (identity ? "GENERATED ALWAYS AS IDENTITY " : "") + "PRIMARY KEY")
        columns.append(("id", "bigint"))
        var columnNames: Set<String> = ["id"]
        for _ in 0..<(1 + random.next(upTo: 5)) {
            var column = Self.words[random.next(upTo: Self.words.count)]
            while columnNames.contains(column) { column += "_2" }
            columnNames.insert(column)
            let (type, defaultValue, typeNeeds) = columnType()
            needs.formUnion(typeNeeds)
            var definition = "\(quote(column)) \(type)"
            if random.next(upTo: 4) == 0 { definition += " NOT NULL" }
            if let value = defaultValue, random.next(upTo: 2) == 0 { definition += " DEFAULT \(value)" }
            if type == "integer", let sequence = sequences.randomElement(using: &random), random.next(upTo: 3) == 0 {
                definition = "\(quote(column)) integer DEFAULT nextval(\(literal(sequence.name))::regclass)"
                needs.insert(sequence.statement)
            } else if type == "integer", let function = functions.randomElement(using: &random), random.next(upTo: 3) == 0 {
                definition = "\(quote(column)) integer DEFAULT \(function.name)(1)"
                needs.insert(function.statement)
            }
            if type == "integer", random.next(upTo: 4) == 0 { definition += " CHECK (\(quote(column)) >= 0)" }
            definitions.append(definition)
            columns.append((column, type))
        }
        if let parent = tables.randomElement(using: &random), random.next(upTo: 2) == 0 {
            var column = "parent id"
            while columnNames.contains(column) { column += "_2" }
            definitions.append("\(quote(column)) bigint REFERENCES \(parent.name) (id)"
                               + ["", " ON DELETE CASCADE", " ON DELETE SET NULL", " DEFERRABLE"][random.next(upTo: 4)])
            columns.append((column, "bigint"))
            needs.insert(parent.statement)
        }
        let index = add("CREATE TABLE \(tableName) (\n    " + definitions.joined(separator: ",\n    ") + "\n);", needs: needs)
        tables.append(TableInfo(name: tableName, columns: columns, statement: index, keyColumn: "id"))
        addIndexes(on: tables[tables.count - 1])
        if random.next(upTo: 2) == 0 {
            add("COMMENT ON TABLE \(tableName) IS \(literal(["it's a table", "Ünïcode comment", "plain"][random.next(upTo: 3)]));",
                needs: [index])
        }
        if let column = columns.randomElement(using: &random), random.next(upTo: 3) == 0 {
            add("COMMENT ON COLUMN \(tableName).\(quote(column.0)) IS \(literal("the \(column.0)"));", needs: [index])
        }
    }

    private mutating func columnType() -> (String, String?, Set<Int>) {
        switch random.next(upTo: 12) {
        case 0: return ("integer", String(random.next(upTo: 100)), [])
        case 1: return ("text", literal("it's"), [])
        case 2: return ("character varying(\(10 + random.next(upTo: 50)))", literal("x"), [])
        case 3: return ("numeric(\(5 + random.next(upTo: 10)),2)", "0.5", [])
        case 4: return ("boolean", ["true", "false"][random.next(upTo: 2)], [])
        case 5: return ("timestamp with time zone", "now()", [])
        case 6: return ("jsonb", "'{}'::jsonb", [])
        case 7: return ("integer[]", "'{}'::integer[]", [])
        case 8: return ("date", "CURRENT_DATE", [])
        case 9:
            guard let type = enums.randomElement(using: &random) else { return ("integer", "1", []) }
            return (type.name, literal(type.labels[0]), [type.statement])
        case 10:
            guard let domain = domains.randomElement(using: &random) else { return ("text", nil, []) }
            return (domain.name, domain.base == "integer" ? "1" : literal("a"), [domain.statement])
        default: return ("integer", nil, [])
        }
    }

    private mutating func addIndexes(on table: TableInfo) {
        for _ in 0..<random.next(upTo: 3) {
            guard let column = table.columns.dropFirst().randomElement(using: &random) else { return }
            let name = freshName(["\(bare(table.name)) \(column.name) idx", "idx", "Index"])
            var key = quote(column.name)
            if column.type == "text", random.next(upTo: 2) == 0 { key = "lower(\(key))" }
            if column.type == "jsonb" || column.type == "integer[]" {
                add("CREATE INDEX \(quote(name)) ON \(table.name) USING gin (\(key));", needs: [table.statement])
                continue
            }
            let unique = random.next(upTo: 3) == 0 ? "UNIQUE " : ""
            let predicate = random.next(upTo: 3) == 0 ? " WHERE \(quote(column.name)) IS NOT NULL" : ""
            add("CREATE \(unique)INDEX \(quote(name)) ON \(table.name) (\(key))\(predicate);", needs: [table.statement])
        }
    }

    private mutating func addView() {
        guard let table = tables.randomElement(using: &random) else { return }
        let name = qualified("public", freshName(["recent", "Summary View", "active items"]))
        let columns = [table.columns[0]] + pick(Array(table.columns.dropFirst()), count: random.next(upTo: table.columns.count))
        var query = "SELECT " + columns.map { quote($0.name) }.joined(separator: ", ") + " FROM \(table.name)"
        if let integer = columns.first(where: { $0.type == "integer" }) { query += " WHERE \(quote(integer.name)) > 1" }
        if random.next(upTo: 2) == 0 { query += " ORDER BY id" }
        add("CREATE VIEW \(name) AS \(query);", needs: [table.statement])
    }

    /// A view over a table and the one its foreign key references, materialized or not.
    private mutating func addJoinView() {
        guard let child = tables.first(where: { $0.columns.contains { $0.name.hasPrefix("parent id") } }),
              let reference = child.columns.first(where: { $0.name.hasPrefix("parent id") }),
              let parentIndex = statements[child.statement].needs.first(where: { index in tables.contains { $0.statement == index } }),
              let parent = tables.first(where: { $0.statement == parentIndex }) else { return }
        let materialized = random.next(upTo: 2) == 0
        let name = qualified("public", freshName(["joined", "Child With Parent"]))
        let index = add("""
            CREATE \(materialized ? "MATERIALIZED " : "")VIEW \(name) AS
                SELECT c.id, p.id AS parent, count(*) AS n
                FROM \(child.name) c JOIN \(parent.name) p ON p.id = c.\(quote(reference.name))
                GROUP BY c.id, p.id;
            """, needs: [child.statement, parent.statement])
        if materialized { add("CREATE UNIQUE INDEX \(quote(freshName(["joined_id", "mv key"]))) ON \(name) (id);", needs: [index]) }
    }

    private mutating func addPolicy() {
        guard let table = tables.randomElement(using: &random) else { return }
        add("ALTER TABLE \(table.name) ENABLE ROW LEVEL SECURITY;", needs: [table.statement])
        add("CREATE POLICY \(quote(freshName(["own rows", "read_all"]))) ON \(table.name) FOR SELECT USING (id > 0);",
            needs: [table.statement])
    }

    private mutating func addPartitionedTable() {
        let name = qualified("public", freshName(["events", "Measurements"]))
        let index = add("CREATE TABLE \(name) (id bigint NOT NULL, at date NOT NULL, payload text) PARTITION BY RANGE (at);", needs: [])
        let partition = qualified("public", freshName(["events 2026", "m_2026"]))
        add("CREATE TABLE \(partition) PARTITION OF \(name) FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');", needs: [index])
        if random.next(upTo: 2) == 0 { add("CREATE INDEX ON \(name) (at);".replacingOccurrences(of: "INDEX ON", with: "INDEX \(quote(freshName(["events_at", "At Index"]))) ON"), needs: [index]) }
    }

    private mutating func addComposite() {
        let name = qualified("public", freshName(["pair", "Money Amount"]))
        let index = add("CREATE TYPE \(name) AS (amount numeric(12,2), \"currency code\" character(3));", needs: [])
        let table = qualified("public", freshName(["invoices", "Price List"]))
        add("CREATE TABLE \(table) (id integer PRIMARY KEY, \(quote(freshName(["total", "Extra Amount"]))) \(name));", needs: [index])
    }

    private mutating func addTrigger() {
        guard let table = tables.randomElement(using: &random) else { return }
        let function = qualified("public", freshName(["touch", "Audit Row"]))
        let functionIndex = add("""
            CREATE FUNCTION \(function)() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RETURN NEW;
            END
            $$;
            """, needs: [])
        let timing = ["BEFORE INSERT", "BEFORE UPDATE", "AFTER INSERT OR DELETE"][random.next(upTo: 3)]
        add("CREATE TRIGGER \(quote(freshName(["on change", "trg"]))) \(timing) ON \(table.name) FOR EACH ROW EXECUTE FUNCTION \(function)();",
            needs: [table.statement, functionIndex])
    }

    // MARK: - Helpers

    @discardableResult
    private mutating func add(_ sql: String, needs: Set<Int>) -> Int {
        statements.append(Statement(sql: sql, needs: needs))
        return statements.count - 1
    }

    private func schemaNeeds(_ schema: String) -> Set<Int> {
        schemaStatements[schema].map { [$0] } ?? []
    }

    private mutating func freshName(_ pool: [String]) -> String {
        var name = pool[random.next(upTo: pool.count)]
        while usedNames.contains(name) { name += "_\(random.next(upTo: 10))" }
        usedNames.insert(name)
        return name
    }

    private mutating func pick<T>(_ items: [T], count: Int) -> [T] {
        var remaining = items
        var result: [T] = []
        while result.count < min(count, items.count) { result.append(remaining.remove(at: random.next(upTo: remaining.count))) }
        return result
    }

    private func qualified(_ schema: String, _ name: String) -> String { quote(schema) + "." + quote(name) }

    /// The unquoted last part of a qualified name, for building other names from it.
    private func bare(_ qualified: String) -> String {
        String(qualified.split(separator: ".").last ?? "").replacingOccurrences(of: "\"", with: "")
    }

    func quote(_ name: String) -> String { Identifier.quote(name) }

    func literal(_ text: String) -> String { SQLLiteral.quote(text) }
}
