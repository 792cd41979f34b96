package vn.dondoc.textcore.confidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.dondoc.textcore.format.Casing;
import vn.dondoc.textcore.format.Lexicon;
import vn.dondoc.textcore.model.Assessment;
import vn.dondoc.textcore.model.Confidence;
import vn.dondoc.textcore.model.DocumentType;
import vn.dondoc.textcore.model.ParsedDocument;
import vn.dondoc.textcore.model.Reference;
import vn.dondoc.textcore.model.ResultItem;
import vn.dondoc.textcore.model.ScheduleRow;
import vn.dondoc.textcore.model.Session;
import vn.dondoc.textcore.model.TargetItem;
import vn.dondoc.textcore.model.TaskItem;
import vn.dondoc.textcore.segment.Block;
import vn.dondoc.textcore.segment.SegmentedDocument;

/**
 * Gives every extracted item a confidence from the evidence the genre offers. Each kind has a prior (how often
 * the extractor is right on such items with no other evidence) and a few features, each with its weight in
 * log-odds and the reason it is there; the sum goes through a logistic. Features against an item are kept as
 * its doubts. Weights were set by hand from the dev set's errors (see CONFIDENCE.md), not fitted.
 */
public final class ConfidenceScorer {

    private final Lexicon lexicon;
    private final TaskCandidates candidates;

    public ConfidenceScorer(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.candidates = new TaskCandidates(lexicon);
    }

    /** The confidences of all items of {@code parsed} (read from {@code doc}), and the task-like lines not taken. */
    public Assessment assess(SegmentedDocument doc, ParsedDocument parsed) {
        List<Block> blocks = doc.blocks();
        DocumentType type = parsed.document() == null ? null : parsed.document().type();
        List<Confidence> refs = new ArrayList<>(parsed.references().size());
        for (Reference r : parsed.references()) {
            refs.add(reference(r));
        }
        List<Confidence> rows = new ArrayList<>(parsed.schedule().size());
        boolean cut = cutShort(doc.text());
        int end = doc.text().stripTrailing().length();
        for (ScheduleRow r : parsed.schedule()) {
            // the last item of a page capture that stops mid-word ("Thường trực HĐND tỉnh họp Đoà"): likely cut off
            rows.add(scheduleRow(r, cut && r.span() != null && r.span().end() >= end - 2));
        }
        List<Confidence> tasks = new ArrayList<>(parsed.tasks().size());
        for (TaskItem t : parsed.tasks()) {
            Block b = Blocks.at(blocks, t.span());
            tasks.add(task(t, b, Sections.forBlock(doc, b)));
        }
        List<Confidence> targets = new ArrayList<>(parsed.targets().size());
        for (TargetItem t : parsed.targets()) {
            Block b = Blocks.at(blocks, t.span());
            targets.add(target(t, b, Sections.forBlock(doc, b)));
        }
        List<Confidence> results = new ArrayList<>(parsed.results().size());
        for (ResultItem r : parsed.results()) {
            Block b = Blocks.at(blocks, r.span());
            results.add(result(r, b, Sections.forBlock(doc, b), type));
        }
        return new Assessment(refs, rows, tasks, targets, results, candidates.find(doc, parsed));
    }

    // ---- tasks

    /** A task: who leads, by when, what verb; where it stands; whether it is a sentence of work at all. */
    Confidence task(TaskItem t, Block b, Sections section) {
        String text = t.text() != null ? t.text() : t.anchor() == null ? "" : t.anchor();
        // the words that tell are at the head of a paragraph; lower-casing a whole page would cost more than the rest
        String lower = head(text, 120);
        int words = Words.count(lower, 10); // only "fewer than 9" matters
        boolean verb = opensWithVerb(lower) || Words.verbSoon(lower, lexicon.taskVerbs());
        boolean chair = lower.contains("chủ trì");
        return new Evidence(0.4)
                // "Sở Y tế chủ trì": the genre's own way of naming who leads; the lead is then rarely wrong
                .plus(chair, 1.0)
                .plus(t.deadline() != null, 0.5)
                .plus(section == Sections.TASKS, 0.8)
                .plus(verb, 0.6)
                .minus(t.lead() == null || t.lead().isEmpty(), 0.8, Doubts.NO_LEAD)
                .minus(!verb && !chair, 0.6, Doubts.NO_ACTION_VERB)
                // a whole page run together, or a label: both are usually a reading error, not a task
                .minus(text.length() > 700, 0.9, Doubts.LONG_TEXT)
                .minus(words < 6 || words < 9 && !verb, 1.0, Doubts.SHORT_TEXT)
                .minus(Words.readsAsTarget(lower), 1.0, Doubts.READS_AS_TARGET)
                // "Căn cứ Kế hoạch này, các Sở ...": the closing instruction to make one's own plan, often not a task
                .minus(Words.stripOrdinal(lower).startsWith("căn cứ"), 0.5, Doubts.LEAD_IN)
                .minus(text.strip().endsWith(":"), 1.0, Doubts.LEAD_IN)
                .minus(b != null && b.heading(), 0.7, Doubts.HEADING)
                .minus(b != null && b.closing(), 2.5, Doubts.CLOSING_PART)
                // "Mục đích, yêu cầu" says why and how well, it gives no one work
                .minus(section == Sections.PURPOSE, 1.6, Doubts.PURPOSE_SECTION)
                .minus(section == Sections.RESULTS || Words.readsAsResult(lower), 1.0, Doubts.READS_AS_RESULT)
                .minus(section == Sections.GOALS, 0.8, Doubts.GOALS_SECTION)
                .minus(text.length() < 120 && Casing.isUpperLine(text), 1.0, Doubts.HEADING)
                .confidence();
    }

