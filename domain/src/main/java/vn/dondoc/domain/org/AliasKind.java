package vn.dondoc.domain.org;

/** What an alias of the agency's lexicon stands for. */
public enum AliasKind {
    UNIT,
    PERSON
}
