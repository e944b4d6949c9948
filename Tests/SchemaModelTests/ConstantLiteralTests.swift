@testable import SchemaModel
import Testing

/// Interval and money constants are printed by PostgreSQL from their values: these are the texts
/// `interval_out` and `cash_out` (C locale, `postgres` IntervalStyle) print for what `interval_in` and
/// `cash_in` read.
@Suite struct ConstantLiteralTests {
    @Test(arguments: [
        ("1 year", [String](), "1 year"),
        ("1", ["4"], "1 year"),
        ("1.5", ["4"], "1 year"),
        ("1.5", ["2"], "1 mon"),
        ("18 months", [], "1 year 6 mons"),
        ("1.5 years", [], "1 year 6 mons"),
        ("90", ["2048"], "01:30:00"),
        ("1.5", ["1024"], "01:00:00"),
        ("1:30", ["6144"], "00:01:30"),
        ("1.5", ["6"], "1 mon"),
        ("2.5 weeks", [], "17 days 12:00:00"),
        ("1.01 mons", [], "1 mon 07:12:00"),
        ("-14 mons", [], "-1 years -2 mons"),
        ("1 day 2 hours", [], "1 day 02:00:00"),
        ("-1 day +2 hours", [], "-1 days +02:00:00"),
        ("1 02:03:04.5", [], "1 day 02:03:04.5"),
        ("2 weeks", [], "14 days"),
        ("1.5 days", [], "1 day 12:00:00"),
        ("@ 3 mins ago", [], "-00:03:00"),
        ("0", [], "00:00:00"),
        ("10", [], "00:00:10"),
        ("1 day 12:34:56.789", ["32767", "0"], "1 day 12:34:57"),
        ("1 day 12:34:56", ["8"], "1 day"),
    ])
    func intervalsPrintAsPostgreSQLPrintsThem(text: String, typmods: [String], printed: String) {
        #expect(IntervalLiteral.canonical(text, typmods: typmods) == printed)
    }

    @Test(arguments: ["P1Y", "1-2", "tomorrow", "1 fortnight", ""])
    func intervalFormsNotReadAreLeftAlone(text: String) {
        #expect(IntervalLiteral.canonical(text, typmods: []) == nil)
    }

    @Test(arguments: [
        ([String](), "interval"), (["4"], "interval year"), (["6144", "3"], "interval minute to second(3)"),
        (["32767", "3"], "interval(3)"), (["7"], nil),
    ])
    func intervalQualifiersPrintAsFormatTypePrintsThem(typmods: [String], sql: String?) {
        #expect(typmods.isEmpty || IntervalLiteral.typeSQL(typmods: typmods) == sql)
    }

    @Test(arguments: [
        ("1.00", "1.00"), ("$1.00", "1.00"), ("1", "1.00"), ("1.999", "2.00"), ("1.994", "1.99"),
        ("$1,234.5", "1234.50"), ("-$3.10", "-3.10"), ("($3.10)", "-3.10"), (".5", "0.50"),
    ])
    func moneyReadsAsCashIn(text: String, value: String) {
        #expect(MoneyLiteral.canonical(text) == value)
    }

    @Test(arguments: ["abc", "1.2.3", "€1", ""])
    func moneyFormsNotReadAreLeftAlone(text: String) {
        #expect(MoneyLiteral.canonical(text) == nil)
    }
}