    /** A text that stops mid-word or mid-sentence: its last character is a letter or a comma, as a cut capture's is. */
    static boolean cutShort(String text) {
        String t = text.stripTrailing();
        if (t.isEmpty()) {
            return false;
        }
        char last = t.charAt(t.length() - 1);
        return Character.isLetter(last) || last == ',';
    }

    private static String head(String s, int n) {
        return (s.length() > n ? s.substring(0, n) : s).toLowerCase(Locale.ROOT);
    }

    private boolean opensWithVerb(String lower) {
        String s = Words.stripOrdinal(lower);
        for (String v : lexicon.taskVerbs()) {
            if (s.startsWith(v) && (s.length() == v.length() || !Character.isLetter(s.charAt(v.length())))) {
                return true;
            }
        }
        return false;
    }

    // ---- schedule

    /** A calendar row: a day, a part of the day or a clock time, someone chairing or preparing, a short content. */
    Confidence scheduleRow(ScheduleRow r) {
        return scheduleRow(r, false);
    }

    /** A calendar row; {@code cutOff}: it runs to the end of a text cut short. */
    Confidence scheduleRow(ScheduleRow r, boolean cutOff) {
        String content = r.content() == null ? "" : r.content();
        int words = Words.count(content, 4); // only "fewer than 3" matters
        boolean people = !r.chairs().isEmpty()
                || !r.preparingUnits().isEmpty()
                || r.participants() != null && !r.participants().isEmpty()
                || r.place() != null;
        String lower = head(content, 240).strip();
        return new Evidence(1.0)
                .minus(cutOff, 1.5, Doubts.FRAGMENT)
                .plus(r.time() != null, 0.5)
                .plus(people, 0.5)
                .plus(r.nonWorking(), 1.0)
                .minus(r.date() == null, 1.8, Doubts.NO_DATE)
                .minus(r.session() == Session.ALL_DAY && r.time() == null && !r.nonWorking(), 0.5, Doubts.NO_SESSION)
                // the spec takes the session from the clock: a row whose session and time disagree was misread
                .minus(clockDisagrees(r.session(), r.time()), 1.5, Doubts.SESSION_CLOCK)
                .minus(
                        r.session() == Session.ALL_DAY && Words.containsAny(lower, Words.SESSION_WORDS),
                        1.0,
                        Doubts.NO_SESSION)
                .minus(Words.startsWithAny(lower, Words.PEOPLE_OPENINGS) && words < 10, 1.0, Doubts.FRAGMENT)
                .minus(!people && !r.nonWorking(), 0.4, Doubts.NO_PEOPLE)
                .minus(words < 3 && !r.nonWorking(), 1.2, Doubts.SHORT_TEXT)
                .minus(content.length() > 450, 0.9, Doubts.LONG_TEXT)
                .minus(Casing.isUpperLine(content) && words > 2, 0.8, Doubts.HEADING)
                // a day or session marker left at the head of the content: the row was cut in the wrong place
                .minus(Words.startsWithAny(lower, Words.DAY_MARKERS), 0.8, Doubts.FRAGMENT)
                .confidence();
    }

    // ---- targets

