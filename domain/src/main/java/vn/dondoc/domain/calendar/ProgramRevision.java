package vn.dondoc.domain.calendar;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import vn.dondoc.domain.common.Texts;

/**
 * A revised program ("... (Điều chỉnh lần 2)") against the one it revises: which new item is which
 * old one, so the stored events are updated in place (same ids, so subscribed phones update) instead
 * of the whole program appearing twice. An item is the same when its content is the same (it may have
 * moved), or, failing that, when it sits in the same day and session (its content was reworded).
 */
public final class ProgramRevision {
    private static final Pattern REVISION_MARK = Pattern.compile(
            "\\(?\\s*(điều chỉnh|sửa đổi|bổ sung)[^)]*\\)?", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** New items paired with the old item each one replaces (old null: a new item); old items left over go. */
    public record Plan(List<Pair> pairs, List<CalendarEvent> removed) {}

    public record Pair(CalendarEvent old, CalendarEvent revised) {}

    private ProgramRevision() {}

    /** Whether {@code candidate} is the program {@code incoming} revises: same owner, same period, same title. */
    public static boolean revises(WorkProgram incoming, WorkProgram candidate) {
        if (incoming.periodStart() == null
                || candidate.periodStart() == null
                || !Objects.equals(incoming.ownerUnitId(), candidate.ownerUnitId())) {
            return false;
        }
        boolean samePeriod = YearMonth.from(incoming.periodStart()).equals(YearMonth.from(candidate.periodStart()))
                && Objects.equals(
                        incoming.periodEnd() == null ? null : YearMonth.from(incoming.periodEnd()),
                        candidate.periodEnd() == null ? null : YearMonth.from(candidate.periodEnd()));
        return samePeriod && titleKey(incoming.title()).equals(titleKey(candidate.title()));
    }

    /** "CHƯƠNG TRÌNH CÔNG TÁC THÁNG 10 NĂM 2021 (Điều chỉnh lần 2)" → "chương trình công tác tháng 10 năm 2021". */
    static String titleKey(String title) {
        return Texts.key(title == null ? "" : REVISION_MARK.matcher(title).replaceAll(" "));
    }

    public static Plan plan(List<CalendarEvent> old, List<CalendarEvent> revised) {
        List<CalendarEvent> left = new ArrayList<>(old);
        Map<Integer, CalendarEvent> matched = new LinkedHashMap<>();
        // first the same content on the same day and session, then the same content anywhere (moved),
        // then the same day and session (reworded)
        for (int pass = 0; pass < 3; pass++) {
            for (int i = 0; i < revised.size(); i++) {
                if (matched.containsKey(i)) {
                    continue;
                }
                CalendarEvent r = revised.get(i);
                for (CalendarEvent o : left) {
                    boolean sameContent = Texts.key(o.content()).equals(Texts.key(r.content()));
                    boolean samePlace = Objects.equals(o.date(), r.date()) && Objects.equals(o.session(), r.session());
                    if (pass == 0 ? sameContent && samePlace : pass == 1 ? sameContent : samePlace) {
                        matched.put(i, o);
                        left.remove(o);
                        break;
                    }
                }
            }
        }
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < revised.size(); i++) {
            pairs.add(new Pair(matched.get(i), revised.get(i)));
        }
        return new Plan(pairs, left);
    }
}
