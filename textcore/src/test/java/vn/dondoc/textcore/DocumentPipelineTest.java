package vn.dondoc.textcore;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.dondoc.textcore.extract.FieldRepairer;
import vn.dondoc.textcore.format.Lexicon;
import vn.dondoc.textcore.model.ParsedDocument;

class DocumentPipelineTest {
    private static final String PLAN = """
            ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH
            Số: 12/KH-UBND
            KẾ HOẠCH
            1. Sở Nội vụ chủ trì hướng dẫn việc khen thưởng; hoàn thành trước ngày 30/6/2024.
            """;

    @Test
    void aFailingRepairStageKeepsTheExtractionAndSaysWhyInTheDiagnostics() {
        FieldRepairer broken = new FieldRepairer(() -> {
            throw new IllegalStateException("the language model could not be read");
        });
        ParsedDocument d = new DocumentPipeline(Lexicon.standard(), broken).parse("kh.txt", PLAN);

        assertThat(d.document().number()).isEqualTo("12/KH-UBND");
        assertThat(d.tasks()).isNotEmpty();
        assertThat(d.diagnostics()).anySatisfy(x -> {
            assertThat(x.code()).isEqualTo("stage-failed");
            assertThat(x.message()).contains("khôi phục dấu tiếng Việt").doesNotContain("Exception");
        });
    }

    @Test
    void theStandardRepairStageLeavesNoFailure() {
        ParsedDocument d = DocumentPipeline.standard().parse("kh.txt", PLAN);
        assertThat(d.diagnostics()).noneMatch(x -> x.code().equals("stage-failed"));
    }
}
