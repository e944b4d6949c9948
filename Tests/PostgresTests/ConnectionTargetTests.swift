import Postgres
import Testing

/// Connection targets are parsed and checked before anything connects, and never show their password.
@Suite struct ConnectionTargetTests {
    @Test(arguments: [
        ("postgresql://user:secret@host/db", "postgresql://user:***@host/db"),
        ("postgres://user:secret@host:5432/db?sslmode=require", "postgres://user:***@host:5432/db?sslmode=require"),
        ("POSTGRESQL://u:p%40ss@h/db", "POSTGRESQL://u:***@h/db"),
        ("postgresql://user:@host/db", "postgresql://user:***@host/db"),
        ("postgresql://h/db?user=u&password=secret", "postgresql://u:***@h/db"),
        ("postgresql://user@host/db", "postgresql://user@host/db"),
        ("postgresql:///db?host=%2Ftmp", "postgresql://%2Ftmp/db"),
        ("postgresql://[::1]:5433/db", "postgresql://[::1]:5433/db"),
        ("postgresql://h1:5432,h2:5433/db", "postgresql://h1:5432,h2:5433/db"),
        ("host=h user=u password='se cret' dbname=d", "host=h user=u password=*** dbname=d"),
        ("host=h dbname='my db'", "host=h dbname='my db'"),
    ])
    func rendersWithoutThePassword(text: String, shown: String) throws {
        let target = try ConnectionTarget(parsing: text)
        #expect(target.description == shown)
        #expect(!target.description.contains("secret") && !target.description.contains("se cret"))
    }

    @Test func readsThePartsAsLibpqDoes() throws {
        let target = try ConnectionTarget(parsing: "postgresql://ana:p%2Fw%40rd@db.example:6543/app%20one?sslmode=verify-full&ssl=true")
        #expect(target.value(of: "user") == "ana")
        #expect(target.value(of: "host") == "db.example")
        #expect(target.value(of: "port") == "6543")
        #expect(target.database == "app one")
        #expect(target.value(of: "sslmode") == "require", "the later ssl=true wins, as in libpq")
        #expect(target.hasPassword)
        #expect(try ConnectionTarget(parsing: "host=h port=5432 dbname=x password='it\\'s'").database == "x")
    }

    @Test func replacingTheDatabaseKeepsEverythingElse() throws {
        let target = try ConnectionTarget(parsing: "postgresql://u:p@h:5432/app?sslmode=disable").replacingDatabase(with: "postgres")
        #expect(target.description == "postgresql://u:***@h:5432/postgres?sslmode=disable")
        #expect(try ConnectionTarget(parsing: "host=h dbname=app").replacingDatabase(with: "other").description == "host=h dbname=other")
    }

    /// Each refusal names the part that is wrong and never echoes the text, which may hold a password.
    @Test(arguments: [
        ("", "it is empty"),
        ("   ", "it is empty"),
        ("notaurl", "neither a URL"),
        ("mysql://u:pw-SECRET@h/db", "the scheme mysql:// is not PostgreSQL's"),
        ("postgresql://[bad", "lacks its closing ']'"),
        ("postgresql://h:abc/db", "port must be a number from 1 to 65535"),
        ("postgresql://h:70000/db", "port must be a number from 1 to 65535"),
        ("host=h port=abc", "port must be a number from 1 to 65535"),
        ("postgresql://h/db?sslmode=bogus", "sslmode must be one of"),
        ("host=h sslmode=bogus", "sslmode must be one of"),
        ("postgresql://h/db?nonsense=1", "nonsense is not a libpq connection parameter"),
        ("postgresql://u:pw%zzSECRET@h/db", "the password has an invalid percent-encoding"),
        ("postgresql://u:pw%4SECRET@h/db", "the password has an invalid percent-encoding"),
        ("postgresql://u:pw/SECRET@h/db", "unencoded '/'"),
        ("postgresql://u:pw@SECRET@h/db", "unencoded '@'"),
        ("postgresql://u:pw SECRET@h/db", "cannot contain spaces"),
        ("postgresql://u:pw#SECRET@h/db", "cannot contain '#'"),
        ("host=h password=pw SECRET", "expected keyword=value pairs"),
        ("host=h password='pwSECRET", "lacks its closing quote"),
        ("postgresql://h/db?SECRET", "keyword=value pairs joined by '&'"),
    ])
    func refusesWithoutEchoing(text: String, reason: String) {
        #expect {
            _ = try ConnectionTarget(parsing: text)
        } throws: { error in
            let message = "\(error)"
            return message.contains(reason) && !message.contains("SECRET")
        }
    }

    @Test func redactsThePasswordInOtherText() throws {
        let target = try ConnectionTarget(parsing: "postgresql://u:p%20w0rd!@h/db")
        #expect(target.redact("auth failed for p w0rd! and p%20w0rd%21") == "auth failed for *** and ***")
    }

    @Test func aConnectionErrorNamesTheMaskedTarget() {
        #expect {
            _ = try Connection("postgresql://app:hunter2@127.0.0.1:1/db")
        } throws: { error in
            let message = "\(error)"
            return message.contains("postgresql://app:***@127.0.0.1:1/db") && !message.contains("hunter2")
        }
    }
}
