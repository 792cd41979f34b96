package vn.dondoc.textcore.segment;

/** What a line or paragraph of a document is, by its form. */
public enum BlockKind {
    /** "II. NHIỆM VỤ, GIẢI PHÁP", "I- HỘI NGHỊ ..." */
    ROMAN,
    /** "1. Lĩnh vực ...", "2.1. ..." */
    NUMBERED,
    /** "a) ..." */
    LETTER,
    /** "- ...", "+ ...", "• ..." */
    BULLET,
    /** a line with TAB-separated cells */
    TABLE_ROW,
    /** anything else */
    PARAGRAPH
}
