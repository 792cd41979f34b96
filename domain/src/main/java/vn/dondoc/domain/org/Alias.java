package vn.dondoc.domain.org;

/** One lexicon entry: "VP" → unit Văn phòng; "Đ/c Lạc" → person Lạc. Users extend it while reviewing. */
public record Alias(Long id, String alias, AliasKind kind, long targetId) {}
