package vn.dondoc.domain.target;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period of a target or a result, as documents state it and as the app compares it: a month ("tháng 11/2025"), a
 * quarter ("Quý II/2025"), a half-year ("6 tháng đầu năm 2025"), a year ("năm 2025", "2025") or several years
 * ("giai đoạn 2021-2025"). {@code index}: the month (1-12), quarter (1-4) or half (1-2); {@code yearTo}: the last
 * year of a multi-year period. Two records are of the same period when their {@link #code()}s are equal, however
 * their text was written; {@link #label()} is how it reads in Vietnamese.
 */
public record Period(Kind kind, int year, Integer yearTo, Integer index) {
    public enum Kind {
        MONTH,
        QUARTER,
        HALF,
        YEAR,
        MULTI_YEAR
    }

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String Y = "((?:19|20|21)\\d{2})";
    private static final String MULTI =
            "(?:giai đoạn|thời kỳ|kỳ|cả giai đoạn|(?:5|05|năm) năm)?\\s*" + Y + "\\s*(?:-|–|—|đến|tới)\\s*" + Y;
    private static final String HALF = "(?:6|sáu)\\s+tháng\\s+(đầu|cuối)\\s+năm\\s*" + Y;
    private static final String QUARTER = "quý\\s+(IV|III|II|I|[1-4])\\s*(?:/|-|năm)\\s*" + Y;
    private static final String MONTH = "(\\d{1,2})\\s*(?:/|-|năm)\\s*" + Y;
    /** Not inside a word or a number: "quý" but not "Quý" of a name, "11/2025" but not "15/11/2025". */
    private static final String EDGE = "(?<![\\p{L}\\d/.])";

    /**
     * The forms of a period, in the order they are tried: each as a whole text ({@link #parse}) and as found
     * inside a sentence ({@link #find}, where a month needs its word "tháng" and a year its word "năm").
     */
    private static final List<Form> FORMS = List.of(
            new Form(Kind.MULTI_YEAR, "^" + MULTI + "$", EDGE + MULTI + "(?!\\d)"),
            new Form(Kind.HALF, "^" + HALF + "$", EDGE + HALF + "(?!\\d)"),
            new Form(Kind.QUARTER, "^" + QUARTER + "$", EDGE + QUARTER + "(?!\\d)"),
            new Form(Kind.MONTH, "^(?:tháng\\s+)?" + MONTH + "$", EDGE + "tháng\\s+" + MONTH + "(?!\\d)"),
            new Form(Kind.YEAR, "^(?:cả\\s+)?(?:năm\\s+)?" + Y + "$", EDGE + "năm\\s+" + Y + "(?!\\d)"));
    /** Words around a period that do not change it: "trong quý II/2025", "kỳ báo cáo năm 2025", "đến hết năm 2025". */
    private static final Pattern FILLER =
            Pattern.compile("^(?:trong|kỳ báo cáo|kỳ|đến hết|đến|hết|ước|ước cả)\\s+", FLAGS);

    private record Form(Kind kind, Pattern whole, Pattern within) {
        Form(Kind kind, String whole, String within) {
            this(kind, Pattern.compile(whole, FLAGS), Pattern.compile(within, FLAGS));
        }
    }

    private static final String[] ROMAN = {"I", "II", "III", "IV"};

    public Period {
        if (kind == null) {
            throw new IllegalArgumentException("kind");
        }
        int max = switch (kind) {
            case MONTH -> 12;
            case QUARTER -> 4;
            case HALF -> 2;
            default -> 0;
        };
        if (max > 0 ? index == null || index < 1 || index > max : index != null) {
            throw new IllegalArgumentException("index " + index + " for " + kind);
        }
        if (kind == Kind.MULTI_YEAR ? yearTo == null || yearTo <= year : yearTo != null) {
            throw new IllegalArgumentException("years " + year + "-" + yearTo);
        }
    }

    public static Period month(int year, int month) {
        return new Period(Kind.MONTH, year, null, month);
    }

    public static Period quarter(int year, int quarter) {
        return new Period(Kind.QUARTER, year, null, quarter);
    }

    public static Period half(int year, int half) {
        return new Period(Kind.HALF, year, null, half);
    }

    public static Period year(int year) {
        return new Period(Kind.YEAR, year, null, null);
    }

    public static Period years(int from, int to) {
        return new Period(Kind.MULTI_YEAR, from, to, null);
    }

    /**
     * Reads a period written in Vietnamese; empty when the text is not one period (several, a date, words beside
     * it): such a text is kept as written and flagged.
     */
    public static Optional<Period> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = tidy(text);
        String prev;
        do {
            prev = t;
            t = FILLER.matcher(t).replaceFirst("");
        } while (!t.equals(prev));
        for (Form f : FORMS) {
            Matcher m = f.whole().matcher(t);
            if (m.matches()) {
                return of(f.kind(), m);
            }
        }
        return Optional.empty();
    }

    /**
     * The first period a sentence names ("hoàn thành trong Quý II/2025", "báo cáo trước 6 tháng đầu năm 2025"),
     * tried form by form from the longest (several years) to the shortest (a year); empty when it names none, or
     * names an impossible one ("tháng 13/2025").
     */
    public static Optional<Period> find(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = tidy(text);
        for (Form f : FORMS) {
            Matcher m = f.within().matcher(t);
            if (m.find()) {
                return of(f.kind(), m);
            }
        }
        return Optional.empty();
    }

    /** The period of this kind (not several years) that contains {@code day}: "Quý III/2025" for 4/8/2025. */
    public static Period containing(Kind kind, LocalDate day) {
        int y = day.getYear();
        int month = day.getMonthValue();
        return switch (kind) {
            case MONTH -> month(y, month);
            case QUARTER -> quarter(y, (month - 1) / 3 + 1);
            case HALF -> half(y, month <= 6 ? 1 : 2);
            case YEAR -> year(y);
            case MULTI_YEAR -> throw new IllegalArgumentException("several years contain no single day's period");
        };
    }

    private static String tidy(String text) {
        String t = text.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
        return t.replaceAll("\\s*([/–-])\\s*", "$1");
    }

    /** The period a form's match names; empty when impossible ("tháng 13/2025", "2025-2021"). */
    private static Optional<Period> of(Kind kind, Matcher m) {
        try {
            return Optional.of(
                    switch (kind) {
                        case MULTI_YEAR -> years(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
                        case HALF ->
                            half(
                                    Integer.parseInt(m.group(2)),
                                    m.group(1).toLowerCase(Locale.ROOT).equals("đầu") ? 1 : 2);
                        case QUARTER -> quarter(Integer.parseInt(m.group(2)), quarterNumber(m.group(1)));
                        case MONTH -> month(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
                        case YEAR -> year(Integer.parseInt(m.group(1)));
                    });
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // "tháng 13/2025"
        }
    }

    /** The text stored and shown for a period as written: its Vietnamese label when it is one period, else as is. */
    public static String normalize(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return parse(text).map(Period::label).orElse(text.strip());
    }

    /**
     * The key two records of the same period share ("2025-Q2"); for a text that is no period, the text itself
     * (lower case, spaces tidied), so such records still meet when written alike.
     */
    public static String codeOf(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return parse(text)
                .map(Period::code)
                .orElse(text.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT));
    }

    /** "Tháng 11/2025", "Quý II/2025", "6 tháng đầu năm 2025", "Năm 2025", "Giai đoạn 2021-2025". */
    public String label() {
        return switch (kind) {
            case MONTH -> "Tháng " + index + "/" + year;
            case QUARTER -> "Quý " + ROMAN[index - 1] + "/" + year;
            case HALF -> "6 tháng " + (index == 1 ? "đầu" : "cuối") + " năm " + year;
            case YEAR -> "Năm " + year;
            case MULTI_YEAR -> "Giai đoạn " + year + "-" + yearTo;
        };
    }

    /** "2025-M11", "2025-Q2", "2025-H1", "2025", "2021-2025". */
    public String code() {
        return switch (kind) {
            case MONTH -> year + "-M" + index;
            case QUARTER -> year + "-Q" + index;
            case HALF -> year + "-H" + index;
            case YEAR -> String.valueOf(year);
            case MULTI_YEAR -> year + "-" + yearTo;
        };
    }

    public LocalDate start() {
        return switch (kind) {
            case MONTH -> LocalDate.of(year, index, 1);
            case QUARTER -> LocalDate.of(year, (index - 1) * 3 + 1, 1);
            case HALF -> LocalDate.of(year, index == 1 ? 1 : 7, 1);
            case YEAR, MULTI_YEAR -> LocalDate.of(year, 1, 1);
        };
    }

    public LocalDate end() {
        return switch (kind) {
            case MONTH -> YearMonth.of(year, index).atEndOfMonth();
            case QUARTER -> YearMonth.of(year, index * 3).atEndOfMonth();
            case HALF -> YearMonth.of(year, index == 1 ? 6 : 12).atEndOfMonth();
            case YEAR -> LocalDate.of(year, 12, 31);
            case MULTI_YEAR -> LocalDate.of(yearTo, 12, 31);
        };
    }

    private static int quarterNumber(String q) {
        for (int i = 0; i < ROMAN.length; i++) {
            if (ROMAN[i].equalsIgnoreCase(q)) {
                return i + 1;
            }
        }
        return Integer.parseInt(q);
    }
}
