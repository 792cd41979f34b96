package vn.dondoc.domain.target;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The name an indicator gets when a figure found in a document becomes a target or a result: a noun phrase, never
 * a connector left over from the sentence ("đối với", ", tổng kinh phí chi trả"). The extractor's guess is cleaned
 * of leading and trailing function words and punctuation; when nothing that names a thing is left, or only a
 * generic head ("số tiền", "kinh phí"), the clause the figure belongs to supplies its subject: "hoàn thành chi trả
 * chính sách hỗ trợ … cho 3 nhóm đối tượng (…) đối với 172.081 đối tượng" names "hoàn thành chi trả chính sách hỗ
 * trợ … (đối tượng)".
 */
public final class IndicatorNames {
    private static final int MAX_WORDS = 16;
    /** Words that join a figure to its sentence and name nothing, longest first. */
    private static final List<String> CONNECTORS = List.of(
            "bao gồm",
            "trong đó",
            "đối với",
            "tương ứng",
            "chiếm",
            "gồm",
            "cho",
            "với",
            "và",
            "của",
            "là",
            "tại",
            "trong",
            "đạt",
            "được",
            "đã",
            "còn",
            "có",
            "ước",
            "trên",
            "dưới",
            "hơn",
            "khoảng",
            "từ",
            "đến",
            "thêm",
            "tổng cộng");
    /** Words that end an aim before its figure ("phấn đấu tăng 10%"); at the end only ("Tăng cường" is a name). */
    private static final List<String> AIM_TAIL = List.of("phấn đấu", "tăng thêm", "tăng", "giảm");
    /** A name that is the comparison's base ("so với dự toán được giao") says what the figure is compared with. */
    private static final Pattern COMPARISON =
            Pattern.compile("^(?:so với|bằng|tương đương)\\s", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Heads that say "an amount" without saying of what. */
    private static final List<String> GENERIC = List.of(
            "tổng số tiền",
            "số tiền",
            "tổng kinh phí",
            "kinh phí",
            "tổng số",
            "số lượng",
            "tổng cộng",
            "tổng",
            "số",
            "lượt",
            "trị giá",
            "giá trị");

    private static final Pattern PUNCT_EDGE = Pattern.compile("^[\\s,;:.\\-–—)(]+|[\\s,;:.\\-–—(]+$");
    private static final Pattern PARENS = Pattern.compile("\\([^()]*\\)");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    /** A number standing as a word ("3 nhóm", "172.081"), not a digit inside a name ("Covid-19"). */
    private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\d-])\\d");

    private IndicatorNames() {}

    /**
     * @param proposed the extractor's name (may be blank or a leftover)
     * @param unit     the figure's unit of measure ("đối tượng", "tỷ đồng"), null when none
     * @param before   the sentence up to the figure (null when unknown): where the subject is looked for
     * @return a noun phrase; the proposed name, tidied, when nothing better is found
     */
    public static String of(String proposed, String unit, String before) {
        String name = trim(proposed == null ? "" : proposed);
        if (COMPARISON.matcher(name).find()) {
            name = "";
        }
        if (names(name) && !generic(name)) {
            return cap(name);
        }
        String subject = cap(subject(before));
        if (subject.isEmpty()) {
            return name.isEmpty() ? cap(trim(unit == null ? "" : unit)) : cap(name);
        }
        if (generic(name)) {
            return cap(name + " " + subject);
        }
        String u = unit == null ? "" : trim(unit);
        boolean unitSaid =
                u.isEmpty() || subject.toLowerCase(Locale.ROOT).contains(u.toLowerCase(Locale.ROOT)) || "%".equals(u);
        return unitSaid ? subject : subject + " (" + u + ")";
    }

    /** The clause before a figure as a noun phrase: after the last ";" or ":", asides and numbers dropped. */
    static String subject(String before) {
        if (before == null) {
            return "";
        }
        String s = before;
        String prev;
        do {
            prev = s;
            s = PARENS.matcher(s).replaceAll(" ");
        } while (!s.equals(prev));
        int cut = Math.max(s.lastIndexOf(';'), Math.max(s.lastIndexOf(':'), s.lastIndexOf(". ")));
        s = cut >= 0 ? s.substring(cut + 1) : s;
        // a clause cut short by the figure's own words: "… cho 3 nhóm đối tượng đối với" names what comes before
        // the first number
        var number = NUMBER.matcher(s);
        if (number.find()) {
            s = s.substring(0, number.start());
        }
        s = trim(s);
        return names(s) ? s : "";
    }

    /** Without punctuation at either end and without connectors at either end, spaces tidied. */
    static String trim(String text) {
        String s = SPACES.matcher(text).replaceAll(" ");
        String prev;
        do {
            prev = s;
            s = PUNCT_EDGE.matcher(s).replaceAll("");
            String lower = s.toLowerCase(Locale.ROOT);
            for (String c : CONNECTORS) {
                if (lower.equals(c)) {
                    s = "";
                    break;
                }
                if (lower.startsWith(c + " ")) {
                    s = s.substring(c.length() + 1);
                    break;
                }
                if (lower.endsWith(" " + c)) {
                    s = s.substring(0, s.length() - c.length() - 1);
                    break;
                }
            }
            for (String c : AIM_TAIL) {
                if (s.toLowerCase(Locale.ROOT).endsWith(" " + c)) {
                    s = s.substring(0, s.length() - c.length() - 1);
                    break;
                }
            }
        } while (!s.equals(prev));
        return s.strip();
    }

    /** Whether a text names something: a word that is not a connector. */
    private static boolean names(String s) {
        if (s.isBlank()) {
            return false;
        }
        return Arrays.stream(SPACES.split(s.toLowerCase(Locale.ROOT)))
                .anyMatch(w -> !w.isEmpty()
                        && CONNECTORS.stream().noneMatch(c -> c.equals(w))
                        && !DIGIT.matcher(w).find());
    }

    private static boolean generic(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        return GENERIC.contains(lower);
    }

    /** At most {@link #MAX_WORDS} words, lower-case first letter kept as written. */
    private static String cap(String s) {
        String[] w = SPACES.split(s.strip());
        return w.length <= MAX_WORDS ? s.strip() : trim(String.join(" ", Arrays.copyOfRange(w, 0, MAX_WORDS)));
    }
}
