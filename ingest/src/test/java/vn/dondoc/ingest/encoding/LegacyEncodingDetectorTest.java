package vn.dondoc.ingest.encoding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import vn.dondoc.ingest.encoding.LegacyEncodingDetector.Detection;
import vn.dondoc.ingest.encoding.LegacyEncodingDetector.Verdict;

class LegacyEncodingDetectorTest {
    private final LegacyEncodingDetector detector = new LegacyEncodingDetector();

    private static final String SENTENCE = "Sở Lao động - Thương binh và Xã hội tổ chức Hội nghị đánh giá kết quả "
            + "thực hiện công tác lao động, người có công và xã hội 6 tháng đầu năm 2020.";

    @Test
    void unicodeTextIsLeftAlone() {
        Detection d = detector.detect(SENTENCE);
        assertThat(d.verdict()).isEqualTo(Verdict.UNICODE);
        assertThat(d.encoding()).isNull();
        assertThat(d.scoreBefore()).isGreaterThan(0.9);
    }

    @Test
    void tcvn3SentenceIsDetectedWithHighConfidence() {
        String legacy = LegacyEncoding.TCVN3.fromUnicode(SENTENCE);
        Detection d = detector.detect(legacy);
        assertThat(d.verdict()).isEqualTo(Verdict.LEGACY);
        assertThat(d.encoding()).isEqualTo(LegacyEncoding.TCVN3);
        assertThat(d.confidence()).isGreaterThan(0.5);
        assertThat(LegacyEncodingDetector.convert(legacy, d.encoding())).isEqualTo(SENTENCE);
    }

    @Test
    void vniSentenceIsDetectedWithHighConfidence() {
        String legacy = LegacyEncoding.VNI.fromUnicode(SENTENCE);
        Detection d = detector.detect(legacy);
        assertThat(d.verdict()).isEqualTo(Verdict.LEGACY);
        assertThat(d.encoding()).isEqualTo(LegacyEncoding.VNI);
        assertThat(LegacyEncodingDetector.convert(legacy, d.encoding())).isEqualTo(SENTENCE);
    }

    @Test
    void shortMojibakeFromTheBriefIsRecognised() {
        assertThat(detector.detect("Xin chaøo caùc baïn").encoding()).isEqualTo(LegacyEncoding.VNI);
        assertThat(detector.detect("Hµ Néi").encoding()).isEqualTo(LegacyEncoding.TCVN3);
        assertThat(detector.detect("Th«ng b¸o").encoding()).isEqualTo(LegacyEncoding.TCVN3);
    }

    @Test
    void englishAndFrenchWithAccentsAreNotConverted() {
        assertThat(detector.detect("The quick brown fox jumps over the lazy dog")
                        .verdict())
                .isEqualTo(Verdict.UNICODE);
        Detection french = detector.detect("Le café est très bon à Paris, où l'été est chaud");
        assertThat(french.verdict()).isNotEqualTo(Verdict.LEGACY);
    }

    @Test
    void brokenTextThatNoConversionRepairsIsFlaggedUnsure() {
        Detection d = detector.detect("Ð¥Ñ Ð¾Ð´ Ñ Ð¸Ð¼ Ð¿Ð¾ Ð´Ð¾Ñ Ð¾Ð³Ðµ Ð´Ð¾Ð¼Ð¾Ð¹");
        assertThat(d.verdict()).isEqualTo(Verdict.UNSURE);
    }

    @Test
    void unicodeTypedInUpperCaseIsNotMistakenForLegacy() {
        String title = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc";
        assertThat(detector.detect(title).verdict()).isEqualTo(Verdict.UNICODE);
    }

    @Test
    void fontHintIsRejectedForUnicodeTypedInAnOldFont() {
        assertThat(detector.fontHintHolds("Kế hoạch số 12", LegacyEncoding.TCVN3))
                .isFalse();
        assertThat(detector.fontHintHolds("Thông báo kết luận", LegacyEncoding.TCVN3))
                .isFalse();
        assertThat(detector.fontHintHolds("KÕ ho¹ch sè 12", LegacyEncoding.TCVN3))
                .isTrue();
        // Both readings valid ("có các bé" / "cú cỏc bộ"): the font decides.
        assertThat(detector.fontHintHolds("có các bé", LegacyEncoding.TCVN3)).isTrue();
    }

