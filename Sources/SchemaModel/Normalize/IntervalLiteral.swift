/// An `interval` constant as PostgreSQL stores and prints it. The server keeps the value (months, days,
/// microseconds), not the text: `interval '1' year`, `'1 YEAR'` and `'12 months'` are all printed back as
/// `'1 year'::interval`, and `interval '1.5' year` as `'1 year'` (the field qualifier truncates).
///
/// Reads the forms `interval_in` reads most often: `[@] number unit ... [ago]`, `[-]h:m[:s[.f]]`, a day
/// count before a time (`'1 02:00:00'`), and a bare number whose unit the field qualifier gives. Prints
/// in the default `postgres` IntervalStyle. Anything else is left alone (nil), compared as written.
struct IntervalLiteral {
    var months = 0
    var days = 0
    var microseconds = 0

    /// Field masks of the qualifier (`INTERVAL_MASK` in PostgreSQL's datetime.h).
    enum Field {
        static let month = 1 << 1, year = 1 << 2, day = 1 << 3, hour = 1 << 10, minute = 1 << 11, second = 1 << 12
        static let fullRange = 0x7FFF
    }

    static let microsecondsPerSecond = 1_000_000
    static let microsecondsPerMinute = 60 * microsecondsPerSecond
    static let microsecondsPerHour = 60 * microsecondsPerMinute
    static let microsecondsPerDay = 24 * microsecondsPerHour

    /// The qualifier's words as `format_type` prints them (` year`, ` day to second`), by field mask.
    static let qualifierWords: [Int: String] = [
        Field.year: " year", Field.month: " month", Field.day: " day", Field.hour: " hour", Field.minute: " minute",
        Field.second: " second", Field.year | Field.month: " year to month", Field.day | Field.hour: " day to hour",
        Field.day | Field.hour | Field.minute: " day to minute",
        Field.day | Field.hour | Field.minute | Field.second: " day to second",
        Field.hour | Field.minute: " hour to minute", Field.hour | Field.minute | Field.second: " hour to second",
        Field.minute | Field.second: " minute to second", Field.fullRange: "",
    ]

    /// `interval year`, `interval day to second(3)`, `interval(3)` from the grammar's typmods (the field
    /// mask, then the precision); nil for typmods that are not those.
    static func typeSQL(typmods: [String]) -> String? {
        guard let first = typmods.first.flatMap({ Int($0) }), let words = qualifierWords[first], typmods.count <= 2 else { return nil }
        return "interval" + words + (typmods.count == 2 ? "(\(typmods[1]))" : "")
    }

    /// The text PostgreSQL prints for this constant read under the given typmods.
    static func canonical(_ text: String, typmods: [String]) -> String? {
        let range = typmods.first.flatMap { Int($0) } ?? Field.fullRange
        let precision = typmods.count > 1 ? Int(typmods[1]) : nil
        guard qualifierWords[range] != nil, var value = parse(text, range: range) else { return nil }
        value.restrict(to: range, precision: precision)
        return value.text
    }

    // MARK: - Reading

    private enum Unit { case microsecond, millisecond, second, minute, hour, day, week, month, year, decade, century, millennium }

    private static let units: [String: Unit] = {
        var table: [String: Unit] = [:]
        let words: [(Unit, [String])] = [
            (.microsecond, ["microsecond", "microseconds", "microsecon", "us", "usec", "usecs"]),
            (.millisecond, ["millisecond", "milliseconds", "millisecon", "ms", "msec", "msecs"]),
            (.second, ["s", "sec", "secs", "second", "seconds"]), (.minute, ["m", "min", "mins", "minute", "minutes"]),
            (.hour, ["h", "hr", "hrs", "hour", "hours"]), (.day, ["d", "day", "days"]), (.week, ["w", "week", "weeks"]),
            (.month, ["mon", "mons", "month", "months"]), (.year, ["y", "yr", "yrs", "year", "years"]),
            (.decade, ["dec", "decs", "decade", "decades"]), (.century, ["c", "cent", "century", "centuries"]),
            (.millennium, ["mil", "mils", "millennia", "millennium"]),
        ]
        for (unit, names) in words { for name in names { table[name] = unit } }
        return table
    }()

