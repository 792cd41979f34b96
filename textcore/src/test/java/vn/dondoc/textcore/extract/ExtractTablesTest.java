package vn.dondoc.textcore.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.dondoc.textcore.CaseTable;
import vn.dondoc.textcore.DocumentPipeline;
import vn.dondoc.textcore.format.Lexicon;
import vn.dondoc.textcore.model.ParsedDocument;
import vn.dondoc.textcore.model.Reference;
import vn.dondoc.textcore.model.ResultItem;
import vn.dondoc.textcore.model.TargetItem;

class ExtractTablesTest {

    private static final Lexicon LEXICON = Lexicon.standard();
    private static final ActorPhrases ACTORS = new ActorPhrases(LEXICON);

    static List<Arguments> subjects() {
        return CaseTable.load("subjects.tsv");
    }

    static List<Arguments> deadlines() {
        return CaseTable.load("deadlines.tsv");
    }

    static List<Arguments> figures() {
        return CaseTable.load("figures.tsv");
    }

    static List<Arguments> targetPeriods() {
        return CaseTable.load("target-periods.tsv");
    }

    static List<Arguments> results() {
        return CaseTable.load("results.tsv");
    }

    static List<Arguments> references() {
        return CaseTable.load("references.tsv");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("subjects")
    void findsWhoIsGivenTheWork(String sentence, String expected) {
        Optional<ActorPhrases.Subject> s = ACTORS.subjectOf(sentence);
        if (expected.isEmpty()) {
            assertThat(s).as("no body should be read from: " + sentence).isEmpty();
            return;
        }
        String[] parts = expected.split(" \\|\\| ");
        assertThat(s).isPresent();
        assertThat(s.get().lead()).as(s.get().toString()).containsExactly(parts[0].split(" \\| "));
        if (parts.length > 1) {
            assertThat(s.get().cooperating()).as(s.get().toString()).containsExactly(parts[1].split(" \\| "));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deadlines")
    void readsTheDeadlineATaskStates(String sentence, String expected) {
        assertThat(Deadlines.inSentence(sentence, 2025).map(Object::toString).orElse(""))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("figures")
    void readsTheFiguresOfATargetsSection(String sentence, String expected) {
        String doc = "KẾ HOẠCH\nThực hiện nhiệm vụ năm 2024\nI. MỤC TIÊU, CHỈ TIÊU\n" + sentence + "\n";
        ParsedDocument parsed = DocumentPipeline.standard().parse("t.txt", doc);
        List<String> got = new ArrayList<>();
        for (TargetItem t : parsed.targets()) {
            got.add(fmt(t.value()) + " " + t.unit() + " " + t.comparator()
                    + (t.valueTo() == null ? "" : " " + fmt(t.valueTo())));
        }
        assertThat(String.join(" ; ", got)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targetPeriods")
    void readsWhenAnAimIsDue(String lines, String expected) {
        String doc =
                "KẾ HOẠCH\nThực hiện nhiệm vụ trọng tâm\nI. MỤC TIÊU, CHỈ TIÊU\n" + lines.replace("\\n", "\n") + "\n";
        ParsedDocument parsed = DocumentPipeline.standard().parse("t.txt", doc);
        List<String> got = new ArrayList<>();
        for (TargetItem t : parsed.targets()) {
            got.add(fmt(t.value()) + " " + (t.by() == null ? "∅" : t.by().toString()));
        }
        assertThat(String.join(" ; ", got)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("results")
    void readsTheFiguresOfAResultsSection(String sentence, String expected) {
        String doc = "BÁO CÁO\nKết quả thực hiện nhiệm vụ năm 2024\nI. KẾT QUẢ ĐẠT ĐƯỢC\n" + sentence + "\n";
        ParsedDocument parsed = DocumentPipeline.standard().parse("t.txt", doc);
        List<String> got = new ArrayList<>();
        for (ResultItem r : parsed.results()) {
            got.add(fmt(r.actual()) + " " + r.unit() + " " + (r.percentOfPlan() == null ? "∅" : fmt(r.percentOfPlan()))
                    + " " + (r.planned() == null ? "∅" : fmt(r.planned())));
        }
        assertThat(String.join(" ; ", got)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("references")
    void readsCitedDocumentsWithTypeDateAndIssuer(String text, String expected) {
        List<Reference> refs = new ReferenceExtractor(LEXICON).extract(text, null);
        List<String> got = new ArrayList<>();
        for (Reference r : refs) {
            got.add(r.number() + "|" + (r.type() == null ? "∅" : r.type().name()) + "|"
                    + (r.date() == null ? "∅" : r.date()) + "|" + (r.issuer() == null ? "∅" : r.issuer()));
        }
        assertThat(String.join(" ; ", got)).isEqualTo(expected);
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
