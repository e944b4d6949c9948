/// The operator names of pg_catalog (PostgreSQL 15 and 18, read from the catalogs). A name none of these
/// is an extension's or the user's operator, which the catalog prints qualified (`OPERATOR(public.<<<)`)
/// with `search_path = pg_catalog`: the expression normalizer qualifies it the same way.
enum BuiltinOperators {
    static let names: Set<String> = Set("""
        !! !~ !~* !~~ !~~* # ## #- #> #>> % & && &< &<| &> * *< *<= *<> *= *> *>= + - -> ->> -|- / < <-> << <<= <<|
        <= <> <@ <^ = > >= >> >>= >^ ? ?# ?& ?- ?-| ?| ?|| @ @-@ @> @? @@ @@@ ^ ^@ | |&> |/ |>> || ||/ ~ ~* ~<=~ ~<~
        ~= ~>=~ ~>~ ~~ ~~*
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
}
