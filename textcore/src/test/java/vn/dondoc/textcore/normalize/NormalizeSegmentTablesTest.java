package vn.dondoc.textcore.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.dondoc.textcore.CaseTable;
import vn.dondoc.textcore.format.Lexicon;
import vn.dondoc.textcore.segment.Block;
import vn.dondoc.textcore.segment.SegmentedDocument;
import vn.dondoc.textcore.segment.StructureSegmenter;

class NormalizeSegmentTablesTest {

    private static final TextNormalizer NORMALIZER = new TextNormalizer(Lexicon.standard());

    static List<Arguments> normalize() {
        return CaseTable.load("normalize.tsv");
    }

    static List<Arguments> segment() {
        return CaseTable.load("segment.tsv");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("normalize")
    void cleansText(String raw, String expected) {
        assertThat(NORMALIZER.normalize(unicodeEscapes(raw)).text()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("segment")
    void classifiesLines(String line, String expected) {
        SegmentedDocument d = new StructureSegmenter().segment(line);
        Block b = d.blocks().get(0);
        assertThat(b.kind() + ":" + b.marker()).isEqualTo(expected);
    }

    static List<Arguments> segmentJoins() {
        return CaseTable.load("segment-joins.tsv");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("segmentJoins")
    void joinsTheLinesOfOneBlock(String text, String expected) {
        SegmentedDocument d = new StructureSegmenter().segment(text);
        assertThat(String.join(" ‖ ", d.blocks().stream().map(Block::text).toList()))
                .isEqualTo(expected);
    }

    static List<Arguments> segmentClosing() {
        return CaseTable.load("segment-closing.tsv");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("segmentClosing")
    void marksWhereTheClosingPartBegins(String text, String expected) {
        SegmentedDocument d = new StructureSegmenter().segment(text);
        assertThat(String.join(
                        " ‖ ",
                        d.blocks().stream()
                                .map(b -> b.closing() ? "closing" : "body")
                                .toList()))
                .isEqualTo(expected);
    }

    @Test
    void cutsTheWebPageAroundADocument() {
        String page = "Từ khoá: Số Hiệu, Tiêu đề\n\nĐăng nhập\n\nKế hoạch 12/KH-UBND 2024 tỉnh X\n\n"
                + "ỦY BAN NHÂN DÂN\nTỈNH X\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
                + "Số: 12/KH-UBND\n\nKẾ HOẠCH\nTriển khai nhiệm vụ\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\n"
                + "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Văn A\n\nBạn Chưa Đăng Nhập Thành Viên!\n\nKế hoạch 12/KH-UBND do tỉnh X ban hành\n";
        NormalizedText n = NORMALIZER.normalize(page);
        assertThat(n.text()).startsWith("ỦY BAN NHÂN DÂN").endsWith("Nguyễn Văn A");
        assertThat(n.diagnostics()).anyMatch(d -> d.code().equals("chrome-removed"));
    }

    @Test
    void joinsASentenceBrokenAcrossAPage() {
        SegmentedDocument d =
                new StructureSegmenter().segment("- Tăng cường công tác\n\nphòng, chống thiên tai.\n\n- Mục khác");
        assertThat(d.blocks()).hasSize(2);
        assertThat(d.blocks().get(0).text()).contains("công tác").contains("phòng, chống thiên tai.");
    }

    @Test
    void aNumberedLineWithContentBelowHeadsASectionAndALeafDoesNot() {
        SegmentedDocument d = new StructureSegmenter()
                .segment(
                        "II. NHIỆM VỤ\n1. Lĩnh vực lao động\nTăng cường kiểm tra.\n2. Hoàn thành báo cáo.\n3. Tổ chức hội nghị.");
        List<Block> b = d.blocks();
        assertThat(b.get(1).heading()).isTrue();
        assertThat(b.get(2).sectionPath()).isEqualTo("II.1");
        assertThat(b.get(3).heading()).isFalse();
        assertThat(b.get(3).sectionPath()).isEqualTo("II.2");
    }

    private static String unicodeEscapes(String s) {
        Matcher m = Pattern.compile("\\\\u([0-9a-fA-F]{4})").matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