    // Property: any sentence of real Vietnamese words, encoded in TCVN3 or VNI, is detected and restored.

    @Provide
    Arbitrary<String> sentences() {
        return Arbitraries.of(vocabulary()).list().ofMinSize(6).ofMaxSize(25).map(words -> String.join(" ", words));
    }

    @Property(tries = 300)
    void anyTcvn3SentenceThatLooksBrokenIsDetectedAndComesBack(@ForAll("sentences") String sentence) {
        String legacy = LegacyEncoding.TCVN3.fromUnicode(sentence);
        Detection d = detector.detect(legacy);
        if (d.candidateWords() >= 2 && d.scoreBefore() <= 0.5) {
            assertThat(d.encoding()).isEqualTo(LegacyEncoding.TCVN3);
            assertThat(d.verdict()).isEqualTo(Verdict.LEGACY);
            assertThat(LegacyEncodingDetector.convert(legacy, LegacyEncoding.TCVN3))
                    .isEqualTo(sentence);
        }
    }

    /** Some VNI mojibake reads as Vietnamese ("soá" for "số"): only text that looks broken must be caught. */
    @Property(tries = 300)
    void anyVniSentenceThatLooksBrokenIsDetectedAndComesBack(@ForAll("sentences") String sentence) {
        String legacy = LegacyEncoding.VNI.fromUnicode(sentence);
        Detection d = detector.detect(legacy);
        if (d.candidateWords() >= 2 && d.scoreBefore() <= 0.5) {
            assertThat(d.encoding()).isEqualTo(LegacyEncoding.VNI);
            assertThat(d.verdict()).isEqualTo(Verdict.LEGACY);
            assertThat(LegacyEncoding.VNI.toUnicode(legacy)).isEqualTo(sentence);
        }
    }

    /** Accuracy over many random sentences, printed; real documents are longer and easier. */
    @Test
    void detectionIsRightForNearlyEverySentenceOfTwelveWords() {
        java.util.Random random = new java.util.Random(42);
        List<String> vocabulary = vocabulary();
        int trials = 2000;
        int tcvn3Right = 0;
        int vniRight = 0;
        int unicodeRight = 0;
        for (int t = 0; t < trials; t++) {
            StringBuilder s = new StringBuilder();
            for (int w = 0; w < 12; w++) {
                s.append(w == 0 ? "" : " ").append(vocabulary.get(random.nextInt(vocabulary.size())));
            }
            String sentence = s.toString();
            tcvn3Right +=
                    detector.detect(LegacyEncoding.TCVN3.fromUnicode(sentence)).encoding() == LegacyEncoding.TCVN3
                            ? 1
                            : 0;
            vniRight +=
                    detector.detect(LegacyEncoding.VNI.fromUnicode(sentence)).encoding() == LegacyEncoding.VNI ? 1 : 0;
            unicodeRight += detector.detect(sentence).verdict() == Verdict.UNICODE ? 1 : 0;
        }
        System.out.printf(
                "legacy detection on %d random 12-word sentences: TCVN3 %.1f%%, VNI %.1f%%, Unicode kept %.1f%%%n",
                trials, 100.0 * tcvn3Right / trials, 100.0 * vniRight / trials, 100.0 * unicodeRight / trials);
        assertThat(tcvn3Right).isGreaterThan(trials * 97 / 100);
        assertThat(vniRight).isGreaterThan(trials * 95 / 100);
        assertThat(unicodeRight).isGreaterThan(trials * 99 / 100);
    }

    @Property(tries = 300)
    void anyUnicodeSentenceStaysAsItIs(@ForAll("sentences") String sentence) {
        assertThat(detector.detect(sentence).verdict()).isEqualTo(Verdict.UNICODE);
    }

    private static List<String> vocabulary;

    /** Lower-case words of the sample documents (lower case: TCVN3 has no toned capitals to round-trip). */
    static synchronized List<String> vocabulary() {
        if (vocabulary == null) {
            try (InputStream in =
                    LegacyEncodingDetectorTest.class.getResourceAsStream("/samples/002_8deb47e15be85dfe.txt")) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                vocabulary = Arrays.stream(
                                text.toLowerCase(Locale.forLanguageTag("vi")).split("[^\\p{L}]+"))
                        .filter(w -> !w.isEmpty())
                        .distinct()
                        .toList();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return vocabulary;
    }
}
