package vn.dondoc.textcore.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dondoc.textcore.format.VietnameseNumbers;
import vn.dondoc.textcore.model.Comparator;

/**
 * A table of indicators, as reviews and plans print them: "TT | Chỉ tiêu | Đơn vị tính | Kế hoạch 2025 | Thực hiện |
 * Tỷ lệ (%)". Its header names the columns; a row is read only when it has the header's cells, a unit and a number
 * in its value column, so a table of anything else (a price list, a task table) yields nothing. A row with an
 * achieved column is a result (with the plan and the percentage of it where the table has them); a row with only a
 * plan column is a target. Pure functions.
 */
final class FigureTable {

    /** One read row: its indicator, unit, numbers, and where the indicator cell is. */
    record Row(
            String indicator,
            String unit,
            boolean result,
            double value,
            Double valueTo,
            Double planned,
            Double percentOfPlan,
            Comparator comparator,
            int start,
            int end) {}

    private static final Pattern INDICATOR = Pattern.compile(
            "^(?:tên\\s+)?(?:các\\s+)?(?:chỉ tiêu|nội dung|danh mục|lĩnh vực)(?:\\s+(?:chủ yếu|chính|cơ bản|kinh tế - xã hội))?$");
    private static final Pattern UNIT = Pattern.compile("^(?:đơn vị tính|đvt|đơn vị|đv tính)$");
    private static final Pattern ACTUAL =
            Pattern.compile("^(?:ước\\s+)?(?:thực hiện|th|kết quả|ước đạt|đạt|lũy kế thực hiện)(?![\\p{L}])");
    private static final Pattern PLAN =
            Pattern.compile("^(?:kế hoạch|kh|chỉ tiêu|mục tiêu|dự toán|nhiệm vụ)(?![\\p{L}])");
    private static final Pattern PERCENT = Pattern.compile(
            "(?:tỷ lệ|tỉ lệ|so với k|so sánh|so kh|%\\s*(?:so\\s+)?(?:với\\s+)?kh|th\\s*/\\s*kh|đạt\\s*%|%)");
    private static final Pattern PAST = Pattern.compile("(?:cùng kỳ|năm trước|ck(?![\\p{L}]))");
    private static final Pattern VALUE =
            Pattern.compile("^(≥|>=|>|≤|<=|<|trên|dưới|ít nhất|tối thiểu|không quá|tối đa|từ)?\\s*("
                    + VietnameseNumbers.NUMBER_REGEX + ")\\s*%?\\s*(?:(?:-|–|đến)\\s*(" + VietnameseNumbers.NUMBER_REGEX
                    + ")\\s*%?)?\\s*(trở lên)?$");

    /** The columns a header row names; -1 where it names none. */
    record Header(int cells, int indicator, int unit, int actual, int plan, int percent) {}

    private FigureTable() {}

    /** The header a row of cells makes, or null when it is not the header of an indicator table. */
    static Header header(String[] cells) {
        int indicator = -1;
        int unit = -1;
        int actual = -1;
        int percent = -1;
        List<Integer> plans = new ArrayList<>();
        for (int i = 0; i < cells.length; i++) {
            String c = cells[i].strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            if (indicator < 0 && INDICATOR.matcher(c).find()) {
                indicator = i;
            } else if (unit < 0 && UNIT.matcher(c).find()) {
                unit = i;
            } else if (PAST.matcher(c).find()) {
                continue; // a comparison with last year is not the plan
            } else if (PERCENT.matcher(c).find()
                    && (c.contains("%") || c.startsWith("tỷ lệ") || c.startsWith("tỉ lệ") || c.startsWith("so"))) {
                percent = i;
            } else if (ACTUAL.matcher(c).find()) {
                actual = i; // the last achieved column: the latest figure
            } else if (PLAN.matcher(c).find()) {
                plans.add(i);
            }
        }
        if (indicator < 0 || unit < 0 || actual < 0 && plans.isEmpty()) {
            return null;
        }
        int plan = -1;
        for (int p : plans) {
            if (actual < 0 || p < actual) { // a plan after the achieved figures is the next period's
                plan = p;
            }
        }
        return new Header(cells.length, indicator, unit, actual, plan, actual >= 0 ? percent : -1);
    }

    /** The row's figure under {@code h}, or null when the row is a group heading, empty or not shaped like it. */
    static Row row(Header h, Cells row) {
        String[] cells = row.texts();
        int[] starts = row.starts();
        if (cells.length < h.cells() - 1 || cells.length > h.cells()) {
            return null;
        }
        String indicator = cell(cells, h.indicator());
        String unit = cell(cells, h.unit());
        if (indicator.isEmpty() || unit.isEmpty() || !Character.isLetter(unit.charAt(0)) && !unit.equals("%")) {
            return null;
        }
        int valueCol = h.actual() >= 0 ? h.actual() : h.plan();
        Matcher v = VALUE.matcher(cell(cells, valueCol).toLowerCase(Locale.ROOT));
        if (!v.matches()) {
            return null;
        }
        double value = VietnameseNumbers.parse(v.group(2)).orElse(Double.NaN);
        if (Double.isNaN(value)) {
            return null;
        }
        Double to =
                v.group(3) == null ? null : VietnameseNumbers.parse(v.group(3)).orElse(null);
        int start = starts[h.indicator()];
        int end = start + cells[h.indicator()].length();
        if (h.actual() >= 0) {
            Double planned = h.plan() < 0 ? null : plain(cell(cells, h.plan()));
            Double pct = h.percent() < 0 ? null : plain(cell(cells, h.percent()));
            return new Row(indicator, unit, true, value, null, planned, pct, null, start, end);
        }
        Comparator cmp = to != null && to > value ? Comparator.RANGE : comparator(v.group(1), v.group(4) != null);
        return new Row(indicator, unit, false, value, cmp == Comparator.RANGE ? to : null, null, null, cmp, start, end);
    }

    private static Comparator comparator(String word, boolean orMore) {
        if (word == null) {
            return orMore ? Comparator.GTE : null;
        }
        return switch (word) {
            case "≤", "<=", "<", "dưới", "không quá", "tối đa" -> Comparator.LTE;
            default -> Comparator.GTE;
        };
    }

    private static Double plain(String cell) {
        String c = cell.replace("%", "").strip();
        return VietnameseNumbers.parse(c).orElse(null);
    }

    private static String cell(String[] cells, int i) {
        return i >= 0 && i < cells.length ? cells[i].strip() : "";
    }

    /** The cells of a TAB-separated line and where each starts in the text. */
    record Cells(String[] texts, int[] starts) {}

    static Cells split(String line, int offset) {
        String[] texts = line.split("\t", -1);
        int[] starts = new int[texts.length];
        int at = 0;
        for (int i = 0; i < texts.length; i++) {
            int lead = 0;
            while (lead < texts[i].length() && Character.isWhitespace(texts[i].charAt(lead))) {
                lead++;
            }
            starts[i] = offset + at + lead;
            at += texts[i].length() + 1;
        }
        return new Cells(texts, starts);
    }
}
