import PgQuery
import SQLTree
import Testing

/// `PgQuery.parse`, `parseTypeName` and `parseExpression`: libpg_query's tree and positions, in bytes.
@Suite struct PgQueryParseTests {
    @Test func parsesOneStatement() throws {
        let sql = "CREATE TABLE t (id integer)"
        let statements = try PgQuery.parse(sql)
        #expect(statements.count == 1)
        let statement = try #require(statements.first)
        #expect(statement.node.kind == "CreateStmt")
        #expect(statement.node.body?["relation"]?["relname"]?.string == "t")
        #expect(statement.byteOffset == 0)
        #expect(statement.byteLength == sql.utf8.count)
        #expect(statement.text(in: sql) == sql)
    }

    /// PL/pgSQL's own tree for a DO block: statements with their body line, embedded SQL as text.
    @Test func parsesPlpgsqlOfADoBlock() throws {
        let functions = try PgQuery.parsePlpgsql("DO $$\nBEGIN\n  CREATE TABLE t ();\nEXCEPTION WHEN others THEN NULL;\nEND $$;")
        let function = try #require(functions.first?.body("PLpgSQL_function"))
        let outer = try #require(function["action"]?.body("PLpgSQL_stmt_block"))
        let block = try #require(outer["body"]?.array.first?.body("PLpgSQL_stmt_block"))
        #expect(block["exceptions"] != nil)
        let statement = try #require(block["body"]?.array.first?.body("PLpgSQL_stmt_execsql"))
        #expect(statement["lineno"]?.int == 3)
        #expect(statement["sqlstmt"]?.body("PLpgSQL_expr")?["query"]?.string == "CREATE TABLE t ()")
    }

    @Test func plpgsqlErrorsSayTheBodyLine() {
        do {
            _ = try PgQuery.parsePlpgsql("DO $$\nBEGIN\n  IF x THEN\nEND $$;")
            Issue.record("expected a syntax error")
        } catch {
            #expect(error.message.contains("syntax error"))
            #expect(error.plpgsqlLine != nil)
        }
    }

    @Test func givesEachStatementItsByteRange() throws {
        let sql = "SELECT 1;\nCREATE TABLE t (a int);  SELECT 3"
        let statements = try PgQuery.parse(sql)
        #expect(statements.map(\.node.kind) == ["SelectStmt", "CreateStmt", "SelectStmt"])
        #expect(statements.map { $0.text(in: sql) } == ["SELECT 1", "CREATE TABLE t (a int)", "SELECT 3"])
        #expect(statements.map(\.byteOffset) == [0, 10, 35])
        // The last statement has no terminator: it runs to the end of the text.
        #expect(statements[2].byteOffset + statements[2].byteLength == sql.utf8.count)
    }

    @Test func countsOffsetsInBytesAfterMultiByteText() throws {
        let sql = "-- über\nSELECT 'é';\n/* ☃ */ SELECT 2;"
        let statements = try PgQuery.parse(sql)
        #expect(statements.count == 2)
        #expect(statements.map { $0.text(in: sql) } == ["SELECT 'é'", "SELECT 2"])
        // "-- über\n" is 9 bytes (ü is two); "SELECT 'é'" is 11 bytes.
        #expect(statements[0].byteOffset == 9)
        #expect(statements[0].byteLength == 11)
        let second = Array(sql.utf8)[statements[1].byteOffset...]
        #expect(String(decoding: second, as: UTF8.self) == "SELECT 2;")
        let constant = statements[0].node.body?["targetList"]?.array.first?.body("ResTarget")?["val"]
        #expect(constant?.body("A_Const")?["sval"]?["sval"]?.string == "é")
        #expect(constant?.body("A_Const")?["location"]?.int == 16, "locations in the tree are bytes too")
    }

    @Test func emptyAndCommentOnlyTextsHaveNoStatements() throws {
        #expect(try PgQuery.parse("").isEmpty)
        #expect(try PgQuery.parse("  -- nothing\n/* here */").isEmpty)
        #expect(try PgQuery.parse(";;").isEmpty)
    }

