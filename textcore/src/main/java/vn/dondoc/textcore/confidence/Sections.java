package vn.dondoc.textcore.confidence;

import java.util.List;
import java.util.Locale;
import vn.dondoc.textcore.format.WordLists;
import vn.dondoc.textcore.segment.Block;
import vn.dondoc.textcore.segment.SegmentedDocument;

/**
 * What the section an item stands in is for, from its headings (the outermost that says wins). The extractors
 * have their own reading; this one is kept apart so the confidence can disagree with them, which is the point.
 */
enum Sections {
    PREAMBLE,
    PURPOSE,
    GOALS,
    RESULTS,
    TASKS,
    OTHER;

    private static final List<String> PURPOSE_WORDS = WordLists.list("section-words.tsv", "purpose");
    private static final List<String> GOAL_WORDS = WordLists.list("section-words.tsv", "goal");
    private static final List<String> RESULT_WORDS = WordLists.list("section-words.tsv", "result");
    private static final List<String> TASK_WORDS = WordLists.list("section-words.tsv", "task");

    static Sections of(String headingBody) {
        String h = headingBody.toLowerCase(Locale.ROOT).strip();
        if (h.length() > 200) {
            h = h.substring(0, 200);
        }
        if (PURPOSE_WORDS.stream().anyMatch(h::startsWith)) {
            return PURPOSE;
        }
        if (RESULT_WORDS.stream().anyMatch(h::startsWith)) {
            return RESULTS;
        }
        if (GOAL_WORDS.stream().anyMatch(h::startsWith)) {
            return GOALS;
        }
        if (TASK_WORDS.stream().anyMatch(h::contains)) {
            return TASKS;
        }
        return OTHER;
    }

    static Sections forBlock(SegmentedDocument doc, Block b) {
        if (b == null) {
            return OTHER;
        }
        if (b.section().isEmpty()) {
            return PREAMBLE;
        }
        for (Block h : doc.headingsOf(b)) {
            Sections k = doc.memo(h, "confidence-section", () -> of(h.body()));
            if (k != OTHER) {
                return k;
            }
        }
        return OTHER;
    }
}
