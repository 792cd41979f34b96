package vn.dondoc.domain.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dondoc.textcore.format.VietnameseNumbers;
import vn.dondoc.textcore.model.ResultItem;

/**
 * Arithmetic checks of the results a document states, against themselves and the stored plan. Pure: the
 * stored plan comes through {@code planOf} (indicator name → planned value).
 */
public final class FigureChecker {
    /** A plan implied from a two-decimal percent is good to a fraction of a percent; 1 % leaves room for "khoảng". */
    static final double PLAN_TOLERANCE = 0.01;

    private static final String NUM = VietnameseNumbers.NUMBER_REGEX;
    private static final Pattern PERCENT = Pattern.compile("(" + NUM + ")\\s*%");
    private static final Pattern TOTAL = Pattern.compile(
            "tổng(?:\\s+số|\\s+cộng)?(?:\\s+[\\p{L}]+){0,6}?\\s*:?\\s+(" + NUM + ")\\s+([\\p{L}]+)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SPLIT =
            Pattern.compile("(bao gồm|gồm|trong đó)\\s*:?", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SENTENCE_END = Pattern.compile("[.;\\n](?=\\s|$)");

    private FigureChecker() {}

    public static List<FigureCheck> check(
            String text, List<ResultItem> results, Function<String, Optional<Double>> planOf) {
        List<FigureCheck> out = new ArrayList<>();
        for (ResultItem r : results) {
            Integer start = r.span() == null ? null : r.span().start();
            Integer end = r.span() == null ? null : r.span().end();
            Double pct = r.percentOfPlan();
            if (r.planned() != null && r.planned() > 0 && pct != null) {
                double expected = r.actual() * 100 / r.planned();
                out.add(new FigureCheck(
                        FigureCheck.Kind.RATIO,
                        r.anchor(),
                        round(expected),
                        pct,
                        Math.abs(expected - pct) < unitOfLastDigit(r.anchor(), pct),
                        r.indicator(),
                        start,
                        end));
            }
            Double plan = r.planned() != null ? r.planned() : pct != null && pct > 0 ? r.actual() * 100 / pct : null;
            if (plan == null || r.indicator() == null) {
                continue;
            }
            Optional<Double> stored = planOf.apply(r.indicator());
            if (stored.isPresent()) {
                double s = stored.get();
                boolean close = s == 0 ? plan == 0 : Math.abs(plan - s) / Math.abs(s) <= PLAN_TOLERANCE;
                out.add(new FigureCheck(
                        FigureCheck.Kind.PLAN, r.anchor(), s, round(plan), close, r.indicator(), start, end));
            } else if (r.planned() == null) {
                out.add(new FigureCheck(
                        FigureCheck.Kind.PLAN_IMPLIED, r.anchor(), null, round(plan), true, r.indicator(), start, end));
            }
        }
        out.addAll(sums(text));
        return out;
    }

    /**
     * "Tổng số N x, gồm a x, b x": parts listed with "gồm"/"bao gồm" must add up to the total; parts after
     * "trong đó" ("of which") may leave some out, so only a sum above the total is wrong there.
     */
    static List<FigureCheck> sums(String text) {
        List<FigureCheck> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        Matcher total = TOTAL.matcher(text);
        int from = 0;
        while (from < text.length() && total.find(from)) {
            from = total.end();
            Matcher stop = SENTENCE_END.matcher(text);
            int sentenceEnd = stop.find(total.end()) ? stop.start() : text.length();
            String rest = text.substring(total.end(), sentenceEnd);
            Matcher split = SPLIT.matcher(rest);
            if (!split.find() || split.start() > 40) {
                continue;
            }
            boolean exhaustive = !split.group(1).toLowerCase(Locale.ROOT).equals("trong đó");
            String unit = Pattern.quote(total.group(2));
            Matcher part = Pattern.compile(
                            "(?<![\\d.,])(" + NUM + ")\\s+" + unit + "(?![\\p{L}])",
                            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                    .matcher(rest);
            double sum = 0;
            int parts = 0;
            part.region(split.end(), rest.length());
            while (part.find()) {
                sum += VietnameseNumbers.parse(part.group(1)).orElse(0d);
                parts++;
            }
            Optional<Double> whole = VietnameseNumbers.parse(total.group(1));
            if (parts < 2 || whole.isEmpty()) {
                continue;
            }
            boolean ok = exhaustive ? Math.abs(sum - whole.get()) < 1e-6 : sum <= whole.get() + 1e-6;
            out.add(new FigureCheck(
                    FigureCheck.Kind.SUM,
                    text.substring(total.start(), sentenceEnd).strip(),
                    whole.get(),
                    sum,
                    ok,
                    null,
                    total.start(),
                    sentenceEnd));
            from = sentenceEnd;
        }
        return out;
    }

    /**
     * How far a stated percent may be from the computed one: one unit of its last written digit, so both
     * rounding and truncation ("120/195 = 61,538…" written "61,53") pass.
     */
    static double unitOfLastDigit(String anchor, double stated) {
        if (anchor != null) {
            Matcher m = PERCENT.matcher(anchor);
            while (m.find()) {
                Optional<Double> v = VietnameseNumbers.parse(m.group(1));
                if (v.isPresent() && Math.abs(v.get() - stated) < 1e-9) {
                    int comma = m.group(1).indexOf(',');
                    int decimals = comma < 0 ? 0 : m.group(1).length() - comma - 1;
                    return Math.pow(10, -decimals);
                }
            }
        }
        return 0.01;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
