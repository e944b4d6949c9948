/// A `money` constant as its value in cents. PostgreSQL stores a money constant, not its text: `'1.00'`,
/// `'$1.00'` and `money '1.004'` are all printed back as `'$1.00'::money`, so constants compare by value.
///
/// Read as `cash_in` reads it in a locale whose decimal point is `.` (the C and English locales): an
/// optional sign or parentheses, an optional `$`, digits with optional `,` grouping, and a fraction
/// rounded half away from zero to two places. Other text is left alone (nil).
enum MoneyLiteral {
    static func canonical(_ text: String) -> String? {
        var body = Substring(text.trimmingCharacters(in: .whitespaces))
        var negative = false
        if body.hasPrefix("("), body.hasSuffix(")") {
            negative = true
            body = body.dropFirst().dropLast()
        }
        if body.hasPrefix("-") { negative.toggle(); body = body.dropFirst() } else if body.hasPrefix("+") { body = body.dropFirst() }
        if body.hasPrefix("$") { body = body.dropFirst() }
        if body.hasPrefix("-") { negative.toggle(); body = body.dropFirst() }
        let parts = body.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let whole = parts[0].filter { $0 != "," }
        let fraction = parts.count > 1 ? parts[1] : ""
        guard !(whole.isEmpty && fraction.isEmpty), whole.allSatisfy(\.isASCIIDigit), fraction.allSatisfy(\.isASCIIDigit),
              whole.count <= 16 else { return nil }
        let digits = Array(fraction) + ["0", "0"]
        var cents = (Int(whole) ?? 0) * 100 + Int(String(digits[0...1]))!
        if fraction.count > 2, let next = digits[2].wholeNumberValue, next >= 5 { cents += 1 }
        if negative { cents = -cents }
        let magnitude = abs(cents)
        let centsText = String(magnitude % 100)
        return (cents < 0 ? "-" : "") + String(magnitude / 100) + "." + (centsText.count == 1 ? "0" : "") + centsText
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
