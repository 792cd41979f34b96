package vn.dondoc.app.imports;

import java.nio.charset.StandardCharsets;
import vn.dondoc.domain.imports.IncomingFile;

/**
 * A short plan on which the engine is sure of one task, doubts another ("Trên 80% ..." reads as a target), and
 * sees two "+" items with an action verb that it does not take as tasks: the review page's confidence cases.
 */
public final class UnsurePlan {
    private UnsurePlan() {}

    public static final String SURE_TASK = "Sở Khoa học và Công nghệ chủ trì xây dựng nền tảng dữ liệu dùng chung";
    public static final String UNSURE_TASK = "Trên 80% cán bộ, công chức cấp xã được bồi dưỡng kỹ năng số cơ bản.";
    public static final String CANDIDATE =
            "Tổ chức tập huấn kỹ năng số cho cán bộ, công chức cấp xã trong quý III năm 2025.";

    public static final String TEXT = """
            ỦY BAN NHÂN DÂN
            TỈNH HÀ TĨNH
            Số: 12/KH-UBND
            KẾ HOẠCH
            Triển khai chuyển đổi số năm 2025
            I. NHIỆM VỤ, GIẢI PHÁP
            1. Sở Khoa học và Công nghệ chủ trì xây dựng nền tảng dữ liệu dùng chung của tỉnh, hoàn thành trước ngày 30/6/2025.
            2. Trên 80% cán bộ, công chức cấp xã được bồi dưỡng kỹ năng số cơ bản.
            3. Tuyên truyền về chuyển đổi số
            + Tổ chức tập huấn kỹ năng số cho cán bộ, công chức cấp xã trong quý III năm 2025.
            + Xây dựng chuyên mục chuyển đổi số trên Cổng thông tin điện tử của tỉnh.
            """;

    public static IncomingFile file() {
        return new IncomingFile("ke-hoach-chuyen-doi-so.txt", TEXT.getBytes(StandardCharsets.UTF_8));
    }
}
