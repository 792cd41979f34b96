package vn.dondoc.app.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import org.springframework.stereotype.Component;

/**
 * Numbers as a Vietnamese reader writes them, for templates ({@code ${@figures.number(x)}}): "22.000",
 * "61,53", never "22000.0"; and comparators as words, never codes.
 */
@Component("figures")
public class Figures {
    private static final DecimalFormatSymbols VI = DecimalFormatSymbols.getInstance(WebConfig.VI);
    private final Messages messages;

    public Figures(Messages messages) {
        this.messages = messages;
    }

    /** Thousands with '.', decimals with ',', at most two decimals, no trailing zeros. */
    public String number(Number n) {
        if (n == null) {
            return "";
        }
        BigDecimal v =
                new BigDecimal(n.toString()).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        DecimalFormat f = new DecimalFormat("#,##0.##", symbols());
        return f.format(v);
    }

    /** "≥ 70", "từ 10 đến 20", "= 100" for a target's comparator and planned value(s). */
    public String planned(String comparator, Number value, Number valueTo) {
        if (valueTo != null) {
            return messages.get("figures.range", number(value), number(valueTo));
        }
        String word = comparator == null ? null : messages.get("figures.comparator." + comparator);
        return word == null || word.startsWith("figures.") ? number(value) : word + " " + number(value);
    }

    public String comparator(String comparator) {
        return comparator == null ? "" : messages.get("figures.comparatorName." + comparator);
    }

    /**
     * A number as a person types it, in a form or a spreadsheet cell: "9.997", "24.000.000", "61,53", "1.234,5",
     * "24000", "61.53". With both marks the last one is the decimal mark; a lone comma is the decimal mark; several
     * dots group thousands. A lone dot followed by exactly three digits ("24.000") groups thousands when
     * {@code viGrouping} (a Vietnamese form, a semicolon CSV from Excel) and is a decimal point otherwise
     * (a file this application wrote). Null for blank; {@link NumberFormatException} for anything else.
     */
    public static Double parse(String text, boolean viGrouping) {
        if (text == null) {
            return null;
        }
        String s = text.replace('\u00a0', ' ').replace(" ", "").replace("%", "").strip();
        if (s.isEmpty()) {
            return null;
        }
        int dot = s.lastIndexOf('.');
        int comma = s.lastIndexOf(',');
        if (dot >= 0 && comma >= 0) {
            s = dot > comma ? s.replace(",", "") : s.replace(".", "").replace(',', '.');
        } else if (comma >= 0) {
            s = s.indexOf(',') != comma ? groups(s, ',', text) : s.replace(',', '.');
        } else if (dot >= 0 && (s.indexOf('.') != dot || viGrouping && s.matches("[-+]?\\d{1,3}\\.\\d{3}"))) {
            s = groups(s, '.', text);
        }
        if (!s.matches("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?")) {
            throw new NumberFormatException(text);
        }
        double d = Double.parseDouble(s);
        if (Double.isInfinite(d)) {
            throw new NumberFormatException(text);
        }
        return d;
    }

    /** "24.000.000" without its marks; "1..2" is no number. */
    private static String groups(String s, char mark, String text) {
        String m = java.util.regex.Pattern.quote(String.valueOf(mark));
        if (!s.matches("[-+]?\\d{1,3}(" + m + "\\d{3})+")) {
            throw new NumberFormatException(text);
        }
        return s.replace(String.valueOf(mark), "");
    }

    private static DecimalFormatSymbols symbols() {
        DecimalFormatSymbols s = (DecimalFormatSymbols) VI.clone();
        s.setGroupingSeparator('.');
        s.setDecimalSeparator(',');
        return s;
    }
}
