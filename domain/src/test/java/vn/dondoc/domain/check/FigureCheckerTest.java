package vn.dondoc.domain.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.dondoc.textcore.DocumentPipeline;
import vn.dondoc.textcore.model.ParsedDocument;

class FigureCheckerTest {
    private static final DocumentPipeline PIPELINE = DocumentPipeline.standard();

    private static List<FigureCheck> check(String text, Map<String, Double> plans) {
        ParsedDocument p = PIPELINE.parse("test.txt", text);
        return FigureChecker.check(p.text(), p.results(), name -> Optional.ofNullable(plans.get(name)));
    }

    private static String sample002() throws IOException {
        try (InputStream in = FigureCheckerTest.class.getResourceAsStream("/check/002_8deb47e15be85dfe.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static FigureCheck one(List<FigureCheck> checks, FigureCheck.Kind kind, String anchorPart) {
        return checks.stream()
                .filter(c -> c.kind() == kind && c.anchor().contains(anchorPart))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void sample002StatesAConsistentRatioAndImpliesAPlanOfAbout24000() throws IOException {
        List<FigureCheck> checks = check(sample002(), Map.of());
        FigureCheck ratio = one(checks, FigureCheck.Kind.RATIO, "120/195");
        assertThat(ratio.expected()).isEqualTo(61.54);
        assertThat(ratio.stated()).isEqualTo(61.53);
        assertThat(ratio.consistent()).isTrue();
        FigureCheck jobs = one(checks, FigureCheck.Kind.PLAN_IMPLIED, "9.997");
        assertThat(jobs.stated()).isBetween(24000.0, 24010.0);
        assertThat(checks).noneMatch(c -> !c.consistent());
    }

    @Test
    void sample002AgainstAStoredTargetMatchesOnlyTheRightPlan() throws IOException {
        String text = sample002();
        FigureCheck right = one(check(text, Map.of("giải quyết việc làm", 24000.0)), FigureCheck.Kind.PLAN, "9.997");
        assertThat(right.consistent()).isTrue();
        assertThat(right.expected()).isEqualTo(24000.0);
        FigureCheck wrong = one(check(text, Map.of("giải quyết việc làm", 30000.0)), FigureCheck.Kind.PLAN, "9.997");
        assertThat(wrong.consistent()).isFalse();
        assertThat(wrong.stated()).isBetween(24000.0, 24010.0);
    }

    @Test
    void sample002WithAHandMadeWrongPercentIsFlagged() throws IOException {
        String wrong = sample002()
                .replace(
                        "120/195 nhiệm vụ khung của ngành, đạt 61,53%", "120/195 nhiệm vụ khung của ngành, đạt 65,00%");
        assertThat(wrong).isNotEqualTo(sample002());
        FigureCheck ratio = one(check(wrong, Map.of()), FigureCheck.Kind.RATIO, "120/195");
        assertThat(ratio.consistent()).isFalse();
        assertThat(ratio.expected()).isEqualTo(61.54);
        assertThat(ratio.stated()).isEqualTo(65.0);
    }

    @Test
    void aTotalIsCheckedAgainstItsParts() {
        List<FigureCheck> wrong = FigureChecker.sums(
                "Tổng số 150 hồ sơ, gồm: 80 hồ sơ giải quyết đúng hạn, 60 hồ sơ giải quyết trước hạn. Hết.");
        assertThat(wrong).singleElement().satisfies(c -> {
            assertThat(c.consistent()).isFalse();
            assertThat(c.expected()).isEqualTo(150.0);
            assertThat(c.stated()).isEqualTo(140.0);
        });
        assertThat(FigureChecker.sums("Tổng số 1.250 lao động, bao gồm 1.000 lao động nam và 250 lao động nữ."))
                .singleElement()
                .satisfies(c -> assertThat(c.consistent()).isTrue());
        // "trong đó" lists only some parts: less is fine, more is not
        assertThat(FigureChecker.sums("Tổng số 300 hộ, trong đó 120 hộ nghèo, 50 hộ cận nghèo."))
                .singleElement()
                .satisfies(c -> assertThat(c.consistent()).isTrue());
        assertThat(FigureChecker.sums("Tổng số 300 hộ, trong đó 220 hộ nghèo, 150 hộ cận nghèo."))
                .singleElement()
                .satisfies(c -> assertThat(c.consistent()).isFalse());
        assertThat(FigureChecker.sums("Tổng số 300 hộ được hỗ trợ.")).isEmpty();
    }

    @Test
    void roundingAndTruncationOfTheLastDigitPass() {
        assertThat(FigureChecker.unitOfLastDigit("đạt 61,53% kế hoạch", 61.53))
                .isEqualTo(0.01, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(FigureChecker.unitOfLastDigit("đạt 62% kế hoạch", 62)).isEqualTo(1.0);
    }
}
