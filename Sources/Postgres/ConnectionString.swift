import Foundation

/// Connection targets as users write them, and their masked forms for anything printed.
public enum ConnectionString {
    /// `postgresql://user:secret@host/db` → `postgresql://user:***@host/db`; `password=secret` → `password=***`.
    public static func masked(_ target: String) -> String {
        maskPasswords(in: target)
    }

    /// Masks every URL userinfo password and `password=` keyword value found in a text.
    public static func maskPasswords(in text: String) -> String {
        var result = text
        // (pattern, template): the URL keeps its `@`, the keyword form loses its whole value.
        let rules = [
            (#"(postgres(?:ql)?://[^:/@\s]*:)[^@\s]*(@)"#, "$1***$2"),
            (#"(password\s*=\s*)(?:'(?:[^'\\]|\\.)*'|\S+)"#, "$1***"),
        ]
        for (pattern, template) in rules {
            guard let regex = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive]) else { continue }
            let range = NSRange(result.startIndex..., in: result)
            result = regex.stringByReplacingMatches(in: result, range: range, withTemplate: template)
        }
        return result
    }

    /// The same URL with the database name replaced, for connecting to a sibling database.
    public static func replacingDatabase(in url: String, with database: String) -> String {
        guard var components = URLComponents(string: url), components.scheme?.hasPrefix("postgres") == true else {
            return url + " dbname=\(database)"
        }
        components.path = "/" + database
        return components.string ?? url
    }
}
