package vn.dondoc.textcore.confidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dondoc.textcore.DocumentPipeline;
import vn.dondoc.textcore.format.Lexicon;
import vn.dondoc.textcore.model.Comparator;
import vn.dondoc.textcore.model.Confidence;
import vn.dondoc.textcore.model.DocumentType;
import vn.dondoc.textcore.model.ParsedDocument;
import vn.dondoc.textcore.model.Reference;
import vn.dondoc.textcore.model.ResultItem;
import vn.dondoc.textcore.model.ScheduleRow;
import vn.dondoc.textcore.model.Session;
import vn.dondoc.textcore.model.Span;
import vn.dondoc.textcore.model.TargetItem;
import vn.dondoc.textcore.model.TaskItem;

/** The scoring on hand-made items: what the genre offers as evidence raises or lowers the confidence. */
class ConfidenceScorerTest {

    private final ConfidenceScorer scorer = new ConfidenceScorer(Lexicon.standard());

    private static TaskItem task(String text, List<String> lead, LocalDate deadline) {
        return new TaskItem(text, text, lead, List.of(), deadline, "II.1", new Span(0, text.length()));
    }

    @Test
    void aTaskWithLeadDeadlineAndVerbIsSurerThanALongSentenceWithNone() {
        Confidence sure = scorer.task(
                task(
                        "Sở Y tế chủ trì, phối hợp với các địa phương triển khai tiêm chủng, hoàn thành trước ngày 30/6/2025.",
                        List.of("Sở Y tế"),
                        LocalDate.of(2025, 6, 30)),
                null,
                Sections.TASKS);
        Confidence unsure = scorer.task(
                task(
                        "Nhìn chung "
                                + "công tác này còn nhiều việc cần bàn thêm và nhiều ý kiến khác nhau ".repeat(14),
                        List.of(),
                        null),
                null,
                Sections.OTHER);
        assertThat(sure.value()).isGreaterThan(0.9);
        assertThat(sure.doubts()).isEmpty();
        assertThat(unsure.value()).isLessThan(Confidence.UNSURE_BELOW);
        assertThat(unsure.doubts()).contains(Doubts.NO_LEAD, Doubts.NO_ACTION_VERB, Doubts.LONG_TEXT);
    }

    @Test
    void purposeSectionsLabelsAndFiguresCountAgainstATask() {
        TaskItem plain = task(
                "Các sở, ngành tổ chức tuyên truyền sâu rộng đến cán bộ, đảng viên và nhân dân.",
                List.of("Các sở, ngành"),
                null);
        double inTasks = scorer.task(plain, null, Sections.TASKS).value();
        Confidence inPurpose = scorer.task(plain, null, Sections.PURPOSE);
        assertThat(inPurpose.value()).isLessThan(inTasks);
        assertThat(inPurpose.doubts()).containsExactly(Doubts.PURPOSE_SECTION);

        Confidence label = scorer.task(task("Hoạt động 1", List.of("Sở Nội vụ"), null), null, Sections.TASKS);
        assertThat(label.doubts()).contains(Doubts.SHORT_TEXT);
        Confidence criterion = scorer.task(
                task(
                        "Trên 80% các cơ quan, đơn vị được tuyên truyền về phòng, chống ma túy.",
                        List.of("UBND tỉnh"), null),
                null,
                Sections.TASKS);
        assertThat(criterion.doubts()).contains(Doubts.READS_AS_TARGET);
        assertThat(criterion.value()).isLessThan(inTasks);
    }

    @Test
    void aCalendarRowWithDaySessionAndChairIsSurerThanABareLine() {
        LocalDate day = LocalDate.of(2025, 10, 14);
        ScheduleRow full = new ScheduleRow(
                day,
                null,
                Session.MORNING,
                "08:00",
                "Họp Ban Chỉ đạo chuyển đổi số tỉnh",
                "Hội trường UBND tỉnh",
                List.of("Sở KH&CN"),
                List.of("Chủ tịch UBND tỉnh"),
                List.of(),
                false,
                new Span(0, 10));
        ScheduleRow bare = new ScheduleRow(
                null, null, Session.ALL_DAY, null, "Họp", null, List.of(), List.of(), List.of(), false, new Span(0, 3));
        ScheduleRow clash = new ScheduleRow(
                day,
                null,
                Session.ALL_DAY,
                "14:00",
                "Tiếp công dân định kỳ",
                null,
                List.of(),
                List.of("Đ/c Thân"),
                List.of(),
                false,
                new Span(0, 10));
        assertThat(scorer.scheduleRow(full).value()).isGreaterThan(0.85);
        Confidence b = scorer.scheduleRow(bare);
        assertThat(b.value()).isLessThan(0.2);
        assertThat(b.doubts()).contains(Doubts.NO_DATE, Doubts.SHORT_TEXT, Doubts.NO_SESSION);
        // the session follows the clock: 14:00 read as a whole-day item is a misreading
        assertThat(scorer.scheduleRow(clash).doubts()).contains(Doubts.SESSION_CLOCK);
        assertThat(ConfidenceScorer.clockDisagrees(Session.AFTERNOON, "14:00")).isFalse();
        assertThat(ConfidenceScorer.clockDisagrees(Session.MORNING, "18:30")).isTrue();
    }

