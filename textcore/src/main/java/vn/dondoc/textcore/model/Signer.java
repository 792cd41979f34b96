package vn.dondoc.textcore.model;

/** One signature block: "TM. Ủy ban nhân dân; KT. Chủ tịch" / "Phó Chủ tịch" / name. */
public record Signer(String name, String position, String authority, Span span) {}
