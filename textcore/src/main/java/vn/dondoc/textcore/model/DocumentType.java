package vn.dondoc.textcore.model;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Document types of Decree 30/2020 and Party documents, with their case-sensitive symbols. */
public enum DocumentType {
    NGHI_QUYET("NQ", "Nghị quyết"),
    QUYET_DINH("QĐ", "Quyết định"),
    CHI_THI("CT", "Chỉ thị"),
    KET_LUAN("KL", "Kết luận"),
    THONG_BAO("TB", "Thông báo"),
    CHUONG_TRINH("CTr", "Chương trình"),
    KE_HOACH("KH", "Kế hoạch"),
    HUONG_DAN("HD", "Hướng dẫn"),
    BAO_CAO("BC", "Báo cáo"),
    TO_TRINH("TTr", "Tờ trình"),
    DE_AN("ĐA", "Đề án"),
    DU_AN("DA", "Dự án"),
    PHUONG_AN("PA", "Phương án"),
    QUY_DINH("QyĐ", "Quy định"),
    QUY_CHE("QC", "Quy chế"),
    CONG_DIEN("CĐ", "Công điện"),
    GIAY_MOI("GM", "Giấy mời"),
    BIEN_BAN("BB", "Biên bản"),
    NGHI_DINH("NĐ", "Nghị định"),
    THONG_TU("TT", "Thông tư"),
    LUAT(null, "Luật"),
    PHAP_LENH(null, "Pháp lệnh"),
    CONG_VAN(null, "Công văn"),
    OTHER(null, "Văn bản khác");

    private final String symbol;
    private final String label;

    DocumentType(String symbol, String label) {
        this.symbol = symbol;
        this.label = label;
    }

    /** The symbol as printed in a document number ("CTr", "QĐ"); null where the type has none. */
    public String symbol() {
        return symbol;
    }

    /** The Vietnamese name shown to users. */
    public String label() {
        return label;
    }

    private static final Map<String, DocumentType> BY_SYMBOL = Map.ofEntries(
            Map.entry("NQ", NGHI_QUYET),
            Map.entry("QĐ", QUYET_DINH),
            Map.entry("CT", CHI_THI),
            Map.entry("KL", KET_LUAN),
            Map.entry("TB", THONG_BAO),
            Map.entry("CTr", CHUONG_TRINH),
            Map.entry("KH", KE_HOACH),
            Map.entry("HD", HUONG_DAN),
            Map.entry("BC", BAO_CAO),
            Map.entry("TTr", TO_TRINH),
            Map.entry("ĐA", DE_AN),
            Map.entry("DA", DU_AN),
            Map.entry("PA", PHUONG_AN),
            Map.entry("QyĐ", QUY_DINH),
            Map.entry("QC", QUY_CHE),
            Map.entry("CĐ", CONG_DIEN),
            Map.entry("GM", GIAY_MOI),
            Map.entry("BB", BIEN_BAN),
            Map.entry("NĐ", NGHI_DINH),
            Map.entry("TT", THONG_TU),
            // common misprints and Party variants seen in real documents
            Map.entry("CTTr", CHUONG_TRINH),
            Map.entry("QD", QUYET_DINH),
            Map.entry("ND", NGHI_DINH));

    /** Type of a symbol, case-sensitive first ("CTr" is not "CT"), then upper-cased. */
    public static Optional<DocumentType> fromSymbol(String symbol) {
        if (symbol == null) {
            return Optional.empty();
        }
        DocumentType t = BY_SYMBOL.get(symbol);
        if (t == null) {
            String upper = symbol.toUpperCase(Locale.ROOT);
            if (!upper.equals("CTR") && !upper.equals("QYĐ") && !upper.equals("TTR")) {
                t = BY_SYMBOL.get(upper);
            }
        }
        return Optional.ofNullable(t);
    }
}
