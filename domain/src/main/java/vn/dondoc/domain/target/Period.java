package vn.dondoc.domain.target;

import java.time.LocalDate;
import java.time.YearMonth;
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
    private static final Pattern MULTI = Pattern.compile(
            "^(?:giai đoạn|thời kỳ|kỳ|cả giai đoạn|(?:5|05|năm) năm)?\\s*" + Y + "\\s*(?:-|–|—|đến|tới)\\s*" + Y + "$",
            FLAGS);
    private static final Pattern HALF =
            Pattern.compile("^(?:6|sáu)\\s+tháng\\s+(đầu|cuối)\\s+năm\\s*" + Y + "$", FLAGS);
    private static final Pattern QUARTER =
            Pattern.compile("^quý\\s+(IV|III|II|I|[1-4])\\s*(?:/|-|năm)\\s*" + Y + "$", FLAGS);
    private static final Pattern MONTH =
            Pattern.compile("^(?:tháng\\s+)?(\\d{1,2})\\s*(?:/|-|năm)\\s*" + Y + "$", FLAGS);
    private static final Pattern YEAR = Pattern.compile("^(?:cả\\s+)?(?:năm\\s+)?" + Y + "$", FLAGS);
    /** Words around a period that do not change it: "trong quý II/2025", "kỳ báo cáo năm 2025", "đến hết năm 2025". */
    private static final Pattern FILLER =
            Pattern.compile("^(?:trong|kỳ báo cáo|kỳ|đến hết|đến|hết|ước|ước cả)\\s+", FLAGS);

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
        String t = text.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
        t = t.replaceAll("\\s*([/–-])\\s*", "$1");
        String prev;
        do {
            prev = t;
            t = FILLER.matcher(t).replaceFirst("");
        } while (!t.equals(prev));
        Matcher m;
        try {
            if ((m = MULTI.matcher(t)).matches()) {
                int from = Integer.parseInt(m.group(1));
                int to = Integer.parseInt(m.group(2));
                return to > from ? Optional.of(years(from, to)) : Optional.empty();
            }
            if ((m = HALF.matcher(t)).matches()) {
                return Optional.of(half(
                        Integer.parseInt(m.group(2)),
                        m.group(1).toLowerCase(Locale.ROOT).equals("đầu") ? 1 : 2));
            }
            if ((m = QUARTER.matcher(t)).matches()) {
                return Optional.of(quarter(Integer.parseInt(m.group(2)), quarterNumber(m.group(1))));
            }
            if ((m = MONTH.matcher(t)).matches()) {
                return Optional.of(month(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))));
            }
            if ((m = YEAR.matcher(t)).matches()) {
                return Optional.of(year(Integer.parseInt(m.group(1))));
            }
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // "tháng 13/2025"
        }
        return Optional.empty();
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
