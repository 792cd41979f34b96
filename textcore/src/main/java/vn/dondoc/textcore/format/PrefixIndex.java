package vn.dondoc.textcore.format;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lower-case words to be compared, in their given order, with the start of a text ignoring case (with
 * {@code regionMatches(true, ...)}), without lower-casing the text: indexed by their first two characters, so a
 * sentence is compared only with the words that can begin it. The second character is folded as
 * {@code regionMatches} folds it, so no word it would accept is left out.
 */
public final class PrefixIndex {
    private final Map<Character, List<String>> byFirst = new HashMap<>();
    private final Map<Integer, List<String>> byFirstTwo = new HashMap<>();
    private final boolean hasShort;

    public PrefixIndex(List<String> words) {
        boolean shortWord = false;
        for (String w : words) {
            char first = w.isEmpty() ? ' ' : w.charAt(0);
            byFirst.computeIfAbsent(first, k -> new ArrayList<>()).add(w);
            if (w.length() < 2) {
                shortWord = true;
            } else {
                byFirstTwo
                        .computeIfAbsent(key(first, w.charAt(1)), k -> new ArrayList<>())
                        .add(w);
            }
        }
        this.hasShort = shortWord;
    }

    /** The words that may begin {@code s} (not empty) ignoring case, in their given order. */
    public List<String> candidates(String s) {
        char first = Character.toLowerCase(s.charAt(0));
        if (hasShort) {
            return byFirst.getOrDefault(first, List.of());
        }
        if (s.length() < 2) {
            return List.of();
        }
        return byFirstTwo.getOrDefault(key(first, s.charAt(1)), List.of());
    }

    private static int key(char first, char second) {
        return first << 16 | Character.toLowerCase(Character.toUpperCase(second));
    }
}
