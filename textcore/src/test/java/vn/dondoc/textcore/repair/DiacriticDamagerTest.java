package vn.dondoc.textcore.repair;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DiacriticDamagerTest {

    @Test
    void dropsOnlyTheTonedVowelAndSometimesTheSpaceAfterIt() {
        String clean = "về tổ chức phong trào thi đua của tỉnh";
        DiacriticDamager.Damaged d = new DiacriticDamager(1.0, 1.0).damage(clean, 7);
        // every syllable with a toned vowel loses it; a final one takes the following space along
        assertThat(d.text()).isEqualTo("vtchc phong tro thi đua ca tnh");
        assertThat(d.damagedWords()).hasSize(6);
    }

    @Test
    void mapsDamagedOffsetsBackToCleanWords() {
        String clean = "Đại hội Đảng bộ tỉnh lần thứ XIX";
        DiacriticDamager.Damaged d = new DiacriticDamager(1.0, 0.0).damage(clean, 1);
        int at = d.text().indexOf("tnh");
        assertThat(at).isPositive();
        int[] range = RepairBench.cleanRange(d, at, at + 3);
        assertThat(clean.substring(range[0], range[1])).isEqualTo("tỉnh");
    }

    @Test
    void sameSeedSameDamage() {
        String clean = "Ủy ban nhân dân tỉnh chỉ đạo các sở, ban, ngành thực hiện nghiêm túc.";
        DiacriticDamager damager = new DiacriticDamager(0.5, 0.5);
        assertThat(damager.damage(clean, 3).text())
                .isEqualTo(damager.damage(clean, 3).text());
    }
}
