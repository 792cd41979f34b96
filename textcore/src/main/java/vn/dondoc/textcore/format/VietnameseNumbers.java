package vn.dondoc.textcore.format;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers as Vietnamese documents print them: "." groups thousands, "," is the decimal mark
 * ("9.997" = 9997, "61,53" = 61.53, "197,1 tỷ"), leading zeros are kept for display only ("09" = 9),
 * scale words multiply ("hơn 200 ngàn" = 200000).
 */
public final class VietnameseNumbers {

    /** A number token: digits with "." thousand groups and an optional "," decimal part. */
    public static final String NUMBER_REGEX = "\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+(?:,\\d+)?";

    private static final Pattern NUMBER = Pattern.compile("^(?:" + NUMBER_REGEX + ")$");
    private static final Pattern WITH_SCALE = Pattern.compile(
            "^(" + NUMBER_REGEX + ")\\s*(nghìn|ngàn|triệu|tỷ|tỉ)?$", Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);

    private VietnameseNumbers() {}

    /** Parses "9.997", "61,53", "09", "1.000,5"; empty when the text is not one number. */
    public static Optional<Double> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        if (!NUMBER.matcher(t).matches()) {
            return Optional.empty();
        }
        String plain = t.replace(".", "").replace(',', '.');
        try {
            return Optional.of(Double.parseDouble(plain));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Parses a number followed by an optional scale word: "200 ngàn" = 200000, "1,5 triệu" = 1500000. */
    public static Optional<Double> parseWithScale(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = WITH_SCALE.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        return parse(m.group(1)).map(v -> v * scale(m.group(2)));
    }

    /** The multiplier of a scale word (nghìn/ngàn, triệu, tỷ); 1 for none or another word. */
    public static double scale(String word) {
        if (word == null) {
            return 1;
        }
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "nghìn", "ngàn" -> 1_000d;
            case "triệu" -> 1_000_000d;
            case "tỷ", "tỉ" -> 1_000_000_000d;
            default -> 1;
        };
    }

    /** Formats a value the Vietnamese way: 9997 → "9.997", 61.53 → "61,53". */
    public static String format(double value) {
        long whole = (long) Math.floor(Math.abs(value));
        double frac = Math.abs(value) - whole;
        StringBuilder sb =
                new StringBuilder(String.format(Locale.ROOT, "%,d", whole).replace(',', '.'));
        if (frac > 1e-9) {
            String f = String.format(Locale.ROOT, "%.6f", frac).substring(2).replaceAll("0+$", "");
            sb.append(',').append(f);
        }
        return (value < 0 ? "-" : "") + sb;
    }
}
