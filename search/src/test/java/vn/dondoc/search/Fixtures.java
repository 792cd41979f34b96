package vn.dondoc.search;

import java.time.LocalDate;
import java.util.List;

/** A small, realistic set of items shared by the index tests. */
public final class Fixtures {
    private Fixtures() {}

    public static List<SearchDoc> docs() {
        return List.of(
                SearchDoc.builder("document:1", Kind.DOCUMENT)
                        .docNumber("42-CT/TU")
                        .typeCode("CHI_THI")
                        .issuer("Tỉnh ủy")
                        .date(LocalDate.of(2024, 3, 5))
                        .status("ISSUED")
                        .title("Chỉ thị về tăng cường sự lãnh đạo của Đảng đối với công tác bảo vệ rừng")
                        .body(
                                "Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy, chính quyền tăng cường công tác quản lý, bảo vệ và phát triển rừng.")
                        .build(),
                SearchDoc.builder("document:2", Kind.DOCUMENT)
                        .docNumber("42-CTr/TU")
                        .typeCode("CHUONG_TRINH")
                        .issuer("Tỉnh ủy")
                        .date(LocalDate.of(2024, 6, 1))
                        .status("ISSUED")
                        .title("Chương trình hành động thực hiện Nghị quyết Đại hội về phát triển nông thôn mới")
                        .body("Xây dựng nông thôn mới gắn với phát triển kinh tế - xã hội; mỗi xã một sản phẩm OCOP.")
                        .build(),
                SearchDoc.builder("document:3", Kind.DOCUMENT)
                        .docNumber("15/QĐ-UBND")
                        .typeCode("QUYET_DINH")
                        .issuer("UBND tỉnh")
                        .date(LocalDate.of(2023, 1, 10))
                        .status("ISSUED")
                        .title("Quyết định phê duyệt kế hoạch giải quyết việc làm")
                        .body("Sở Lao động - Thương binh và Xã hội chủ trì giải quyết việc làm cho 9.997 lao động.")
                        .build(),
                SearchDoc.builder("document:4", Kind.DOCUMENT)
                        .docNumber("15/QyĐ-UBND")
                        .typeCode("QUY_DINH")
                        .issuer("UBND tỉnh")
                        .date(LocalDate.of(2023, 2, 10))
                        .status("DRAFT")
                        .title("Quy định về quản lý thủy lợi nội đồng")
                        .body("Quy định trách nhiệm của các đơn vị trong quản lý công trình thủy lợi.")
                        .build(),
                SearchDoc.builder("document:5", Kind.DOCUMENT)
                        .docNumber("309/TB-SLĐTBXH")
                        .typeCode("THONG_BAO")
                        .issuer("Sở LĐTBXH")
                        .date(LocalDate.of(2025, 4, 2))
                        .status("ISSUED")
                        .title("Thông báo kết luận của Giám đốc Sở tại cuộc họp giao ban")
                        .body(
                                "UBND tỉnh giao Sở chủ trì, phối hợp các đơn vị triển khai thực hiện Chỉ thị số 42-CT/TU.")
                        .build(),
                SearchDoc.builder("task:7", Kind.TASK)
                        .typeCode("TASK")
                        .status("OVERDUE")
                        .units("Phòng Lao động - Việc làm", "Văn phòng Sở")
                        .date(LocalDate.of(2025, 5, 30))
                        .title("Tổng hợp báo cáo tình hình lao động việc làm quý II")
                        .body("Phòng Lao động - Việc làm chủ trì tổng hợp, báo cáo Giám đốc Sở trước ngày 30/5/2025.")
                        .build(),
                SearchDoc.builder("event:3", Kind.EVENT)
                        .typeCode("EVENT")
                        .units("Văn phòng Sở")
                        .date(LocalDate.of(2025, 5, 12))
                        .title("Họp giao ban tuần")
                        .body("Đ/c Giám đốc chủ trì; Văn phòng chuẩn bị nội dung.")
                        .build());
    }
}
