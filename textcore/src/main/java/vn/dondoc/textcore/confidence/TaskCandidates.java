package vn.dondoc.textcore.confidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.dondoc.textcore.format.Casing;
import vn.dondoc.textcore.format.Lexicon;
import vn.dondoc.textcore.format.WordLists;
import vn.dondoc.textcore.model.ParsedDocument;
import vn.dondoc.textcore.model.ScheduleRow;
import vn.dondoc.textcore.model.Span;
import vn.dondoc.textcore.model.TaskCandidate;
import vn.dondoc.textcore.model.TaskItem;
import vn.dondoc.textcore.segment.Block;
import vn.dondoc.textcore.segment.BlockKind;
import vn.dondoc.textcore.segment.SegmentedDocument;

/**
 * Lines that look like a task but that the task extractor did not take: a numbered item, lettered item or bullet
 * in a section that gives work (or any line naming a "chủ trì"), opening with an instruction verb, of a task's
 * length, not a heading, not in the closing part, not already a task or a calendar row. The reviewer can add one
 * with a click; silence would hide them.
 */
public final class TaskCandidates {

    /** A page of a long plan can hold hundreds of bullets; the reviewer is shown the first ones. */
    static final int MAX_CANDIDATES = 40;

    private static final int MIN_CHARS = 25;
    private static final int MAX_CHARS = 800;

    private final Lexicon lexicon;

    public TaskCandidates(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    public List<TaskCandidate> find(SegmentedDocument doc, ParsedDocument parsed) {
        List<Span> taken =
                new ArrayList<>(parsed.tasks().size() + parsed.schedule().size());
        for (TaskItem t : parsed.tasks()) {
            taken.add(t.span());
        }
        for (ScheduleRow r : parsed.schedule()) {
            taken.add(r.span());
        }
        List<TaskCandidate> out = new ArrayList<>();
        for (Block b : doc.blocks()) {
            if (out.size() >= MAX_CANDIDATES) {
                break;
            }
            if (!looksLikeTask(doc, b)) {
                continue;
            }
            Span body = new Span(b.bodyOffset(), b.span().end());
            if (taken.stream().anyMatch(s -> Blocks.overlap(s, body))) {
                continue;
            }
            out.add(new TaskCandidate(b.body(), b.sectionPath(), body));
        }
        return out;
    }

    boolean looksLikeTask(SegmentedDocument doc, Block b) {
        // cheapest tests first: this runs on every block of every document
        if (b.closing()
                || b.heading()
                || b.span().length() < MIN_CHARS
                || b.span().length() > MAX_CHARS + 16) {
            return false;
        }
        boolean itemised =
                b.kind() == BlockKind.NUMBERED || b.kind() == BlockKind.LETTER || b.kind() == BlockKind.BULLET;
        if (!itemised && chairAt(b.text()) < 0) {
            return false;
        }
        Sections section = Sections.forBlock(doc, b);
        if (section == Sections.PURPOSE
                || section == Sections.RESULTS
                || section == Sections.GOALS
                || section != Sections.TASKS && chairAt(b.text()) < 0) {
            return false;
        }
        String body = b.body();
        if (body.length() < MIN_CHARS || body.length() > MAX_CHARS || body.endsWith(":") || body.indexOf('\t') >= 0) {
            return false;
        }
        String head = body.substring(0, Math.min(body.length(), 160)).toLowerCase(Locale.ROOT);
        // a field of a task laid out as fields ("Đơn vị chủ trì: Sở Tư pháp."), or the opening of a conclusion
        // notice ("Chiều ngày 9/11, ... đã chủ trì buổi làm việc"): neither is a task of its own
        if (isFieldLine(body) || Words.startsWithAny(head, DATE_OPENINGS) || Casing.isUpperLine(body)) {
            return false;
        }
        int chairInHead = head.indexOf("chủ trì");
        boolean names = chairInHead >= 0 && chairInHead < 120 && !head.contains("đã chủ trì");
        return names || opensWithVerb(Words.stripOrdinal(head));
    }

    /** Where "chủ trì" stands, either case of its first letter, or -1. */
    private static int chairAt(String text) {
        int i = text.indexOf("hủ trì");
        while (i > 0) {
            char c = text.charAt(i - 1);
            if (c == 'c' || c == 'C') {
                return i - 1;
            }
            i = text.indexOf("hủ trì", i + 1);
        }
        return -1;
    }

    private static final List<String> DATE_OPENINGS = WordLists.list("task-words.tsv", "date-opening");

    /** "Cơ quan thực hiện: ...": a short label, then a colon. */
    private static boolean isFieldLine(String body) {
        int colon = body.indexOf(':');
        return colon > 0 && colon <= 45 && Words.count(body.substring(0, colon), 8) <= 6;
    }

    private boolean opensWithVerb(String lower) {
        for (String v : lexicon.taskVerbs()) {
            if (lower.startsWith(v)
                    && (lower.length() == v.length() || !Character.isLetter(lower.charAt(v.length())))) {
                return true;
            }
        }
        return false;
    }
}
