import Foundation
import SchemaSource

/// A generated schema heavy in definitions the server prints back as text and monolayer parses again:
/// N functions (SQL and PL/pgSQL bodies) and N views that call them, every tenth view built on the one
/// before, over a few tables.
struct RoutineSchema {
    let views: Int
    let functions: Int

    var sql: String {
        var text = """
            CREATE TABLE item (id bigint PRIMARY KEY, name text NOT NULL, amount numeric(12,2) NOT NULL DEFAULT 0,
                created_at timestamptz NOT NULL DEFAULT now());
            CREATE TABLE tag (item_id bigint NOT NULL REFERENCES item (id), label text NOT NULL, PRIMARY KEY (item_id, label));

            """
        for index in 0..<functions {
            if index.isMultiple(of: 2) {
                text += """
                    CREATE FUNCTION f\(index)(value numeric) RETURNS numeric LANGUAGE sql IMMUTABLE
                        AS $$ SELECT value * \(index) + 1 $$;

                    """
            } else {
                text += """
                    CREATE FUNCTION f\(index)(wanted bigint) RETURNS text LANGUAGE plpgsql STABLE AS $$
                    BEGIN
                        RETURN (SELECT name FROM item WHERE id = wanted) || '-\(index)';
                    END
                    $$;

                    """
            }
        }
        let sqlFunctions = max(1, functions / 2)
        for index in 0..<views {
            if index > 0, index.isMultiple(of: 10) {
                text += "CREATE VIEW v\(index) AS SELECT id, name, scaled FROM v\(index - 1) WHERE id > \(index);\n"
            } else {
                text += """
                    CREATE VIEW v\(index) AS
                        SELECT i.id, i.name, f\((index % sqlFunctions) * 2)(i.amount) AS scaled
                        FROM item i JOIN tag t ON t.item_id = i.id
                        WHERE i.amount > \(index) AND t.label <> 'hidden';

                    """
            }
        }
        return text
    }

    var file: SourceFile {
        SourceFile(url: URL(fileURLWithPath: "/bench/routines-\(views).sql"), displayPath: "routines-\(views).sql", text: sql)
    }
}
