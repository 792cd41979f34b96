package vn.dondoc.app.target;

import java.util.ArrayList;
import java.util.List;
import vn.dondoc.app.web.Messages;
import vn.dondoc.domain.target.Period;

/**
 * The periods a form offers, in lists: for last year, this year and next year, the year, its halves, quarters and
 * months; the five-year phases around them; and the record's own period when it is none of these (a text that is
 * no period stays offered as written, flagged).
 */
record PeriodChoices(List<Group> groups, String selected, boolean unread) {
    record Group(String name, List<String> labels) {}

    static PeriodChoices of(Messages messages, int thisYear, String current) {
        List<Group> groups = new ArrayList<>();
        List<String> all = new ArrayList<>();
        for (int y = thisYear - 1; y <= thisYear + 1; y++) {
            List<String> labels = new ArrayList<>();
            labels.add(Period.year(y).label());
            for (int h = 1; h <= 2; h++) {
                labels.add(Period.half(y, h).label());
            }
            for (int q = 1; q <= 4; q++) {
                labels.add(Period.quarter(y, q).label());
            }
            for (int m = 1; m <= 12; m++) {
                labels.add(Period.month(y, m).label());
            }
            groups.add(new Group(messages.get("period.group.year", String.valueOf(y)), labels));
            all.addAll(labels);
        }
        int phase = 2021 + Math.floorDiv(thisYear - 2021, 5) * 5; // 2021-2025, 2026-2030
        List<String> phases = List.of(
                Period.years(phase - 5, phase - 1).label(),
                Period.years(phase, phase + 4).label(),
                Period.years(phase + 5, phase + 9).label());
        groups.add(new Group(messages.get("period.group.multiYear"), phases));
        all.addAll(phases);
        String label = Period.normalize(current);
        boolean unread = label != null && Period.parse(label).isEmpty();
        if (label != null && !all.contains(label)) {
            groups.add(
                    0, new Group(messages.get(unread ? "period.group.text" : "period.group.current"), List.of(label)));
        }
        return new PeriodChoices(List.copyOf(groups), label, unread);
    }

    /** Whether a stored period is text only (no period could be read from it): shown with a flag. */
    static boolean unread(String period) {
        return period != null && Period.parse(period).isEmpty();
    }
}
