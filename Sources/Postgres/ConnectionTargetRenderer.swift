import Foundation

/// Writes a `ConnectionTarget` back in the form it was given, with the password as `***`.
enum ConnectionTargetRenderer {
    static func render(_ target: ConnectionTarget) -> String {
        switch target.form {
        case .url(let scheme): return url(target, scheme: scheme)
        case .keywords: return keywords(target)
        }
    }

    private static func url(_ target: ConnectionTarget, scheme: String) -> String {
        var text = scheme + "://"
        if let user = target.value(of: "user") {
            text += percentEncode(user) + (target.hasPassword ? ":***" : "") + "@"
        } else if target.hasPassword {
            text += ":***@"
        }
        let hosts = target.value(of: "host").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) } ?? []
        let ports = target.value(of: "port").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) } ?? []
        var inAuthority: Set<String> = ["user", "password", "dbname"]
        if ports.isEmpty || ports.count == max(hosts.count, 1) {
            let padded = hosts.isEmpty ? [""] : hosts
            text += zip(padded, ports.isEmpty ? padded.map { _ in "" } : ports).map { host, port in
                (host.contains(":") ? "[\(host)]" : percentEncode(host)) + (port.isEmpty ? "" : ":\(port)")
            }.joined(separator: ",")
            inAuthority.formUnion(["host", "port"])
        }
        if let database = target.database { text += "/" + percentEncode(database) }
        let rest = latest(target).filter { !inAuthority.contains($0.keyword) }
        if !rest.isEmpty {
            text += "?" + rest.map { "\(percentEncode($0.keyword))=\(shown($0, percentEncode($0.value)))" }.joined(separator: "&")
        }
        return text
    }

    private static func keywords(_ target: ConnectionTarget) -> String {
        latest(target).map { parameter in
            let value = parameter.value
            let plain = !value.isEmpty && !value.contains { $0.isWhitespace || $0 == "'" || $0 == "\\" }
            let quoted = plain ? value : "'" + value.replacingOccurrences(of: "\\", with: "\\\\")
                .replacingOccurrences(of: "'", with: "\\'") + "'"
            return "\(parameter.keyword)=\(shown(parameter, quoted))"
        }.joined(separator: " ")
    }

    private static func shown(_ parameter: ConnectionTarget.Parameter, _ text: String) -> String {
        parameter.keyword == "password" ? "***" : text
    }

    /// Each keyword once, with its last value, in the order of first appearance.
    private static func latest(_ target: ConnectionTarget) -> [ConnectionTarget.Parameter] {
        let (keywords, values) = target.libpqParameters()
        return zip(keywords, values).map { ConnectionTarget.Parameter(keyword: $0, value: $1) }
    }

    /// Percent-encodes all but RFC 3986's unreserved characters.
    static func percentEncode(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics.intersection(CharacterSet(charactersIn: Unicode.Scalar(0)...Unicode.Scalar(127)))
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }
}
