package vn.dondoc.textcore.repair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class LanguageModelTest {

    static LanguageModel small() {
        LanguageModelBuilder b = new LanguageModelBuilder();
        b.add("Ủy ban nhân dân tỉnh ban hành kế hoạch. Ủy ban nhân dân tỉnh chỉ đạo.");
        b.add("Ủy ban nhân dân huyện ban hành kế hoạch; tỉnh chỉ đạo các huyện.");
        return b.build();
    }

    @Test
    void countsWordsCaseFoldedAndDropsSingletons() {
        LanguageModel lm = small();
        assertThat(lm.count(lm.id("ủy"))).isEqualTo(3);
        assertThat(lm.count(lm.id("tỉnh"))).isEqualTo(3);
        assertThat(lm.id("các")).isEqualTo(LanguageModel.UNKNOWN); // seen once: pruned
        assertThat(lm.bigram(lm.id("nhân"), lm.id("dân"))).isEqualTo(3);
    }

    @Test
    void conditionalProbabilitiesSumToAboutOne() {
        LanguageModel lm = small();
        for (String context : new String[] {"dân", "ban", "tỉnh"}) {
            int a = lm.id(context);
            double sum = 0;
            for (int b = 0; b < lm.size(); b++) {
                sum += lm.prob(a, b);
            }
            assertThat(sum).as(context).isCloseTo(1.0, within(0.05));
        }
        assertThat(lm.prob3(lm.id("nhân"), lm.id("dân"), lm.id("tỉnh")))
                .isGreaterThan(lm.prob3(lm.id("nhân"), lm.id("dân"), lm.id("kế")));
    }

    @Test
    void survivesWritingAndReading() throws IOException {
        LanguageModel lm = small();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        lm.write(bytes);
        LanguageModel back = LanguageModel.read(new ByteArrayInputStream(bytes.toByteArray()));
        assertThat(back.size()).isEqualTo(lm.size());
        assertThat(back.bigramCount).isEqualTo(lm.bigramCount);
        assertThat(back.trigramCount).isEqualTo(lm.trigramCount);
        for (int a = 0; a < lm.size(); a++) {
            assertThat(back.words[a]).isEqualTo(lm.words[a]);
            for (int b = 0; b < lm.size(); b++) {
                assertThat(back.prob(a, b)).isEqualTo(lm.prob(a, b));
                assertThat(back.prob3(1, a, b)).isEqualTo(lm.prob3(1, a, b));
            }
        }
    }

    @Test
    void rejectsAFileThatIsNotAModel() {
        byte[] notGzip = "hello".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> LanguageModel.read(new ByteArrayInputStream(notGzip)))
                .isInstanceOf(IOException.class);
    }

    @Test
    void heldOutSplitIsStableAndAboutOneInTen() {
        int held = 0;
        for (int i = 0; i < 2000; i++) {
            if (LanguageModelBuilder.isHeldOut("doc-" + i + ".txt")) {
                held++;
            }
        }
        assertThat(held).isBetween(150, 250);
        assertThat(LanguageModelBuilder.isHeldOut("0001_chi-thi-09-ct-ubnd.txt"))
                .isTrue();
    }
}
