import SchemaModel
import Testing

/// Date, time and interval literals meet the output form PostgreSQL prints (texts below printed by 18).
@Suite struct DateTimeLiteralTests {
    @Test(arguments: [
        ("2020-01-01", "2020-01-01 00:00:00"),
        ("2020-01-01 00:00:00", "2020-01-01 00:00:00"),
        ("1978-07-07 19:38", "1978-07-07 19:38:00"),
        ("2020-1-2T3:04:05.250", "2020-01-02 03:04:05.25"),
        ("2020-01-01 00:00:00+00", "2020-01-01 00:00:00"),
    ])
    func datesAndTimestampsMeetInOneForm(written: String, canonical: String) {
        #expect(DateTimeLiteral.dateTime(written)?.text == canonical)
    }

    @Test func aZoneOfItsOwnIsNoticed() {
        #expect(DateTimeLiteral.dateTime("2020-01-01 10:00+02")?.hasZone == true)
        #expect(DateTimeLiteral.dateTime("2020-01-01 10:00")?.hasZone == false)
        #expect(DateTimeLiteral.dateTime("not a date") == nil)
    }

    @Test(arguments: [
        ("1 YEAR", "1 year"), ("2 hours", "02:00:00"), ("1 day 2 hours 3 minutes", "1 day 02:03:00"), ("1 day ago", "-1 days"),
        ("90 minutes", "01:30:00"), ("1 week", "7 days"), ("1.5 hours", "01:30:00"), ("-1 day", "-1 days"),
        ("1 year 13 months", "2 years 1 mon"), ("00:00", "00:00:00"), ("3 days 04:05:06.5", "3 days 04:05:06.5"),
        ("2 seconds", "00:00:02"), ("0.5 seconds", "00:00:00.5"), ("1 year -2 days", "1 year -2 days"), ("-2 hours", "-02:00:00"),
        ("10 min", "00:10:00"), ("1 millisecond", "00:00:00.001"),
    ])
    func intervalsAsPostgreSQLPrintsThem(written: String, printed: String) {
        #expect(DateTimeLiteral.interval(written) == printed)
    }

    @Test func intervalsItCannotReadAreLeftAlone() {
        #expect(DateTimeLiteral.interval("P1D") == nil)
        #expect(DateTimeLiteral.interval("1.5 days") == nil)
    }
}
