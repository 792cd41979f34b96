package vn.dondoc.textcore.format;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link Matcher#find()} for a pattern whose every match begins with one of a few words ("trước", "hoàn thành"
 * ...): the words are looked up with indexOf and the pattern is tried only there, instead of at every position
 * of the text with every alternative. Case-insensitive patterns are looked up in the lower-cased text.
 */
public final class LeadWords {

    private final Pattern pattern;
    private final List<String> leads;

    /** @param leads every way a match can begin, in lower case */
    public LeadWords(Pattern pattern, List<String> leads) {
        this.pattern = pattern;
        this.leads = List.copyOf(leads);
    }

    /**
     * The leftmost match in {@code text}, as find() would give it, or null. {@code lower} is the text in lower
     * case (pass it when the caller has it; null to make it here).
     */
    public Matcher find(String text, String lower) {
        String l = lower != null ? lower : text.toLowerCase(Locale.ROOT);
        Matcher m = pattern.matcher(text);
        if (l.length() != text.length()) {
            return m.find() ? m : null; // a letter whose lower case is longer: positions would not line up
        }
        m.useTransparentBounds(true).useAnchoringBounds(false);
        int from = 0;
        while (true) {
            int at = -1;
            for (String w : leads) {
                int i = l.indexOf(w, from);
                if (i >= 0 && (at < 0 || i < at)) {
                    at = i;
                }
            }
            if (at < 0) {
                return null;
            }
            m.region(at, text.length());
            if (m.lookingAt()) {
                return m;
            }
            from = at + 1;
        }
    }
}
