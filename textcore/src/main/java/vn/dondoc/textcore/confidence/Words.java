package vn.dondoc.textcore.confidence;

import java.util.List;

/** Small word tests the scorer and the candidates finder share, over lower-case text. */
final class Words {
    private Words() {
    }

    /** Words that state how a target compares ("phấn đấu đạt", "ít nhất", "dưới"). */
    static final List<String> COMPARATOR_WORDS = List.of("phấn đấu", "ít nhất", "tối thiểu", "tối đa", "trên ", "dưới ",
            "không quá", "không vượt", "không thấp hơn", "xuống còn", "xuống dưới", "trở lên", "đạt ", "đạt tỷ lệ",
            "duy trì", "bảo đảm", "đảm bảo", "tăng lên", "giảm xuống", "còn dưới");
    /** Words of an aim, not of an achievement. */
    static final List<String> AIM_WORDS = List.of("phấn đấu", "mục tiêu", "chỉ tiêu", "đến năm", "đến hết năm",
            "giai đoạn 20", "định hướng", "dự kiến");
    /** Verbs a report uses for what was done. */
    static final List<String> ACHIEVEMENT_WORDS = List.of("đạt", "thực hiện", "hoàn thành", "giải quyết", "tăng",
            "giảm", "giải ngân", "thu ", "chi ", "tiếp nhận", "cấp ", "xử lý", "đã ");
    /** Words that open a report's past tense or comparison: "đã ...", "so với cùng kỳ". */
    private static final List<String> RESULT_MARKERS = List.of("so với cùng kỳ", "so cùng kỳ", "đã đạt", "đạt được",
            "kết quả đạt", "đã hoàn thành", "đã thực hiện", "đã tổ chức", "đã triển khai", "ước đạt", "ước thực hiện",
            "lũy kế", "luỹ kế", "ước tính", "đánh giá cao", "ghi nhận", "biểu dương");
    /** How a criterion or aim opens ("Trên 80% các đơn vị ...", "Hàng năm, số vụ ..."): a target, not work given. */
    private static final java.util.regex.Pattern TARGET_OPENING = java.util.regex.Pattern.compile(
            "^(trên|dưới|ít nhất|tối thiểu|phấn đấu|hàng năm|hằng năm|đến năm|đến hết năm|100|\\d+([,.]\\d+)?\\s?%)");
    /** People where a calendar row's content should be: "Đ/c Thanh; Đ/c Thân". */
    static final List<String> PEOPLE_OPENINGS = List.of("đ/c", "đồng chí", "các đ/c", "các đồng chí", "lãnh đạo", "các phó");
    /** Day and session markers a calendar row should not begin with. */
    static final List<String> DAY_MARKERS = List.of("thứ hai", "thứ ba", "thứ tư", "thứ năm", "thứ sáu", "thứ bảy",
            "chủ nhật", "sáng:", "chiều:", "tối:", "buổi sáng", "buổi chiều", "ngày ");

    /** A session word left in a row's content: "(sáng)", "buổi chiều". */
    static final List<String> SESSION_WORDS = List.of("(sáng", "(chiều", "(tối", "buổi sáng", "buổi chiều", "buổi tối");

    static boolean containsAny(String lower, List<String> words) {
        for (String w : words) {
            if (lower.contains(w)) {
                return true;
            }
        }
        return false;
    }

    static boolean startsWithAny(String lower, List<String> words) {
        for (String w : words) {
            if (lower.startsWith(w)) {
                return true;
            }
        }
        return false;
    }

    static boolean readsAsTarget(String lower) {
        return TARGET_OPENING.matcher(stripOrdinal(lower)).find();
    }

    static boolean readsAsResult(String lower) {
        return containsAny(lower, RESULT_MARKERS) || lower.startsWith("đã ");
    }

    /** Words up to {@code cap} (counting stops there, so long paragraphs cost nothing). */
    static int count(String s, int cap) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length() && n < cap; i++) {
            boolean letter = Character.isLetterOrDigit(s.charAt(i));
            if (letter && !in) {
                n++;
            }
            in = letter;
        }
        return n;
    }

    /** "1. ", "a) ", "- " at the head of a text. */
    static String stripOrdinal(String lower) {
        int i = 0;
        while (i < lower.length() && i < 8 && (Character.isDigit(lower.charAt(i)) || ".)-+•*– ".indexOf(lower.charAt(i)) >= 0
                || i < 2 && Character.isLetter(lower.charAt(i)) && i + 1 < lower.length() && lower.charAt(i + 1) == ')')) {
            i++;
        }
        return lower.substring(i).stripLeading();
    }

    /** An instruction verb among the first words, after a subject ("Sở Y tế tăng cường ..."). */
    static boolean verbSoon(String lower, List<String> verbs) {
        String head = lower.length() > 70 ? lower.substring(0, 70) : lower;
        for (String v : verbs) {
            int at = head.indexOf(v);
            while (at >= 0) {
                boolean startOk = at == 0 || !Character.isLetter(head.charAt(at - 1));
                int end = at + v.length();
                boolean endOk = end >= head.length() || !Character.isLetter(head.charAt(end));
                if (startOk && endOk) {
                    return true;
                }
                at = head.indexOf(v, at + 1);
            }
        }
        return false;
    }
}
