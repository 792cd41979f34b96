package vn.dondoc.textcore.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The prefix index offers, in order, every word that the start of a text matches ignoring case (the first letter
 * compared lower-cased, the second folded as {@code regionMatches} folds it: "SI", "Sı" and "sİ" all begin "si").
 */
class PrefixIndexPropertiesTest {

    /** Words of two letters or more: looked up by the first two letters. */
    private static final List<String> WORDS = List.of(
            "ủy ban nhân dân", "sở", "sở y tế", "ban", "bộ", "các", "cơ quan", "si", "ủy", "tổ chức", "sı", "bı");
    /** With a word of one letter: looked up by the first letter only. */
    private static final List<String> WITH_SHORT = List.of("sở y tế", "b", "sở", "s", "ban");

    @Provide
    Arbitrary<String> starts() {
        return Arbitraries.of(
                        "Sở", "SỞ", "sở", "Ủy", "ỦY", "ủy", "Ban", "BAN", "Bộ", "Các", "CƠ", "Tổ", "SI", "Sı", "sİ",
                        "BI", "S", "s")
                .list()
                .ofMinSize(1)
                .ofMaxSize(4)
                .map(parts -> String.join(" ", parts));
    }

    @Property(tries = 500)
    void offersEveryWordThatMatchesTheStart(@ForAll("starts") String text) {
        for (List<String> words : List.of(WORDS, WITH_SHORT)) {
            assertThat(offeredMatches(new PrefixIndex(words), text)).isEqualTo(matches(words, text));
        }
    }

    private static List<String> matches(List<String> words, String text) {
        return words.stream()
                .filter(w -> w.length() <= text.length() && text.regionMatches(true, 0, w, 0, w.length()))
                .toList();
    }

    private static List<String> offeredMatches(PrefixIndex index, String text) {
        return matches(index.candidates(text), text);
    }

    @Example
    void offersOnlyWordsOfTheFirstTwoLetters() {
        PrefixIndex index = new PrefixIndex(List.of("sở y tế", "sở", "ban", "bộ"));
        assertThat(index.candidates("SỞ TƯ PHÁP")).containsExactly("sở y tế", "sở");
        assertThat(index.candidates("Bộ Tài chính")).containsExactly("bộ");
        assertThat(index.candidates("B")).isEmpty();
    }
}
