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
        let patterns = [
            #"(postgres(?:ql)?://[^:/@\s]*:)[^@\s]*(@)"#,
            #"(password\s*=\s*)('(?:[^'\\]|\\.)*'|\S+)()"#,
        ]
        for pattern in patterns {
            guard let regex = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive]) else { continue }
            let range = NSRange(result.startIndex..., in: result)
            result = regex.stringByReplacingMatches(in: result, range: range, withTemplate: "$1***$2")
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
