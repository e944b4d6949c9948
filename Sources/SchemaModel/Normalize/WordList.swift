/// The words of a list written into the source (built-in function, operator class and relation names):
/// ASCII, separated by spaces and newlines. Split as bytes: splitting a String by Characters walks grapheme
/// clusters, which for lists of thousands of names cost milliseconds of every run's start.
public enum WordList {
    public static func words<Text: StringProtocol>(_ text: Text) -> [String] {
        text.utf8.split(whereSeparator: { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\n") }).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The lines of such a list, split as bytes.
    public static func lines(_ text: String) -> [Substring] {
        text.utf8.split(separator: UInt8(ascii: "\n")).map { Substring($0) }
    }
}
