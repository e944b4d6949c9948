import Crypto
import SchemaModel

extension CanonicalDigest {
    /// The digest of a canonical text (`Node.canonicalText`).
    public init(of text: String) {
        self.init(sha256: SHA256.hash(data: Array(text.utf8)))
    }
}