    @Test(arguments: [
        // (text, byte offset of the offending token)
        ("SELECT FROM WHERE", 12),
        ("CREATE TABLE t (id int,, b int)", 23),
        ("SELECT 'ééé' FRM x", 20),
        ("-- ☃☃\nCREATE TABLE t (a int b)", 32),
        ("SELECT 'é' FROM", 16),
    ])
    func syntaxErrorsPointAtTheByteOfTheOffendingToken(sql: String, offset: Int) {
        #expect {
            _ = try PgQuery.parse(sql)
        } throws: { error in
            guard let error = error as? PgQueryError else { return false }
            return error.byteOffset == offset && error.message.contains("syntax error")
        }
    }

    @Test func unterminatedStringIsAnError() {
        let sql = "SELECT 'abc"
        #expect {
            _ = try PgQuery.parse(sql)
        } throws: { error in
            guard let error = error as? PgQueryError else { return false }
            return error.byteOffset == 7 && error.message.contains("unterminated quoted string")
                && error.description == error.message
        }
    }

    @Test func parsesTypeNamesWithTypmodsAndArrayBounds() throws {
        let node = try PgQuery.parseTypeName("character varying(20)[]")
        let body = node.body("TypeName") ?? node
        #expect(body["names"]?.nameList == ["pg_catalog", "varchar"])
        let typmods = body["typmods"]?.array ?? []
        #expect(typmods.count == 1)
        #expect(typmods.first?.body("A_Const")?["ival"]?["ival"]?.int == 20)
        #expect(body["arrayBounds"]?.array.count == 1)
    }

    @Test func parsesQualifiedAndMultiDimensionalTypeNames() throws {
        let qualified = try PgQuery.parseTypeName("app.\"Mood\"")
        #expect((qualified.body("TypeName") ?? qualified)["names"]?.nameList == ["app", "Mood"])
        let numeric = try PgQuery.parseTypeName("numeric(10, 2)[][]")
        let body = numeric.body("TypeName") ?? numeric
        #expect(body["typmods"]?.array.count == 2)
        #expect(body["arrayBounds"]?.array.count == 2)
        let plain = try PgQuery.parseTypeName("text")
        #expect((plain.body("TypeName") ?? plain)["typmods"] == nil)
        #expect((plain.body("TypeName") ?? plain)["arrayBounds"] == nil)
    }

    @Test(arguments: ["integer)", "1 + 2", "", "int; SELECT 1"])
    func rejectsTextThatIsNotATypeName(text: String) {
        #expect(throws: PgQueryError.self) { _ = try PgQuery.parseTypeName(text) }
    }

    @Test func parsesAnExpression() throws {
        let node = try PgQuery.parseExpression("a + 1")
        let body = try #require(node.body("A_Expr"))
        #expect(body["name"]?.nameList == ["+"])
        #expect(body["lexpr"]?.body("ColumnRef")?["fields"]?.nameList == ["a"])
        #expect(body["rexpr"]?.body("A_Const")?["ival"]?["ival"]?.int == 1)
    }

    @Test func parsesACastExpression() throws {
        let node = try PgQuery.parseExpression("'x'::public.mood")
        let cast = try #require(node.body("TypeCast"))
        #expect(cast["arg"]?.body("A_Const")?["sval"]?["sval"]?.string == "x")
        #expect(cast["typeName"]?["names"]?.nameList == ["public", "mood"])
    }

    @Test(arguments: ["1, 2", "1; SELECT 2", "", "1 +"])
    func rejectsTextThatIsNotOneExpression(text: String) {
        #expect(throws: PgQueryError.self) { _ = try PgQuery.parseExpression(text) }
    }
}

/// Text after a type or expression is not silently taken as an alias.
@Suite struct PgQueryTrailingTextTests {
    @Test(arguments: ["int int", "text AS foo"])
    func typeNameWithTrailingWordsIsRejected(text: String) {
        #expect(throws: PgQueryError.self) { try PgQuery.parseTypeName(text) }
    }

    @Test func expressionWithAliasIsRejected() {
        #expect(throws: PgQueryError.self) { try PgQuery.parseExpression("1 AS x") }
    }
}
