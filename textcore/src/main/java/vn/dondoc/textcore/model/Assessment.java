package vn.dondoc.textcore.model;

import java.util.List;

/**
 * The confidence of every extracted item, parallel to the lists of {@link ParsedDocument} (the i-th confidence
 * is the i-th item's), and the task-like lines that were seen but not taken. Kept beside the items rather than
 * inside them so the extractors do not have to know about it.
 */
public record Assessment(
        List<Confidence> references,
        List<Confidence> schedule,
        List<Confidence> tasks,
        List<Confidence> targets,
        List<Confidence> results,
        List<TaskCandidate> candidates) {

    public Assessment {
        references = copy(references);
        schedule = copy(schedule);
        tasks = copy(tasks);
        targets = copy(targets);
        results = copy(results);
        candidates = copy(candidates);
    }

    private static <T> List<T> copy(List<T> l) {
        return l == null ? List.of() : List.copyOf(l);
    }

    /** Nothing assessed (a document read before this stage ran, or by a caller that does not need it). */
    public static Assessment none() {
        return new Assessment(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** The confidence of item {@code i} of a list, or null when that list was not assessed. */
    public static Confidence at(List<Confidence> list, int i) {
        return i < list.size() ? list.get(i) : null;
    }
}
