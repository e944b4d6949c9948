import CLibPQ

/// Checks that libpq would otherwise make only when it connects (or never, for a misspelled keyword in
/// a keyword string it would refuse with the keyword's neighbours quoted).
enum ConnectionParameterRules {
    /// Every keyword this libpq knows (`PQconndefaults`), read once.
    static let knownKeywords: Set<String> = {
        var keywords = Set<String>()
        guard let options = PQconndefaults() else { return keywords }
        defer { PQconninfoFree(options) }
        var option = options
        while let keyword = option.pointee.keyword {
            keywords.insert(String(cString: keyword))
            option = option.advanced(by: 1)
        }
        return keywords
    }()

    /// Keywords whose values libpq takes from a fixed set (its documentation's "Parameter Key Words").
    static let choices: [String: [String]] = [
        "sslmode": ["disable", "allow", "prefer", "require", "verify-ca", "verify-full"],
        "gssencmode": ["disable", "prefer", "require"],
        "channel_binding": ["disable", "prefer", "require"],
        "target_session_attrs": ["any", "read-write", "read-only", "primary", "standby", "prefer-standby"],
        "load_balance_hosts": ["disable", "random"],
        "sslnegotiation": ["postgres", "direct"],
        "replication": ["true", "on", "yes", "1", "false", "off", "no", "0", "database"],
    ]

    static let integers: Set<String> = [
        "connect_timeout", "keepalives", "keepalives_idle", "keepalives_interval", "keepalives_count", "tcp_user_timeout",
    ]

    static func validate(_ parameters: [ConnectionTarget.Parameter]) throws(ConnectionTargetError) {
        for parameter in parameters {
            let (keyword, value) = (parameter.keyword, parameter.value)
            guard knownKeywords.isEmpty || knownKeywords.contains(keyword) else { throw .unknownParameter(keyword) }
            if keyword == "port" {
                let valid = value.split(separator: ",", omittingEmptySubsequences: false).allSatisfy { port in
                    port.isEmpty || (port.allSatisfy(\.isASCII) && Int(port).map { (1...65535).contains($0) } == true)
                }
                if !valid { throw .invalidValue(keyword: "port", expected: "a number from 1 to 65535") }
            } else if let allowed = choices[keyword], !allowed.contains(value) {
                throw .invalidValue(keyword: keyword, expected: "one of \(allowed.joined(separator: ", "))")
            } else if integers.contains(keyword), Int(value) == nil {
                throw .invalidValue(keyword: keyword, expected: "a whole number")
            }
        }
    }
}
