package vn.dondoc.textcore.repair;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Held-out documents (never seen by the model: {@link LanguageModelBuilder#isHeldOut}) damaged the way PDF
 * extraction damages them, then repaired. Thresholds sit a little under the measured figures so that a
 * regression fails.
 */
class HeldOutRepairTest {
    static final String[] FILES = {
        "0001_chi-thi-09-ct-ubnd.txt",
        "0091_ke-hoach-165-kh-ubnd.txt",
        "0167_nghi-quyet-22-2025-nq-hdnd.txt",
        "0314_quyet-dinh-2916-qd-ubnd.txt"
    };

    static String heldOut(String name) throws IOException {
        assertThat(LanguageModelBuilder.isHeldOut(name))
                .as(name + " is held out of the model")
                .isTrue();
        return RepairSample003Test.resource("/vn/dondoc/textcore/repair/heldout/" + name);
    }

    @Test
    void damagedHeldOutTextIsRepairedPreciselyAndMostly() throws IOException {
        DiacriticRepairer repairer = DiacriticRepairer.load();
        DiacriticDamager damager = new DiacriticDamager(0.05, 0.5);
        RepairBench.Score total = new RepairBench.Score(0, 0, 0, 0);
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < FILES.length; i++) {
            DiacriticDamager.Damaged d = damager.damage(heldOut(FILES[i]), 42 + i);
            total = total.plus(RepairBench.evaluate(d, repairer.repair(d.text()), wrong, null));
        }
        System.out.printf(
                "held-out sample: %d damaged words, %d changes, precision %.3f, recall %.3f%n",
                total.damagedWords(), total.changes(), total.precision(), total.recall());
        assertThat(total.damagedWords()).isGreaterThan(200);
        assertThat(total.precision()).as("precision; wrong: %s", wrong).isGreaterThanOrEqualTo(0.95);
        assertThat(total.recall()).isGreaterThanOrEqualTo(0.86);
    }

    @Test
    void cleanHeldOutParagraphIsLeftAsItIs() throws IOException {
        String text = heldOut(FILES[1]);
        String paragraph = text.substring(0, Math.min(text.length(), 6000));
        RepairResult r = DiacriticRepairer.load().repair(paragraph);
        assertThat(r.repairs()).isEmpty();
        assertThat(r.text()).isEqualTo(paragraph);
    }

    @Test
    void cleanHeldOutDocumentsGetAlmostNoChanges() throws IOException {
        int chars = 0;
        int changes = 0;
        for (String f : FILES) {
            String text = heldOut(f);
            chars += text.length();
            changes += DiacriticRepairer.load().repair(text).repairs().size();
        }
        // at most one change per 10,000 characters of clean text
        assertThat(changes).isLessThanOrEqualTo(chars / 10_000);
    }

    @Test
    void repairingAHeavilyDamagedDocumentTwiceChangesNothingTheSecondTime() throws IOException {
        DiacriticRepairer repairer = DiacriticRepairer.load();
        for (int i = 0; i < FILES.length; i++) {
            DiacriticDamager.Damaged d = new DiacriticDamager(0.3, 0.5).damage(heldOut(FILES[i]), 7 + i);
            RepairResult once = repairer.repair(d.text());
            assertThat(once.repairs()).isNotEmpty();
            assertThat(repairer.repair(once.text()).repairs()).as(FILES[i]).isEmpty();
        }
    }
}
