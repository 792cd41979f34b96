package vn.dondoc.textcore.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dondoc.textcore.format.DocumentNumber;
import vn.dondoc.textcore.format.Lexicon;
import vn.dondoc.textcore.format.VietnameseDates;
import vn.dondoc.textcore.format.VietnameseNumbers;
import vn.dondoc.textcore.model.Comparator;

/**
 * Finds figures with their unit in running text ("120 sản phẩm", "0,6 - 1,0%", "hơn 200 ngàn hồ sơ",
 * "120/195 nhiệm vụ", "435km"), skipping what only looks like one: dates, years and year ranges,
 * document numbers, ordinals ("lần thứ 2", "Đề án 3"), time spans ("6 tháng", "73 năm"). Pure functions.
 */
final class Quantities {

    /** One figure: value (and range end), unit, what stands before it, where it is in the text. */
    record Mention(double value, Double valueTo, Double planned, String unit, Comparator comparator, int start, int end,
                   int unitEnd) {
    }

    private static final String NUM = VietnameseNumbers.NUMBER_REGEX;
    private static final Pattern FIGURE = Pattern.compile(
            "(?=\\d)(?<![\\p{L}\\p{N}/.,\\-])(" + NUM + ")(?:\\s*/\\s*(" + NUM + ")(?=\\s+\\p{L}))?"
                    + "(?:\\s*[-–]\\s*(" + NUM + "))?\\s*(%|(?:nghìn|ngàn|triệu|tỷ|tỉ)(?![\\p{L}]))?");
    // Every pattern here starts with (?=\\d): a look-behind tried first at every position was the hot spot.
    private static final List<Pattern> MASKS = List.of(
            Pattern.compile(VietnameseDates.NUMERIC_DATE_REGEX),
            // the worded date without its optional leading "ngày", so the scan starts on a digit
            Pattern.compile("\\d{1,2}\\s+tháng\\s+\\d{1,2}\\s+năm\\s+\\d{4}", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
            Pattern.compile("(?=\\d)(?<!\\d)(?:19|20|21)\\d{2}\\s*[-–]\\s*(?:19|20|21)\\d{2}(?!\\d)"),
            Pattern.compile("(?=\\d)(?<![\\d,.])\\d{1,2}\\s*/\\s*(?:19|20|21)\\d{2}(?!\\d)"),
            Pattern.compile("(?=\\d)(?<![\\d,.])\\d{1,2}\\s*/\\s*\\d{1,2}(?![\\d%])(?!\\s*\\p{L})"),
            Pattern.compile("(?=\\d)(?<![\\d,.])\\d{1,2}\\s*[-/]\\s*\\d{1,2}(?=\\s*[)\\]])"));
    /** Words that make the number after them a label, not a quantity: "lần thứ 2", "Đề án 3", "mức độ 3, 4". */
    private static final Pattern LABEL_BEFORE = Pattern.compile(
            "(?:lần|kỳ|khóa|khoá|đợt|thứ|(?<!tổng\\s)số|mức độ|cấp độ|loại|điều|khoản|điểm|mục|phụ lục|tiêu chí|"
                    + "giai đoạn|năm|tháng|ngày|quý|tuần|covid|nhóm|tổ|phòng|tầng|km|quốc lộ|tỉnh lộ|đường|trung ương|khu|"
                    + "chương trình|kế hoạch|đề án|dự án|quyết định|nghị quyết|chỉ thị|kết luận|thông báo|thông tư|nghị định|"
                    + "công văn|hướng dẫn|quy định|luật|tờ trình|báo cáo|văn bản)\\s*:?\\s*(?:số\\s*)?"
                    + "(?:\\d{1,2}\\s*(?:,|và)\\s*)*$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern GTE = Pattern.compile(
            "(ít nhất|tối thiểu|trở lên|trên|hơn|vượt|cao hơn|bằng hoặc cao hơn|lớn hơn|không dưới|không thấp hơn|≥|>=|>)\\s*$");
    private static final Pattern LTE = Pattern.compile(
            "(dưới|không quá|tối đa|xuống còn|còn dưới|còn|thấp hơn|bằng hoặc thấp hơn|không vượt quá|nhỏ hơn|≤|<=|<)\\s*$");
    private static final Pattern COUNTABLE_HINT = Pattern.compile(
            "(ít nhất|tối thiểu|trên|hơn|dưới|khoảng|gần|thêm|mới|phấn đấu|đạt|có)\\s*$");
    private static final List<String> FUNCTION_WORDS = List.of("của", "và", "với", "cho", "trong", "so", "tại", "là", "được",
            "đã", "các", "những", "có", "không", "đến", "từ", "theo", "trên", "dưới", "về", "để", "thì", "mà", "này", "đó",
            "như", "hoặc", "bị", "do", "vào", "ra", "lên", "xuống", "tới", "sau", "trước", "khi", "nên", "thuộc", "đạt");

    private final Lexicon lexicon;

    Quantities(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Figures in {@code text} between {@code from} and {@code to}, left to right. */
    List<Mention> find(String text, int from, int to) {
        String s = text.substring(from, to);
        if (!hasDigit(s)) {
            return List.of();
        }
        boolean[] masked = mask(s);
        List<Mention> out = new ArrayList<>();
        Matcher m = FIGURE.matcher(s);
        while (m.find()) {
            if (masked[m.start(1)]) {
                continue;
            }
            String label = s.substring(Math.max(0, m.start() - 30), m.start()).toLowerCase(Locale.ROOT);
            if (LABEL_BEFORE.matcher(label).find()) {
                continue;
            }
            Double v = VietnameseNumbers.parse(m.group(1)).orElse(null);
            if (v == null) {
                continue;
            }
            Double planned = m.group(2) == null ? null : VietnameseNumbers.parse(m.group(2)).orElse(null);
            Double to2 = m.group(3) == null ? null : VietnameseNumbers.parse(m.group(3)).orElse(null);
            if (to2 != null && to2 <= v) {
                to2 = null; // "13-10" is a date, not a range
                if (m.group(4) == null) {
                    continue;
                }
            }
            String suffix = m.group(4);
            String unit;
            int unitEnd = m.end();
            String before = s.substring(Math.max(0, m.start() - 40), m.start()).toLowerCase(Locale.ROOT).strip();
            if ("%".equals(suffix)) {
                unit = "%";
            } else {
                double scale = VietnameseNumbers.scale(suffix);
                String after = s.substring(m.end(), Math.min(s.length(), m.end() + 60));
                if (suffix != null && after.matches("(?s)^\\s*đồng\\b.*")) {
                    unit = suffix.toLowerCase(Locale.ROOT) + " đồng";
                    unitEnd = m.end() + after.indexOf("đồng") + 4;
                } else {
                    String[] u = unitAfter(after, COUNTABLE_HINT.matcher(before).find() || suffix != null);
                    if (u == null) {
                        continue;
                    }
                    unit = u[0];
                    unitEnd = m.end() + Integer.parseInt(u[1]);
                    if (scale > 1) {
                        v = v * scale;
                        to2 = to2 == null ? null : to2 * scale;
                    } else if (suffix != null) {
                        continue;
                    }
                }
                if (isNoiseUnit(unit)) {
                    continue;
                }
                if (to2 == null && planned == null && v >= 1900 && v <= 2100 && v == Math.floor(v) && !m.group(1).contains(".")) {
                    continue; // a year
                }
            }
            Comparator cmp = to2 != null ? Comparator.RANGE
                    : LTE.matcher(before).find() ? Comparator.LTE
                    : GTE.matcher(before).find() ? Comparator.GTE : null;
            out.add(new Mention(v, to2, planned, unit, cmp, from + m.start(), from + m.end(), from + unitEnd));
        }
        return out;
    }

    /** The unit noun after a figure: the lexicon's longest match, else (when the context says it counts) the next word. */
    private String[] unitAfter(String after, boolean countable) {
        String a = after.replaceFirst("^\\s+", "");
        int lead = after.length() - a.length();
        String lower = a.toLowerCase(Locale.ROOT);
        for (String u : lexicon.measureUnits()) {
            if (lower.startsWith(u) && (lower.length() == u.length() || !Character.isLetter(lower.charAt(u.length())))) {
                return new String[] {a.substring(0, u.length()), Integer.toString(lead + u.length())};
            }
        }
        for (String u : lexicon.noiseUnits()) {
            if (lower.startsWith(u) && (lower.length() == u.length() || !Character.isLetter(lower.charAt(u.length())))) {
                return new String[] {a.substring(0, u.length()), Integer.toString(lead + u.length())};
            }
        }
        if (!countable) {
            return null;
        }
        Matcher w = Pattern.compile("^(\\p{Ll}+)(?![\\p{L}])").matcher(a);
        if (w.find() && !FUNCTION_WORDS.contains(w.group(1))) {
            return new String[] {w.group(1), Integer.toString(lead + w.end())};
        }
        return null;
    }

    private boolean isNoiseUnit(String unit) {
        String u = unit.toLowerCase(Locale.ROOT);
        return lexicon.noiseUnits().stream().anyMatch(n -> u.equals(n) || u.startsWith(n + " "));
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    private static boolean[] mask(String s) {
        boolean[] masked = new boolean[s.length() + 1];
        for (DocumentNumber.Found f : DocumentNumber.findAll(s)) {
            for (int i = f.start(); i < f.end(); i++) {
                masked[i] = true;
            }
        }
        for (Pattern p : MASKS) {
            Matcher m = p.matcher(s);
            while (m.find()) {
                for (int i = m.start(); i < m.end(); i++) {
                    masked[i] = true;
                }
            }
        }
        return masked;
    }
}