    private enum Token: Equatable { case number(String), word(String), time(String) }

    private static func tokens(_ text: String) -> [Token]? {
        var result: [Token] = []
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character == " " || character == "\t" || character == "@" { index = text.index(after: index); continue }
            var end = index
            if character.isLetter {
                while end < text.endIndex, text[end].isLetter { end = text.index(after: end) }
                result.append(.word(text[index..<end].lowercased()))
            } else if character.isASCIIDigit || character == "-" || character == "+" || character == "." {
                end = text.index(after: index)
                while end < text.endIndex, text[end].isASCIIDigit || text[end] == "." || text[end] == ":" { end = text.index(after: end) }
                let token = String(text[index..<end])
                result.append(token.contains(":") ? .time(token) : .number(token))
            } else {
                return nil
            }
            index = end
        }
        return result
    }

    private static func parse(_ text: String, range: Int) -> IntervalLiteral? {
        guard let tokens = tokens(text), !tokens.isEmpty else { return nil }
        var value = IntervalLiteral()
        var position = 0
        var negate = false
        while position < tokens.count {
            switch tokens[position] {
            case .number(let number):
                guard let amount = Double(number) else { return nil }
                let next = position + 1 < tokens.count ? tokens[position + 1] : nil
                if case .word(let word)? = next, let unit = units[word] {
                    value.add(amount, unit)
                    position += 2
                } else if case .time? = next {
                    // `'1 02:00:00'`: the SQL standard's day-time literal.
                    guard amount == amount.rounded() else { return nil }
                    value.days += Int(amount)
                    position += 1
                } else if next == nil {
                    value.add(amount, bareNumberUnit(range))
                    position += 1
                } else {
                    return nil
                }
            case .time(let time):
                guard let microseconds = timeMicroseconds(time, range: range) else { return nil }
                value.microseconds += microseconds
                position += 1
            case .word(let word):
                guard word == "ago", position == tokens.count - 1 else { return nil }
                negate = true
                position += 1
            }
        }
        if negate { value = IntervalLiteral(months: -value.months, days: -value.days, microseconds: -value.microseconds) }
        return value
    }

    /// What a number without a unit counts: the qualifier's last field, seconds without one.
    private static func bareNumberUnit(_ range: Int) -> Unit {
        switch range {
        case Field.year: return .year
        case Field.month, Field.year | Field.month: return .month
        case Field.day: return .day
        case Field.hour, Field.day | Field.hour: return .hour
        case Field.minute, Field.hour | Field.minute, Field.day | Field.hour | Field.minute: return .minute
        default: return .second
        }
    }

    /// `[-]h:m[:s[.f]]` (or `m:s[.f]` under `minute to second`) in microseconds.
    private static func timeMicroseconds(_ text: String, range: Int) -> Int? {
        var body = Substring(text)
        var sign = 1
        if body.hasPrefix("-") { sign = -1; body = body.dropFirst() } else if body.hasPrefix("+") { body = body.dropFirst() }
        let parts = body.split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(parts.count), parts.dropLast().allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }),
              let first = Int(parts[0]), let second = Int(parts[1].split(separator: ".")[0]) else { return nil }
        if parts.count == 2 {
            if range == Field.minute | Field.second {
                guard let seconds = Double(parts[1]) else { return nil }
                return sign * (first * microsecondsPerMinute + Int((seconds * Double(microsecondsPerSecond)).rounded()))
            }
            guard parts[1].allSatisfy(\.isASCIIDigit) else { return nil }
            return sign * (first * microsecondsPerHour + second * microsecondsPerMinute)
        }
        guard let seconds = Double(parts[2]), !parts[2].hasPrefix("-"), !parts[2].hasPrefix("+") else { return nil }
        return sign * (first * microsecondsPerHour + second * microsecondsPerMinute + Int((seconds * Double(microsecondsPerSecond)).rounded()))
    }

    /// One `number unit` pair; fractions spill into smaller fields as `DecodeInterval` spills them.
    private mutating func add(_ amount: Double, _ unit: Unit) {
        let whole = amount.rounded(.towardZero)
        let fraction = amount - whole
        switch unit {
        case .microsecond: microseconds += Int(amount.rounded())
        case .millisecond: microseconds += Int((amount * 1000).rounded())
        case .second: microseconds += Int((amount * Double(Self.microsecondsPerSecond)).rounded())
        case .minute: microseconds += Int((amount * Double(Self.microsecondsPerMinute)).rounded())
        case .hour: microseconds += Int((amount * Double(Self.microsecondsPerHour)).rounded())
        case .day:
            days += Int(whole)
            microseconds += Int((fraction * Double(Self.microsecondsPerDay)).rounded())
        case .week: addDays(whole * 7, fraction: fraction * 7)
        case .month:
            months += Int(whole)
            addDays(0, fraction: fraction * 30)
        case .year: addMonths(whole * 12, fraction: fraction * 12)
        case .decade: addMonths(whole * 120, fraction: fraction * 120)
        case .century: addMonths(whole * 1200, fraction: fraction * 1200)
        case .millennium: addMonths(whole * 12000, fraction: fraction * 12000)
        }
    }

    private mutating func addDays(_ whole: Double, fraction: Double) {
        let extraDays = fraction.rounded(.towardZero)
        days += Int(whole + extraDays)
        microseconds += Int(((fraction - extraDays) * Double(Self.microsecondsPerDay)).rounded())
    }

    /// A fraction of years keeps whole months only (`AdjustFractYears`).
    private mutating func addMonths(_ whole: Double, fraction: Double) {
        months += Int(whole) + Int(fraction.rounded())
    }

    // MARK: - The qualifier and printing

    /// `AdjustIntervalForTypmod`: fields below the qualifier's last are dropped, seconds rounded to the precision.
    private mutating func restrict(to range: Int, precision: Int?) {
        switch range {
        case Field.year:
            months = months / 12 * 12
            days = 0
            microseconds = 0
        case Field.month, Field.year | Field.month:
            days = 0
            microseconds = 0
        case Field.day: microseconds = 0
        case Field.hour, Field.day | Field.hour: microseconds = microseconds / Self.microsecondsPerHour * Self.microsecondsPerHour
        case Field.minute, Field.hour | Field.minute, Field.day | Field.hour | Field.minute:
            microseconds = microseconds / Self.microsecondsPerMinute * Self.microsecondsPerMinute
        default: break
        }
        if let precision, (0..<6).contains(precision) {
            var scale = 1
            for _ in precision..<6 { scale *= 10 }
            let rounded = (abs(microseconds) + scale / 2) / scale * scale
            microseconds = microseconds < 0 ? -rounded : rounded
        }
    }

    /// `EncodeInterval` in the `postgres` style: `1 year 2 mons -3 days +04:05:06.5`.
    var text: String {
        var parts: [String] = []
        var previousNegative = false
        for (amount, unit) in [(months / 12, "year"), (months % 12, "mon"), (days, "day")] where amount != 0 {
            parts.append((previousNegative && amount > 0 ? "+" : "") + "\(amount) \(unit)\(amount == 1 ? "" : "s")")
            previousNegative = amount < 0
        }
        if parts.isEmpty || microseconds != 0 {
            let magnitude = abs(microseconds)
            let hours = magnitude / Self.microsecondsPerHour
            let minutes = magnitude / Self.microsecondsPerMinute % 60
            let seconds = magnitude / Self.microsecondsPerSecond % 60
            var fraction = String(magnitude % Self.microsecondsPerSecond)
            fraction = String(repeating: "0", count: 6 - fraction.count) + fraction
            while fraction.hasSuffix("0") { fraction.removeLast() }
            let sign = microseconds < 0 ? "-" : (previousNegative ? "+" : "")
            parts.append(sign + Self.twoDigits(hours) + ":" + Self.twoDigits(minutes) + ":" + Self.twoDigits(seconds)
                         + (fraction.isEmpty ? "" : "." + fraction))
        }
        return parts.joined(separator: " ")
    }

    private static func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }
}
