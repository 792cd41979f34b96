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
        BigDecimal v = new BigDecimal(n.toString()).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
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

    private static DecimalFormatSymbols symbols() {
        DecimalFormatSymbols s = (DecimalFormatSymbols) VI.clone();
        s.setGroupingSeparator('.');
        s.setDecimalSeparator(',');
        return s;
    }
}
