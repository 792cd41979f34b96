package vn.dondoc.app.generate;

import java.util.List;
import java.util.Random;

/** Real-looking Vietnamese names for a generated province: places, departments, people, indicators. */
final class Names {
    private Names() {}

    static final List<String> PROVINCES = List.of(
            "Hà Tĩnh",
            "Nghệ An",
            "Thanh Hóa",
            "Quảng Bình",
            "Quảng Trị",
            "Thái Bình",
            "Nam Định",
            "Ninh Bình",
            "Bắc Giang",
            "Phú Thọ");

    /** Provincial departments (sở, ban, ngành) with their usual abbreviations. */
    static final List<String[]> DEPARTMENTS = List.of(
            new String[] {"Văn phòng Ủy ban nhân dân tỉnh", "VP UBND"},
            new String[] {"Sở Nội vụ", "SNV"},
            new String[] {"Sở Tài chính", "STC"},
            new String[] {"Sở Kế hoạch và Đầu tư", "SKHĐT"},
            new String[] {"Sở Xây dựng", "SXD"},
            new String[] {"Sở Giáo dục và Đào tạo", "SGDĐT"},
            new String[] {"Sở Y tế", "SYT"},
            new String[] {"Sở Lao động - Thương binh và Xã hội", "SLĐTBXH"},
            new String[] {"Sở Nông nghiệp và Phát triển nông thôn", "SNN&PTNT"},
            new String[] {"Sở Tài nguyên và Môi trường", "STNMT"},
            new String[] {"Sở Công Thương", "SCT"},
            new String[] {"Sở Giao thông vận tải", "SGTVT"},
            new String[] {"Sở Tư pháp", "STP"},
            new String[] {"Sở Văn hóa, Thể thao và Du lịch", "SVHTTDL"},
            new String[] {"Sở Thông tin và Truyền thông", "STTTT"},
            new String[] {"Sở Khoa học và Công nghệ", "SKHCN"},
            new String[] {"Thanh tra tỉnh", "TTT"},
            new String[] {"Ban Dân tộc", "BDT"});

    static final List<String> DEPARTMENT_OFFICES = List.of(
            "Văn phòng",
            "Phòng Kế hoạch - Tài chính",
            "Phòng Tổ chức cán bộ",
            "Thanh tra",
            "Phòng Quản lý chuyên ngành");

    /** Syllables of place names: two of them make a district or a commune. */
    private static final List<String> PLACE = List.of(
            "An", "Bình", "Cẩm", "Đức", "Hương", "Kỳ", "Lộc", "Nghi", "Thạch", "Thiên", "Xuân", "Hồng", "Sơn", "Phú",
            "Tân", "Hòa", "Thịnh", "Quang", "Vĩnh", "Trung", "Hưng", "Long", "Mỹ", "Phúc", "Thanh", "Yên", "Đông",
            "Tây", "Nam", "Bắc", "Khánh", "Lạc", "Lĩnh", "Minh", "Ninh", "Tiến", "Thuận", "Hải", "Hà", "Kim", "Châu",
            "Phong", "Gia", "Cường", "Diên", "Tùng", "Lâm");

    private static final List<String> FAMILY = List.of(
            "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý",
            "Đinh", "Thái", "Hà", "Cao");
    private static final List<String> MIDDLE = List.of(
            "Văn", "Thị", "Đình", "Hữu", "Minh", "Quang", "Thanh", "Ngọc", "Xuân", "Đức", "Trọng", "Hồng", "Anh", "Thế",
            "Kim");
    private static final List<String> GIVEN = List.of(
            "An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hùng", "Hương", "Khánh", "Lan", "Linh",
            "Long", "Mai", "Nam", "Nga", "Phong", "Phương", "Quân", "Sơn", "Tâm", "Thảo", "Thắng", "Thủy", "Trang",
            "Trung", "Tuấn", "Vinh", "Yến", "Lạc", "Công", "Hiếu", "Lợi");

    /** Indicators followed across communes, with their measure unit. */
    static final List<String[]> INDICATORS = List.of(
            new String[] {"Tỷ lệ hộ nghèo", "%"},
            new String[] {"Số lao động được giải quyết việc làm mới", "người"},
            new String[] {"Tỷ lệ lao động qua đào tạo", "%"},
            new String[] {"Tỷ lệ tham gia bảo hiểm y tế", "%"},
            new String[] {"Thu ngân sách trên địa bàn", "triệu đồng"},
            new String[] {"Số xã đạt chuẩn nông thôn mới", "xã"},
            new String[] {"Tỷ lệ trẻ em được tiêm chủng đầy đủ", "%"},
            new String[] {"Số hộ được hỗ trợ nhà ở", "hộ"},
            new String[] {"Tỷ lệ hồ sơ giải quyết đúng hạn", "%"},
            new String[] {"Diện tích trồng rừng mới", "ha"},
            new String[] {"Số người tham gia bảo hiểm xã hội tự nguyện", "người"},
            new String[] {"Tỷ lệ dân số sử dụng nước sạch", "%"});

    static String place(Random r) {
        String a = pick(r, PLACE);
        String b;
        do {
            b = pick(r, PLACE);
        } while (b.equals(a));
        return a + " " + b;
    }

    static String person(Random r) {
        return pick(r, FAMILY) + " " + pick(r, MIDDLE) + " " + pick(r, GIVEN);
    }

    static <T> T pick(Random r, List<T> list) {
        return list.get(r.nextInt(list.size()));
    }

    /** ASCII letters of a name for a user name: "Nguyễn Văn An" → "nguyenvanan". */
    static String ascii(String s) {
        String folded = java.text.Normalizer.normalize(
                        s.replace('đ', 'd').replace('Đ', 'D'), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return folded.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
