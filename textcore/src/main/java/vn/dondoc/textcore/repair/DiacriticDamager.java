package vn.dondoc.textcore.repair;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Simulates the PDF extraction damage the repairer undoes, to measure it: in a share of the syllables that
 * have a toned vowel, that vowel is dropped ("tỉnh" → "tnh"); when it ended the syllable, the space after it
 * often goes too ("tổ chức" → "tchức"). Keeps a map from damaged to clean offsets for scoring.
 */
public final class DiacriticDamager {
    private final double rate;
    private final double joinRate;

    /**
     * @param rate     share of syllables with a toned vowel that lose it
     * @param joinRate share of those, when the vowel ended the syllable, that also lose the following space
     */
    public DiacriticDamager(double rate, double joinRate) {
        this.rate = rate;
        this.joinRate = joinRate;
    }

    /** A damaged text, the damaged words (as spans of the clean text) and the clean offset of each damaged char. */
    public record Damaged(String clean, String text, List<int[]> damagedWords, int[] toClean) {
        /** Clean text under the damaged range [start, end): from the first kept char to the last kept char. */
        public String cleanOf(int start, int end) {
            if (end <= start) {
                return "";
            }
            return clean.substring(toClean[start], toClean[end - 1] + 1);
        }

        public int cleanStart(int damagedOffset) {
            return toClean[damagedOffset];
        }

        public int cleanEnd(int damagedEnd) {
            return toClean[damagedEnd - 1] + 1;
        }
    }

    public Damaged damage(String rawClean, long seed) {
        String clean = Normalizer.normalize(rawClean, Normalizer.Form.NFC);
        SplittableRandom random = new SplittableRandom(seed);
        Tokens t = Tokens.of(clean);
        boolean[] drop = new boolean[clean.length()];
        List<int[]> words = new ArrayList<>();
        for (int i = 0; i < t.size; i++) {
            int s = t.start[i];
            int e = t.end[i];
            String w = clean.substring(s, e);
            int toned = VietnameseText.tonedIndex(w);
            if (toned < 0 || w.length() < 2 || random.nextDouble() >= rate) {
                continue;
            }
            drop[s + toned] = true;
            boolean last = toned == w.length() - 1;
            if (last
                    && e + 1 < clean.length()
                    && clean.charAt(e) == ' '
                    && Tokens.isWordChar(clean.charAt(e + 1))
                    && random.nextDouble() < joinRate) {
                drop[e] = true;
            }
            words.add(new int[] {s, e});
        }
        StringBuilder sb = new StringBuilder(clean.length());
        int[] map = new int[clean.length()];
        int n = 0;
        for (int k = 0; k < clean.length(); k++) {
            if (!drop[k]) {
                sb.append(clean.charAt(k));
                map[n++] = k;
            }
        }
        return new Damaged(clean, sb.toString(), words, java.util.Arrays.copyOf(map, n));
    }
}
