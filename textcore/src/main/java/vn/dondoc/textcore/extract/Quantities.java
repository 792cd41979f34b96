package vn.dondoc.textcore.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dondoc.textcore.format.DigitLed;
import vn.dondoc.textcore.format.DocumentNumber;
import vn.dondoc.textcore.format.Lexicon;
import vn.dondoc.textcore.format.TailPhrases;
import vn.dondoc.textcore.format.VietnameseDates;
import vn.dondoc.textcore.format.VietnameseNumbers;
import vn.dondoc.textcore.format.WordLists;
import vn.dondoc.textcore.model.Comparator;

/**
 * Finds figures with their unit in running text ("120 sản phẩm", "0,6 - 1,0%", "hơn 200 ngàn hồ sơ",
 * "120/195 nhiệm vụ", "435km"), skipping what only looks like one: dates, years and year ranges,
 * document numbers, ordinals ("lần thứ 2", "Đề án 3"), time spans ("6 tháng", "73 năm"). Pure functions.
 */
final class Quantities {

    /** One figure: value (and range end), unit, what stands before it, where it is in the text. */
    record Mention(
            double value,
            Double valueTo,
            Double planned,
            String unit,
            Comparator comparator,
            int start,
            int end,
            int unitEnd) {}

    private static final String NUM = VietnameseNumbers.NUMBER_REGEX;
    private static final Pattern FIGURE =
            Pattern.compile("(?=\\d)(?<![\\p{L}\\p{N}/.,\\-])(" + NUM + ")(?:\\s*/\\s*(" + NUM + ")(?=\\s+\\p{L}))?"
                    + "(?:\\s*[-–]\\s*(" + NUM + "))?\\s*(%|(?:nghìn|ngàn|triệu|tỷ|tỉ)(?![\\p{L}]))?");
    // Every pattern here starts with (?=\\d): a look-behind tried first at every position was the hot spot.
    private static final List<Pattern> MASKS = List.of(
            Pattern.compile(VietnameseDates.NUMERIC_DATE_REGEX),
            // the worded date without its optional leading "ngày", so the scan starts on a digit
            Pattern.compile(
                    "\\d{1,2}\\s+tháng\\s+\\d{1,2}\\s+năm\\s+\\d{4}", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
            Pattern.compile("(?=\\d)(?<!\\d)(?:19|20|21)\\d{2}\\s*[-–]\\s*(?:19|20|21)\\d{2}(?!\\d)"),
            Pattern.compile("(?=\\d)(?<![\\d,.])\\d{1,2}\\s*/\\s*(?:19|20|21)\\d{2}(?!\\d)"),
            Pattern.compile("(?=\\d)(?<![\\d,.])\\d{1,2}\\s*/\\s*\\d{1,2}(?![\\d%])(?!\\s*\\p{L})"),
            Pattern.compile("(?=\\d)(?<![\\d,.])\\d{1,2}\\s*[-/]\\s*\\d{1,2}(?=\\s*[)\\]])"));
    /** Words that make the number after them a label, not a quantity: "lần thứ 2", "Đề án 3", "mức độ 3, 4". */
    private static final TailPhrases LABEL_WORDS = new TailPhrases(WordLists.list("figure-words.tsv", "label"));

    private static final TailPhrases PERIOD_WHOLE = new TailPhrases(WordLists.list("figure-words.tsv", "period-whole"));
    private static final TailPhrases GTE = new TailPhrases(WordLists.list("figure-words.tsv", "gte"));
    private static final TailPhrases LTE = new TailPhrases(WordLists.list("figure-words.tsv", "lte"));
    /** "Tỷ số giới tính khi sinh ở mức 107 ...": a level held, neither a floor nor a ceiling. */
    private static final TailPhrases EQ = new TailPhrases(WordLists.list("figure-words.tsv", "eq"));

    private static final TailPhrases COUNTABLE_HINT =
            new TailPhrases(WordLists.list("figure-words.tsv", "countable-hint"));
    private static final Pattern LOWER_WORD = Pattern.compile("^(\\p{Ll}+)(?![\\p{L}])");
    /** The currency after a scale word: "tỷ đồng", "triệu USD"; the unit keeps the scale ("2.600 triệu USD"). */
    private static final Pattern CURRENCY_NEXT = Pattern.compile("^\\s*(đồng|USD|đô la Mỹ|đô la)(?![\\p{L}])");
    /** A scale then a scaled currency: "nghìn tỷ đồng", "ngàn tỷ USD". */
    private static final Pattern SCALED_CURRENCY_NEXT = Pattern.compile("^\\s*(tỷ|tỉ|triệu)\\s+(đồng|USD)(?![\\p{L}])");
    /** The planned figure after the unit: "5.817,196 tỷ đồng/5.937,440 tỷ đồng", "70.102 DN/89.212 DN". */
    private static final Pattern PLANNED_AFTER_UNIT = Pattern.compile("^\\s*/\\s*(" + NUM + ")\\s*");

    private static final List<String> FUNCTION_WORDS = WordLists.list("figure-words.tsv", "function");

    /** "114,2 trẻ trai/100 trẻ gái", "18 ca sinh/1.000 phụ nữ", "4/100.000 trẻ sinh ra": a rate per a round base. */
    private static final Pattern RATE = Pattern.compile("^(?:\\s+((?:\\p{Ll}+\\s+){0,3}\\p{Ll}+))?\\s*/\\s*"
            + "(100|1\\.000|10\\.000|100\\.000|1\\.000\\.000)\\s+(\\p{Ll}+(?:\\s+\\p{Ll}+){0,3})(?![\\p{L}])");

    private final Lexicon lexicon;

    Quantities(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Figures in {@code text} between {@code from} and {@code to}, left to right. */
    List<Mention> find(String text, int from, int to) {
        String s = text.substring(from, to);
        if (!DigitLed.hasDigit(s)) {
            return List.of();
        }
        int[] digits = DigitLed.positions(s);
        boolean[] masked = mask(s, digits);
        List<Mention> out = new ArrayList<>();
        DigitLed.forEach(FIGURE, s, runStarts(s, digits), m -> {
            if (!masked[m.start(1)] && !isLabel(s, m.start()) && !isChoice(s, m.start())) {
                Mention found = mention(s, m, from);
                if (found != null) {
                    out.add(found);
                }
            }
        });
        return out;
    }

    /** The figure {@code m} as a mention, or null when it is not a quantity (a year, a date, no unit). */
    private Mention mention(String s, MatchResult m, int from) {
        Double v = VietnameseNumbers.parse(m.group(1)).orElse(null);
        if (v == null) {
            return null;
        }
        Double planned =
                m.group(2) == null ? null : VietnameseNumbers.parse(m.group(2)).orElse(null);
        Double to2 =
                m.group(3) == null ? null : VietnameseNumbers.parse(m.group(3)).orElse(null);
        if (to2 != null && to2 <= v) {
            to2 = null; // "13-10" is a date, not a range
            if (m.group(4) == null) {
                return null;
            }
        }
        String suffix = m.group(4);
        String unit;
        int unitEnd = m.end();
        String before = s.substring(Math.max(0, m.start() - 40), m.start()).toLowerCase(Locale.ROOT);
        String[] rate = to2 == null && suffix == null ? rate(s, m.end(1)) : null;
        if (rate != null) {
            unit = rate[0];
            unitEnd = m.end(1) + Integer.parseInt(rate[1]);
            planned = null;
        } else if ("%".equals(suffix)) {
            unit = "%";
        } else {
            double scale = VietnameseNumbers.scale(suffix);
            String after = s.substring(m.end(), Math.min(s.length(), m.end() + 60));
            Matcher currency = suffix == null ? null : CURRENCY_NEXT.matcher(after);
            Matcher compound = suffix == null ? null : SCALED_CURRENCY_NEXT.matcher(after);
            if (compound != null && compound.find()) {
                // "47,5 nghìn tỷ đồng": the unit as printed, the figure as written
                unit = suffix.toLowerCase(Locale.ROOT) + " " + compound.group(1) + " " + compound.group(2);
                unitEnd = m.end() + compound.end();
            } else if (currency != null && currency.find()) {
                unit = suffix.toLowerCase(Locale.ROOT) + " " + currency.group(1);
                unitEnd = m.end() + currency.end();
            } else {
                // "38/52 nhiệm vụ": a figure out of a total counts what follows it
                String[] u = unitAfter(after, COUNTABLE_HINT.endsOne(before) || suffix != null || planned != null);
                if (u == null) {
                    return null;
                }
                unit = u[0];
                unitEnd = m.end() + Integer.parseInt(u[1]);
                if (scale > 1) {
                    v = v * scale;
                    to2 = to2 == null ? null : to2 * scale;
                } else if (suffix != null) {
                    return null;
                }
            }
            if (isNoiseUnit(unit)
                    && !multiple(unit, v, before, s.substring(unitEnd, Math.min(s.length(), unitEnd + 20)))) {
                return null;
            }
            if (planned == null && to2 == null && slashNext(s, unitEnd)) {
                Matcher p = PLANNED_AFTER_UNIT.matcher(s.substring(unitEnd, Math.min(s.length(), unitEnd + 40)));
                if (p.find() && s.regionMatches(true, unitEnd + p.end(), unit, 0, unit.length())) {
                    planned = VietnameseNumbers.parse(p.group(1)).orElse(null);
                    unitEnd += p.end() + unit.length();
                }
            }
            if (to2 == null
                    && planned == null
                    && v >= 1900
                    && v <= 2100
                    && v == Math.floor(v)
                    && !m.group(1).contains(".")) {
                return null; // a year
            }
        }
        Comparator cmp = to2 != null
                ? Comparator.RANGE
                : LTE.endsOne(before)
                        ? Comparator.LTE
                        : GTE.endsOne(before) ? Comparator.GTE : EQ.endsOne(before) ? Comparator.EQ : null;
        return new Mention(v, to2, planned, unit, cmp, from + m.start(), from + m.end(), from + unitEnd);
    }

    /**
     * Whether the words before {@code at} make the number a label ("lần thứ 2", "Điều 5", "khoản 1, 2 và 3",
     * "Kế hoạch số 12"): a label word, then maybe ":" and "số", then maybe earlier numbers of a list.
     */
    private static boolean isLabel(String s, int at) {
        String label = s.substring(Math.max(0, at - 30), at).toLowerCase(Locale.ROOT);
        int e = label.length();
        while (true) { // earlier numbers of a list: "1, 2 và "
            int k = TailPhrases.skipSpacesBack(label, e);
            int sep =
                    k > 0 && label.charAt(k - 1) == ',' ? k - 1 : label.startsWith("và", k - 2) && k >= 2 ? k - 2 : -1;
            if (sep < 0) {
                break;
            }
            int d = TailPhrases.skipSpacesBack(label, sep);
            int digits = 0;
            while (d > 0 && Character.isDigit(label.charAt(d - 1)) && digits < 3) {
                d--;
                digits++;
            }
            if (digits == 0 || digits > 2) {
                break;
            }
            e = d;
        }
        int k = TailPhrases.skipSpacesBack(label, e);
        if (labelWordEnds(label, k)) {
            return true;
        }
        return k >= 2 && label.startsWith("số", k - 2) && labelWordEnds(label, k - 2);
    }

    /** "ít nhất 01 trong 02 tiêu chí": the number after "N trong" says how many to choose from, not a quantity. */
    private static boolean isChoice(String s, int at) {
        int k = TailPhrases.skipSpacesBack(s, at);
        if (k < 5 || !s.startsWith("trong", k - 5)) {
            return false;
        }
        int d = TailPhrases.skipSpacesBack(s, k - 5);
        return d < k - 5 && d > 0 && Character.isDigit(s.charAt(d - 1));
    }

    /** A label word ends at {@code end}, maybe followed by ":" ("Điều:"); "tổng số" is a quantity, not a label. */
    private static boolean labelWordEnds(String label, int end) {
        int k = TailPhrases.skipSpacesBack(label, end);
        if (k > 0 && label.charAt(k - 1) == ':') {
            k = TailPhrases.skipSpacesBack(label, k - 1);
        }
        int start = LABEL_WORDS.matchStart(label, k);
        if (start < 0) {
            return false;
        }
        boolean tongSo = label.startsWith("số", start)
                && start >= 6
                && label.startsWith("tổng", start - 5)
                && Character.isWhitespace(label.charAt(start - 1));
        // "cả năm 5.817 tỷ đồng", "hằng năm 25.000 lao động": a period's total, not "năm 2025"
        boolean wholePeriod =
                (label.startsWith("năm", start) || label.startsWith("tháng", start) || label.startsWith("quý", start))
                        && PERIOD_WHOLE.endsOne(label, start);
        return !tongSo && !wholePeriod;
    }

    private static final Pattern LEADING_SPACE = Pattern.compile("^\\s+");

    /**
     * A rate's unit after its figure, numerator and base as printed ("trẻ trai/100 trẻ gái", "/100.000 trẻ sinh"),
     * the base's words up to a function word; with where it ends (from {@code at}), or null.
     */
    private static String[] rate(String s, int at) {
        if (s.indexOf('/', at) < 0) {
            return null;
        }
        Matcher r = RATE.matcher(s.substring(at, Math.min(s.length(), at + 90)));
        if (!r.lookingAt()
                || r.group(1) != null
                        && FUNCTION_WORDS.stream().anyMatch(w -> (" " + r.group(1) + " ").contains(" " + w + " "))) {
            return null;
        }
        String[] base = r.group(3).split("\\s+");
        int n = 0;
        while (n < base.length && !FUNCTION_WORDS.contains(base[n])) {
            n++;
        }
        if (n == 0) {
            return null;
        }
        String baseWords = String.join(" ", java.util.Arrays.copyOf(base, n));
        String unit = (r.group(1) == null ? "" : r.group(1)) + "/" + r.group(2) + " " + baseWords;
        int cut = r.start(3);
        for (int i = 0; i < n; i++) {
            cut = s.indexOf(base[i], at + cut) - at + base[i].length();
        }
        return new String[] {unit, Integer.toString(cut)};
    }

    /** The unit noun after a figure: the lexicon's longest match, else (when the context says it counts) the next word. */
    private String[] unitAfter(String after, boolean countable) {
        String a = LEADING_SPACE.matcher(after).replaceFirst("");
        int lead = after.length() - a.length();
        String lower = a.toLowerCase(Locale.ROOT);
        // the longest word of either list wins: "đơn vị hành chính" (a label) over "đơn vị" (a count)
        String best = null;
        for (List<String> list : List.of(lexicon.measureUnits(), lexicon.noiseUnits())) {
            for (String u : list) {
                if ((best == null || u.length() > best.length())
                        && lower.startsWith(u)
                        && (lower.length() == u.length() || !Character.isLetter(lower.charAt(u.length())))) {
                    best = u;
                    break; // each list is longest first
                }
            }
        }
        if (best != null) {
            return new String[] {a.substring(0, best.length()), Integer.toString(lead + best.length())};
        }
        if (!countable) {
            return null;
        }
        Matcher w = LOWER_WORD.matcher(a);
        if (w.find() && !FUNCTION_WORDS.contains(w.group(1))) {
            return new String[] {w.group(1), Integer.toString(lead + w.end())};
        }
        return null;
    }

    private static final Pattern WORD_FIGURE =
            Pattern.compile("(?<![\\p{L}])(ít nhất|tối thiểu)\\s+(một|hai|ba|bốn|sáu|bảy|tám|chín|mười)\\s+(?=\\p{L})"
                    // not a compound numeral: "một phần ba", "hai mươi phần trăm", "mười hai nghìn"
                    + "(?!(?:phần|mươi|mười|trăm|nghìn|ngàn|triệu|tỷ|tỉ|lăm|nhăm|mốt|tư|linh|lẻ|một|hai|ba|bốn|năm|sáu"
                    + "|bảy|tám|chín)(?![\\p{L}]))");
    private static final List<String> WORD_NUMBERS =
            List.of("không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười");

    /**
     * {@code found} with the figures written as words after a floor added in text order: "có ít nhất một cơ sở y tế",
     * "tối thiểu hai mô hình" (only a counted noun of the lexicon follows; "năm" is left out, it is mostly a year).
     */
    List<Mention> withWordFigures(List<Mention> found, String text, int from, int to) {
        String s = text.substring(from, to);
        if (!s.contains("ít nhất") && !s.contains("tối thiểu")) {
            return found;
        }
        List<Mention> out = null;
        Matcher m = WORD_FIGURE.matcher(s);
        while (m.find()) {
            String[] u = unitAfter(s.substring(m.end(), Math.min(s.length(), m.end() + 60)), false);
            if (u == null || isNoiseUnit(u[0])) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(found);
            }
            int unitEnd = from + m.end() + Integer.parseInt(u[1]);
            out.add(new Mention(
                    WORD_NUMBERS.indexOf(m.group(2)),
                    null,
                    null,
                    u[0],
                    Comparator.GTE,
                    from + m.start(2),
                    from + m.end(2),
                    unitEnd));
        }
        if (out == null) {
            return found;
        }
        out.sort(java.util.Comparator.comparingInt(Mention::start));
        return out;
    }

    private static final Pattern SAME_PERIOD_NEXT = Pattern.compile("\\s*so\\s+(?:với\\s+)?cùng kỳ");
    private static final TailPhrases TIMES = new TailPhrases(List.of("gấp", "gấp hơn", "tăng gấp"));

    /**
     * "còn 1,7 lần", "gấp 2 lần": a multiple, which a count of times ("2 lần/năm") cannot be with a fraction; a growth
     * "gấp 3 lần so với cùng kỳ" only compares, like "tăng 84% so với cùng kỳ" next to an amount.
     */
    private static boolean multiple(String unit, double v, String before, String after) {
        return "lần".equalsIgnoreCase(unit)
                && (v != Math.floor(v) || TIMES.endsOne(before))
                && !SAME_PERIOD_NEXT.matcher(after).lookingAt();
    }

    private static boolean slashNext(String s, int at) {
        int i = at;
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        return i < s.length() && s.charAt(i) == '/';
    }

    private boolean isNoiseUnit(String unit) {
        String u = unit.toLowerCase(Locale.ROOT);
        return lexicon.noiseUnits().stream().anyMatch(n -> u.equals(n) || u.startsWith(n + " "));
    }

    /** The digits a figure can start on: not inside a number, a word or a "12/", "1.", "3," (the pattern's look-behind). */
    private static int[] runStarts(String s, int[] digits) {
        int[] out = new int[digits.length];
        int k = 0;
        for (int i : digits) {
            char prev = i == 0 ? ' ' : s.charAt(i - 1);
            if (!Character.isLetterOrDigit(prev) && "/.,-".indexOf(prev) < 0) {
                out[k++] = i;
            }
        }
        return java.util.Arrays.copyOf(out, k);
    }

    /**
     * The digits a masked form can start on: every one (dates, "2021 - 2025", "6/2025", "02-03)") is one or two
     * digits, or a four-digit year, then maybe spaces, then "/", ".", "-", "–" or "tháng".
     */
    private static int[] maskStarts(String s, int[] digits) {
        int[] out = new int[digits.length];
        int k = 0;
        for (int i : digits) {
            int j = i;
            while (j < s.length() && s.charAt(j) >= '0' && s.charAt(j) <= '9') {
                j++;
            }
            if (j - i == 3 || j - i > 4) {
                continue;
            }
            while (j < s.length() && Character.isWhitespace(s.charAt(j))) {
                j++;
            }
            if (j < s.length() && "/.-–tT".indexOf(s.charAt(j)) >= 0) {
                out[k++] = i;
            }
        }
        return java.util.Arrays.copyOf(out, k);
    }

    private static boolean[] mask(String s, int[] allDigits) {
        int[] digits = maskStarts(s, allDigits);
        boolean[] masked = new boolean[s.length() + 1];
        for (DocumentNumber.Found f : DocumentNumber.findAll(s)) {
            for (int i = f.start(); i < f.end(); i++) {
                masked[i] = true;
            }
        }
        for (Pattern p : MASKS) {
            DigitLed.forEach(p, s, digits, m -> {
                for (int i = m.start(); i < m.end(); i++) {
                    masked[i] = true;
                }
            });
        }
        return masked;
    }
}