    /** A target: a comparator word, a unit, an aim's words, under a goals heading; not a report's figure. */
    Confidence target(TargetItem t, Block b, Sections section) {
        String anchor = t.anchor() == null ? "" : t.anchor();
        String lower = head(anchor, 300);
        boolean unit = t.unit() != null && !t.unit().isBlank();
        return new Evidence(0.6)
                .plus(
                        Words.containsAny(lower, Words.COMPARATOR_WORDS)
                                || anchor.contains("≥")
                                || anchor.contains("≤"),
                        0.8)
                .plus(Words.containsAny(lower, Words.AIM_WORDS), 0.5)
                .plus(section == Sections.GOALS, 0.7)
                .plus(t.by() != null, 0.3)
                .minus(!unit, 1.0, Doubts.NO_UNIT)
                .minus(
                        !Words.containsAny(lower, Words.COMPARATOR_WORDS) && !Words.containsAny(lower, Words.AIM_WORDS),
                        0.4,
                        Doubts.NO_COMPARATOR)
                .minus(section == Sections.RESULTS || Words.readsAsResult(lower), 1.0, Doubts.READS_AS_RESULT)
                .minus(yearLike(t.value(), t.unit()), 1.2, Doubts.YEAR_AS_VALUE)
                .minus(t.indicator() == null || Words.count(t.indicator(), 3) < 2, 0.6, Doubts.NO_INDICATOR)
                .minus(section == Sections.PURPOSE, 0.5, Doubts.PURPOSE_SECTION)
                .minus(b != null && b.closing(), 2.0, Doubts.CLOSING_PART)
                .confidence();
    }

    // ---- results

    /** A result: a verb of achievement, a share of plan or a planned figure, in a report's review. */
    Confidence result(ResultItem r, Block b, Sections section, DocumentType type) {
        String anchor = r.anchor() == null ? "" : r.anchor();
        String lower = head(anchor, 300);
        boolean unit = r.unit() != null && !r.unit().isBlank();
        boolean planDocument =
                type == DocumentType.KE_HOACH || type == DocumentType.CHUONG_TRINH || type == DocumentType.DE_AN;
        return new Evidence(0.6)
                .plus(Words.containsAny(lower, Words.ACHIEVEMENT_WORDS), 0.5)
                .plus(r.percentOfPlan() != null, 0.8)
                .plus(r.planned() != null, 0.5)
                .plus(section == Sections.RESULTS || type == DocumentType.BAO_CAO, 0.6)
                .minus(!unit, 1.0, Doubts.NO_UNIT)
                .minus(Words.containsAny(lower, Words.AIM_WORDS), 1.2, Doubts.READS_AS_TARGET)
                .minus(
                        section == Sections.GOALS
                                || section == Sections.TASKS
                                || section == Sections.PURPOSE
                                || planDocument && r.percentOfPlan() == null,
                        0.8,
                        Doubts.GOALS_SECTION)
                .minus(yearLike(r.actual(), r.unit()), 1.2, Doubts.YEAR_AS_VALUE)
                .minus(r.indicator() == null || Words.count(r.indicator(), 3) < 2, 0.6, Doubts.NO_INDICATOR)
                .minus(b != null && b.closing(), 2.0, Doubts.CLOSING_PART)
                .confidence();
    }

    // ---- references

    /** A cited number: with its type word it is almost always right; a bare short number may be a figure. */
    Confidence reference(Reference r) {
        String n = r.number() == null ? "" : r.number();
        return new Evidence(1.6)
                .plus(r.date() != null || r.issuer() != null, 0.5)
                .minus(r.type() == null, 0.8, Doubts.NO_TYPE)
                .minus(n.indexOf('/') < 0 && n.indexOf('-') < 0 || n.length() < 5, 1.2, Doubts.ODD_NUMBER)
                .confidence();
    }

    /** "14:00" with MORNING, or any time with ALL_DAY. */
    static boolean clockDisagrees(Session session, String time) {
        if (session == null || time == null || time.length() < 2 || !Character.isDigit(time.charAt(0))) {
            return false;
        }
        int colon = time.indexOf(':');
        int hour;
        try {
            hour = Integer.parseInt(
                    colon > 0
                            ? time.substring(0, colon)
                            : time.substring(0, Math.min(2, time.length())).replaceAll("\\D", ""));
        } catch (NumberFormatException e) {
            return false;
        }
        Session byClock = hour < 12 ? Session.MORNING : hour < 18 ? Session.AFTERNOON : Session.EVENING;
        return session != byClock;
    }

    /** "năm 2025" read as 2025 of something: a year, not a figure. */
    private static boolean yearLike(double value, String unit) {
        boolean percent = unit != null && unit.contains("%");
        return !percent
                && value == Math.rint(value)
                && value >= 1945
                && value <= 2100
                && (unit == null
                        || unit.isBlank()
                        || unit.toLowerCase(Locale.ROOT).startsWith("năm"));
    }
}
