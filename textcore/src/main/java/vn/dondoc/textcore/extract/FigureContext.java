package vn.dondoc.textcore.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dondoc.textcore.format.TailPhrases;
import vn.dondoc.vntext.VietnameseText;

/**
 * What the words around a figure say it is not: the starting point of a change ("giảm từ 23 ... xuống 18"), where
 * something happens ("tại 04 Mô hình một cửa"), the condition of an exception ("Đối với ... dưới 30% có thể điều
 * chỉnh"), or an aim of the plan said again in its tasks. Pure functions over the text.
 */
final class FigureContext {

    private FigureContext() {}

    private static final TailPhrases FROM = new TailPhrases(List.of("từ", "từ mức"));
    private static final Pattern CHANGE_TO = Pattern.compile("^\\s*(?:xuống còn|xuống|lên đến|lên tới|lên|còn)\\s*$");

    /**
     * "giảm từ 23 ca sinh/1.000 phụ nữ xuống 18 ca sinh/1.000 phụ nữ", "tăng từ 45% lên 60%": the first figure is
     * where the change starts, neither an aim nor a result; the second is.
     */
    static boolean startingPoint(String text, Quantities.Mention m, Quantities.Mention next) {
        if (next == null || !Objects.equals(m.unit(), next.unit()) || next.start() < m.unitEnd()) {
            return false;
        }
        String before = text.substring(Math.max(0, m.start() - 12), m.start()).toLowerCase(Locale.ROOT);
        return FROM.endsOne(before)
                && CHANGE_TO
                        .matcher(text.substring(m.unitEnd(), next.start()).toLowerCase(Locale.ROOT))
                        .matches();
    }

    private static final TailPhrases PLACE_WORDS = new TailPhrases(List.of("tại", "ở các", "tại các"));

    /** "cung cấp dịch vụ ... tại 04 Mô hình một cửa": the figure says where the work is done, not what it aims at. */
    static boolean placeOfAct(String text, Quantities.Mention m) {
        String before = text.substring(Math.max(0, m.start() - 12), m.start()).toLowerCase(Locale.ROOT);
        return !"%".equals(m.unit()) && PLACE_WORDS.endsOne(before);
    }

    private static final Pattern CONDITION_OPENS =
            Pattern.compile("^\\s*(?:[-+•*]\\s*)?(?:đối với|trường hợp|nếu)(?![\\p{L}])", Pattern.CASE_INSENSITIVE);
    private static final Pattern THEN_MAY = Pattern.compile("^\\s*(?:thì\\s+)?(?:có thể|được phép|được)(?![\\p{L}])");

    /**
     * "Đối với một số ngành ... có tỷ lệ nữ ... thấp dưới 30% có thể điều chỉnh mục tiêu": a figure that states when
     * an exception applies is a condition, not an aim.
     */
    static boolean condition(String text, int sentenceStart, Quantities.Mention m) {
        return CONDITION_OPENS
                        .matcher(text.substring(sentenceStart, m.start()).toLowerCase(Locale.ROOT))
                        .find()
                && THEN_MAY.matcher(text.substring(m.unitEnd(), Math.min(text.length(), m.unitEnd() + 20)))
                        .find();
    }

    /** An aim already read: its figure, unit, due date, the first words of what it counts and where it stood. */
    record Aim(double value, String unit, LocalDate by, List<String> words, boolean inGoals) {}

    private static final Set<String> FILLER = Set.of("so", "cac", "nhung", "tong", "tren", "toan", "cap");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    /** The first content words after a figure's unit, folded: "50% số xã, phường ..." → [xa, phuong, ...]. */
    static Aim aim(String text, Quantities.Mention m, LocalDate by, boolean inGoals) {
        Matcher w = WORD.matcher(text.substring(m.unitEnd(), Math.min(text.length(), m.unitEnd() + 80)));
        List<String> words = new ArrayList<>(4);
        while (words.size() < 4 && w.find()) {
            String f = VietnameseText.fold(w.group());
            if (!FILLER.contains(f)) {
                words.add(f);
            }
        }
        return new Aim(m.value(), m.unit(), by, words, inGoals);
    }

    /**
     * Whether {@code later}, read outside the goals section, says again an aim read before: the same figure, unit
     * and due date, counting the same thing (the same first two words after the unit).
     * Plans restate their goals in the tasks that serve them ("phấn đấu đạt mục tiêu ít nhất 50% xã ... vào năm
     * 2030"); the aim is one.
     */
    static boolean restates(Aim later, List<Aim> before) {
        if (later.inGoals() || later.by() == null) {
            return false;
        }
        for (Aim a : before) {
            if (a.value() == later.value()
                    && Objects.equals(a.unit(), later.unit())
                    && later.by().equals(a.by())) {
                // the head noun: the first two words the same ("50% xã, phường ..."; not "100% khu công nghiệp" and
                // "100% khu vực bảo vệ")
                if (head(a).size() == 2 && head(a).equals(head(later))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<String> head(Aim a) {
        return a.words().subList(0, Math.min(2, a.words().size()));
    }
}
