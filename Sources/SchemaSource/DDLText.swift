import Foundation
/// Small SQL spellings the front end needs when it writes SQL of its own (serial defaults).
enum DDLText {
    static func literal(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
    }
}
