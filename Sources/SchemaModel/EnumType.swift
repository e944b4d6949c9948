/// An enum type: its labels in sort order, which is what makes two enums equal.
public struct EnumType: Equatable, Sendable {
    public var name: QualifiedName
    public var labels: [String]

    public init(name: QualifiedName, labels: [String]) {
        self.name = name
        self.labels = labels
    }
}
