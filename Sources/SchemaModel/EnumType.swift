/// An enum type: its labels in sort order, which is what makes two enums equal.
public struct EnumType: Equatable, Sendable {
    public var name: QualifiedName
    public var labels: [String]
    /// `-- monolayer: renamed from OLD` above the statement (not compared, see RenameIntent).
    public var renamedFrom: RenameIntent<QualifiedName> = nil
    /// `-- monolayer: renamed from 'old'` above a label: the label's old value, by new label (not compared).
    public var renamedLabels: [String: RenameHint<String>] = [:]

    public init(name: QualifiedName, labels: [String]) {
        self.name = name
        self.labels = labels
    }

    public static func == (lhs: EnumType, rhs: EnumType) -> Bool {
        lhs.name == rhs.name && lhs.labels == rhs.labels
    }

    /// Whether `new` only adds labels, keeping these in their order: PostgreSQL can do that in place;
    /// anything else rebuilds the type.
    public func onlyGainsLabels(in new: EnumType) -> Bool {
        new.labels.filter(labels.contains) == labels
    }
}
