import Foundation

/// `postgresql://[user[:password]@][host[:port][,...]][/dbname][?keyword=value&...]`, read as libpq reads
/// it (its documentation's "Connection URIs"), with the failures libpq would turn into a misread password
/// reported as such instead.
enum ConnectionURLParser {
    typealias Parameter = ConnectionTarget.Parameter

    /// The scheme of `text` when it starts like a URL (`letters://`), else nil.
    static func scheme(of text: String) -> String? {
        guard let end = text.range(of: "://") else { return nil }
        let scheme = text[..<end.lowerBound]
        guard let first = scheme.first, first.isASCII, first.isLetter,
              scheme.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+.-".contains($0)) }) else { return nil }
        return String(scheme)
    }

    static func parameters(of text: String, scheme: String) throws(ConnectionTargetError) -> [Parameter] {
        let rest = text.dropFirst(scheme.count + 3)
        if rest.contains(where: { $0.isWhitespace || $0.asciiValue.map { $0 < 0x20 } == true }) {
            throw .malformed("a URL cannot contain spaces: percent-encode them (%20), in the password too")
        }
        if rest.contains("#") { throw .malformed("a URL cannot contain '#': percent-encode it (%23), in the password too") }
        let queryStart = rest.firstIndex(of: "?") ?? rest.endIndex
        let beforeQuery = rest[..<queryStart]
        let authorityEnd = beforeQuery.firstIndex(of: "/") ?? beforeQuery.endIndex
        let authority = beforeQuery[..<authorityEnd]
        if beforeQuery[authorityEnd...].contains("@") {
            throw .malformed("the user name or password contains an unencoded '/': percent-encode it (%2F)")
        }
        var parameters: [Parameter] = []
        var hostPart = authority
        if let at = authority.firstIndex(of: "@") {
            hostPart = authority[authority.index(after: at)...]
            if hostPart.contains("@") {
                throw .malformed("the user name or password contains an unencoded '@': percent-encode it (%40)")
            }
            parameters += try userInfo(authority[..<at])
        }
        parameters += try hosts(hostPart)
        if authorityEnd < beforeQuery.endIndex {
            let path = beforeQuery[beforeQuery.index(after: authorityEnd)...]
            if !path.isEmpty { parameters.append(Parameter(keyword: "dbname", value: try decode(path, "the database name"))) }
        }
        if queryStart < rest.endIndex { parameters += try query(rest[rest.index(after: queryStart)...]) }
        return parameters
    }

    private static func userInfo(_ text: Substring) throws(ConnectionTargetError) -> [Parameter] {
        var result: [Parameter] = []
        let colon = text.firstIndex(of: ":")
        let user = text[..<(colon ?? text.endIndex)]
        if !user.isEmpty { result.append(Parameter(keyword: "user", value: try decode(user, "the user name"))) }
        if let colon {
            let password = text[text.index(after: colon)...]
            result.append(Parameter(keyword: "password", value: try decode(password, "the password")))
        }
        return result
    }

    /// `host[:port]` items separated by commas; IPv6 addresses in brackets.
    private static func hosts(_ text: Substring) throws(ConnectionTargetError) -> [Parameter] {
        guard !text.isEmpty else { return [] }
        var hosts: [String] = []
        var ports: [String] = []
        for item in text.split(separator: ",", omittingEmptySubsequences: false) {
            var host = item
            var port: Substring = ""
            if item.hasPrefix("[") {
                guard let close = item.firstIndex(of: "]") else {
                    throw .malformed("an IPv6 host in the URL lacks its closing ']'")
                }
                host = item[item.index(after: item.startIndex)..<close]
                let after = item[item.index(after: close)...]
                guard after.isEmpty || after.hasPrefix(":") else {
                    throw .malformed("expected ':port' after an IPv6 host's ']'")
                }
                port = after.dropFirst()
            } else if let colon = item.lastIndex(of: ":") {
                host = item[..<colon]
                port = item[item.index(after: colon)...]
            }
            hosts.append(try decode(host, "the host"))
            ports.append(try decode(port, "the port"))
        }
        var result: [Parameter] = []
        if hosts.contains(where: { !$0.isEmpty }) { result.append(Parameter(keyword: "host", value: hosts.joined(separator: ","))) }
        if ports.contains(where: { !$0.isEmpty }) { result.append(Parameter(keyword: "port", value: ports.joined(separator: ","))) }
        return result
    }

    private static func query(_ text: Substring) throws(ConnectionTargetError) -> [Parameter] {
        var result: [Parameter] = []
        for pair in text.split(separator: "&") {
            guard let equals = pair.firstIndex(of: "=") else {
                throw .malformed("the URL's query must be keyword=value pairs joined by '&'")
            }
            let keyword = try decode(pair[..<equals], "a query parameter's name")
            let value = try decode(pair[pair.index(after: equals)...], "the value of \(keyword)")
            // libpq's JDBC-compatible alias.
            if keyword == "ssl" {
                guard value == "true" else { throw .invalidValue(keyword: "ssl", expected: "true (or use sslmode)") }
                result.append(Parameter(keyword: "sslmode", value: "require"))
            } else {
                result.append(Parameter(keyword: keyword, value: value))
            }
        }
        return result
    }

    /// Percent-decoding; `part` names what is decoded in the error, never its text.
    static func decode(_ text: Substring, _ part: String) throws(ConnectionTargetError) -> String {
        guard text.contains("%") else { return String(text) }
        var bytes: [UInt8] = []
        var index = text.utf8.startIndex
        let utf8 = text.utf8
        while index < utf8.endIndex {
            let byte = utf8[index]
            if byte == UInt8(ascii: "%") {
                let high = utf8.index(after: index)
                guard high < utf8.endIndex, utf8.index(after: high) < utf8.endIndex,
                      let h = hexValue(utf8[high]), let l = hexValue(utf8[utf8.index(after: high)]) else {
                    throw .malformed("\(part) has an invalid percent-encoding (% must be followed by two hex digits; write %25 for %)")
                }
                bytes.append(h << 4 | l)
                index = utf8.index(high, offsetBy: 2)
            } else {
                bytes.append(byte)
                index = utf8.index(after: index)
            }
        }
        guard let decoded = String(bytes: bytes, encoding: .utf8), !decoded.contains("\0") else {
            throw .malformed("\(part) decodes to something that is not text")
        }
        return decoded
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}
