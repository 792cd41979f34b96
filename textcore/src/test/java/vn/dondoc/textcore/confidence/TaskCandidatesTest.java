package vn.dondoc.textcore.confidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dondoc.textcore.DocumentPipeline;
import vn.dondoc.textcore.format.Lexicon;
import vn.dondoc.textcore.model.ParsedDocument;
import vn.dondoc.textcore.model.TaskCandidate;
import vn.dondoc.textcore.model.TaskItem;
import vn.dondoc.textcore.segment.SegmentedDocument;
import vn.dondoc.textcore.segment.StructureSegmenter;

/** Lines that look like tasks but were not taken are offered; what was taken, or is no task, is not. */
class TaskCandidatesTest {

    private static final String PLAN = """
            KẾ HOẠCH
            Triển khai chuyển đổi số năm 2025
            I. MỤC ĐÍCH, YÊU CẦU
            - Triển khai đồng bộ, hiệu quả các nhiệm vụ chuyển đổi số của tỉnh.
            II. NHIỆM VỤ, GIẢI PHÁP
            1. Xây dựng nền tảng dữ liệu dùng chung của tỉnh, kết nối với các cơ sở dữ liệu quốc gia.
            2. Tổ chức tập huấn kỹ năng số cho cán bộ, công chức cấp xã trong quý III.
            3. Các nội dung khác:
            III. KẾT QUẢ
            - Tổ chức được 12 lớp tập huấn với 600 học viên tham dự.
            Nơi nhận:
            - Tổ chức hành chính các cấp của tỉnh để thực hiện;
            """;

    private final TaskCandidates finder = new TaskCandidates(Lexicon.standard());

    private List<TaskCandidate> candidates(List<TaskItem> taken) {
        SegmentedDocument doc = new StructureSegmenter().segment(PLAN);
        ParsedDocument parsed =
                new ParsedDocument("x", PLAN, null, List.of(), List.of(), taken, List.of(), List.of(), List.of());
        return finder.find(doc, parsed);
    }

    @Test
    void offersItemsWithAnActionVerbInATaskSectionOnly() {
        List<TaskCandidate> found = candidates(List.of());
        assertThat(found)
                .extracting(TaskCandidate::text)
                .containsExactly(
                        "Xây dựng nền tảng dữ liệu dùng chung của tỉnh, kết nối với các cơ sở dữ liệu quốc gia.",
                        "Tổ chức tập huấn kỹ năng số cho cán bộ, công chức cấp xã trong quý III.");
        TaskCandidate first = found.get(0);
        assertThat(first.span().of(PLAN)).isEqualTo(first.text());
        assertThat(first.section()).isEqualTo("II.1");
    }

    @Test
    void aLineAlreadyTakenAsATaskIsNotOfferedAgain() {
        SegmentedDocument doc = new StructureSegmenter().segment(PLAN);
        TaskCandidate first = candidates(List.of()).get(0);
        TaskItem taken =
                new TaskItem(first.text(), first.text(), List.of("UBND tỉnh"), List.of(), null, "II.1", first.span());
        assertThat(candidates(List.of(taken)))
                .extracting(TaskCandidate::text)
                .containsExactly("Tổ chức tập huấn kỹ năng số cho cán bộ, công chức cấp xã trong quý III.");
        assertThat(doc.blocks()).isNotEmpty();
    }

    @Test
    void thePipelineOffersOnlyWhatItDidNotTake() {
        // "+" items are details of the numbered task above them for the task extractor; one may be a task of its own
        String plan = """
                KẾ HOẠCH
                Triển khai chuyển đổi số năm 2025
                I. NHIỆM VỤ, GIẢI PHÁP
                1. Sở Khoa học và Công nghệ chủ trì xây dựng nền tảng dữ liệu dùng chung của tỉnh.
                2. Tuyên truyền về chuyển đổi số
                + Tổ chức tập huấn kỹ năng số cho cán bộ, công chức cấp xã trong quý III năm 2025.
                """;
        ParsedDocument d = DocumentPipeline.standard().parseAssessed("x.txt", plan, List.of());
        assertThat(d.assessment().candidates())
                .extracting(TaskCandidate::text)
                .containsExactly("Tổ chức tập huấn kỹ năng số cho cán bộ, công chức cấp xã trong quý III năm 2025.");
        for (TaskCandidate c : d.assessment().candidates()) {
            assertThat(d.tasks()).noneMatch(t -> Blocks.overlap(t.span(), c.span()));
        }
    }
}