    @Test
    void targetsWantAComparatorAUnitAndNoYearForAValue() {
        TargetItem aim = new TargetItem(
                "phấn đấu toàn tỉnh có ít nhất 120 sản phẩm đạt tiêu chuẩn OCOP",
                "sản phẩm đạt tiêu chuẩn OCOP",
                Comparator.GTE,
                120,
                null,
                "sản phẩm",
                "toàn tỉnh",
                LocalDate.of(2025, 12, 31),
                new Span(0, 10));
        TargetItem year = new TargetItem("năm 2025", null, Comparator.EQ, 2025, null, null, null, null, new Span(0, 8));
        TargetItem estimate = new TargetItem(
                "thu hút vốn ước đạt 61,3 nghìn tỷ đồng",
                "thu hút vốn",
                Comparator.GTE,
                61.3,
                null,
                "nghìn tỷ đồng",
                null,
                null,
                new Span(0, 10));
        assertThat(scorer.target(aim, null, Sections.GOALS).value()).isGreaterThan(0.9);
        assertThat(scorer.target(year, null, Sections.OTHER).doubts()).contains(Doubts.YEAR_AS_VALUE, Doubts.NO_UNIT);
        assertThat(scorer.target(year, null, Sections.OTHER).value()).isLessThan(0.2);
        assertThat(scorer.target(estimate, null, Sections.OTHER).doubts()).contains(Doubts.READS_AS_RESULT);
    }

    @Test
    void resultsWantAnAchievementAndAShareOfPlanNotAnAim() {
        ResultItem done = new ResultItem(
                "giải quyết việc làm 9.997 người, đạt 41,65% kế hoạch",
                "giải quyết việc làm", 9997, "người", 41.65, null, new Span(0, 10));
        ResultItem aim = new ResultItem("phấn đấu đến năm 2030 có 50 xã", "xã", 50, "xã", null, null, new Span(0, 10));
        assertThat(scorer.result(done, null, Sections.RESULTS, DocumentType.BAO_CAO)
                        .value())
                .isGreaterThan(0.9);
        Confidence a = scorer.result(aim, null, Sections.GOALS, DocumentType.KE_HOACH);
        assertThat(a.doubts()).contains(Doubts.READS_AS_TARGET, Doubts.GOALS_SECTION);
        assertThat(a.value()).isLessThan(Confidence.UNSURE_BELOW);
    }

    @Test
    void referencesWithTypeAreSureAndBareNumbersAreNot() {
        assertThat(scorer.reference(new Reference(
                                "42/NQ-CP",
                                DocumentType.NGHI_QUYET,
                                LocalDate.of(2020, 4, 9),
                                "Chính phủ",
                                new Span(0, 8)))
                        .value())
                .isGreaterThan(0.85);
        assertThat(scorer.reference(new Reference("15", null, null, null, new Span(0, 2)))
                        .doubts())
                .containsExactly(Doubts.ODD_NUMBER, Doubts.NO_TYPE);
    }

    @Test
    void thePipelineGivesEveryItemAConfidenceInRange() {
        String text = """
                ỦY BAN NHÂN DÂN
                TỈNH HÀ TĨNH
                Số: 12/KH-UBND
                KẾ HOẠCH
                Triển khai chuyển đổi số năm 2025
                I. MỤC ĐÍCH, YÊU CẦU
                1. Nâng cao nhận thức của cán bộ, công chức về chuyển đổi số.
                II. NHIỆM VỤ, GIẢI PHÁP
                1. Sở Khoa học và Công nghệ chủ trì xây dựng nền tảng dữ liệu dùng chung, hoàn thành trước ngày 30/6/2025.
                2. Phấn đấu 100% hồ sơ được tiếp nhận trực tuyến, căn cứ Quyết định số 15/QĐ-UBND ngày 2/1/2025.
                """;
        ParsedDocument d = DocumentPipeline.standard().parseAssessed("x.txt", text, List.of());
        assertThat(DocumentPipeline.standard().parse("x.txt", text).assessment().tasks())
                .as("plain parse leaves it out")
                .isEmpty();
        assertThat(d.assessment().tasks()).hasSameSizeAs(d.tasks());
        assertThat(d.assessment().targets()).hasSameSizeAs(d.targets());
        assertThat(d.assessment().references()).hasSameSizeAs(d.references());
        assertThat(d.tasks()).isNotEmpty();
        assertThat(d.assessment().tasks()).allSatisfy(c -> assertThat(c.value()).isBetween(0.0, 1.0));
    }
}
