import SchemaModel
import Testing

/// Date and time literals meet the output form PostgreSQL prints (texts below printed by 18).
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
}
