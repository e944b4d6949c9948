import Foundation

/// The sqldef pairs measurement as text: the table by folder, the total and threshold, then every failure,
/// the kind=error pairs, the parity differences and the skipped pairs, each with its reason.
struct SqldefPairsReport {
    var results: [SqldefPairResult]
    var serverVersion: Int
    var seconds: Double
    var threshold: Double
    var replacements: Int

    private var counted: [SqldefPairResult] { results.filter(\.isCounted) }
    var loadable: Int { counted.count }
    var passed: Int { counted.filter(\.isPassed).count }
    /// Percent of loadable pairs that pass.
    var rate: Double { loadable == 0 ? 0 : Double(passed) * 100 / Double(loadable) }

    static func percent(_ value: Double) -> String { String(format: "%.1f%%", value) }

    func text() -> String {
        let version = "\(serverVersion / 10_000).\(serverVersion % 10_000)"
        var lines = ["sqldef pairs on PostgreSQL \(version): \(results.count) pairs in \(String(format: "%.1f", seconds)) s"
            + " (scratch databases replaced rather than reset: \(replacements))", ""]
        lines += table()
        let strict = counted.filter { $0.isPassed && $0.parity == nil }.count
        lines.append("")
        lines.append("rate: \(passed)/\(loadable) = \(Self.percent(rate)) (threshold \(String(format: "%.1f", threshold))%);"
            + " strict (passed and parity clean): \(strict)/\(loadable) = \(Self.percent(loadable == 0 ? 0 : Double(strict) * 100 / Double(loadable)))")
        lines += section("failures", counted.compactMap { result in
            guard case .failed(let family, let detail) = result.outcome else { return nil }
            return "\(result.pair): \(family): \(detail)"
        })
        lines += section("kind=error pairs (sqldef refuses them; not in the rate)", results.filter(\.isErrorPair).map { result in
            switch result.outcome {
            case .errorCase(let what): return "\(result.pair): \(what)"
            case .skipped(let why): return "\(result.pair): skipped: \(why)"
            case .failed(let family, let detail): return "\(result.pair): \(family): \(detail)"
            case .passed: return "\(result.pair): passed"
            }
        })
        lines += section("parity differences (after.sql's model against the database after.sql builds; not counted in the rate)",
                         counted.compactMap { result in result.parity.map { "\(result.pair): parity: \($0)" } })
        lines += section("skipped (not loadable, not counted)", results.compactMap { result in
            guard case .skipped(let why) = result.outcome, !result.isErrorPair else { return nil }
            return "\(result.pair): \(why)"
        })
        return lines.joined(separator: "\n") + "\n"
    }

    private func table() -> [String] {
        func row(_ name: String, _ rows: [SqldefPairResult]) -> String {
            let loadable = rows.filter(\.isCounted)
            let passed = loadable.filter(\.isPassed).count
            let skipped = rows.filter { if case .skipped = $0.outcome { true } else { false } }.count
            let parityChecked = loadable.filter(\.parityChecked).count
            let parityDiffers = loadable.filter { $0.parity != nil }.count
            let rate = loadable.isEmpty ? "-" : Self.percent(Double(passed) * 100 / Double(loadable.count))
            return name.padding(toLength: 28, withPad: " ", startingAt: 0)
                + [loadable.count, passed, loadable.count - passed].map { String($0).leftPad(9) }.joined()
                + rate.leftPad(9) + String(skipped).leftPad(9) + "\(parityDiffers)/\(parityChecked)".leftPad(11)
        }
        var lines = ["folder".padding(toLength: 28, withPad: " ", startingAt: 0)
            + ["loadable", "passed", "failed", "rate", "skipped"].map { $0.leftPad(9) }.joined() + "parity".leftPad(11)]
        let folders = Dictionary(grouping: results, by: \.folder)
        for folder in folders.keys.sorted() { lines.append(row(folder, folders[folder]!)) }
        lines.append(row("total", results))
        lines.append("(parity: pairs whose after.sql model differs from the database it builds / pairs whose after.sql loads plainly)")
        return lines
    }

    private func section(_ title: String, _ entries: [String]) -> [String] {
        ["", "\(title): \(entries.count)"] + entries.map { "  \($0)" }
    }
}

extension SqldefPairResult {
    /// Loadable and not a kind=error pair: what the rate counts.
    var isCounted: Bool {
        if isErrorPair { return false }
        switch outcome {
        case .skipped, .errorCase: return false
        case .passed, .failed: return true
        }
    }

    var isPassed: Bool { if case .passed = outcome { true } else { false } }
}

extension String {
    fileprivate func leftPad(_ width: Int) -> String {
        count >= width ? " " + self : String(repeating: " ", count: width - count) + self
    }
}
