package vn.dondoc.search.analysis;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.AttributeSource.State;

/**
 * Index-time abbreviations, flat: the terms and positions that {@code SynonymGraphFilter} (keeping the original)
 * followed by {@code FlattenGraphFilter} give, at a fraction of the cost. Those two capture and restore every
 * token's whole state (the graph filter for its look-ahead, the flattener for its buffer) — most of the index
 * chain's time — whereas here a token that starts no abbreviation is one hash lookup on the term buffer, and only
 * a match or a possible multi-word key (KT XH) captures anything.
 *
 * <p>For a key of {@code m} words expanding to {@code n} words, position {@code i} carries the {@code i}-th word of
 * each expansion, then the {@code i}-th original word ("UBND tỉnh" → ủy/ubnd, ban, nhân, dân, tỉnh; "KT-XH" →
 * kinh/kt, tế/xh, xã, hội), each with the offsets of the original word it stands over (the last one past the key's
 * end), so highlights land on the abbreviation. Query chains keep the graph filter: queries need the graph to
 * build phrase queries, and they are short.
 */
final class FlatAbbreviationFilter extends TokenFilter {

    /** One key (its words) and its expansions (their words). */
    record Rule(String[] key, List<String[]> expansions) {}

    private final CharArrayMap<List<Rule>> byFirstWord;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
    private final PositionLengthAttribute posLen = addAttribute(PositionLengthAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);

    /** Input tokens read ahead and not used by a match: read again before the input. */
    private final ArrayDeque<State> pushedBack = new ArrayDeque<>();
    /** Tokens of a match waiting to be emitted. */
    private final ArrayDeque<Out> pending = new ArrayDeque<>();

    private record Out(State base, String term, int posInc) {}

    FlatAbbreviationFilter(TokenStream in, CharArrayMap<List<Rule>> byFirstWord) {
        super(in);
        this.byFirstWord = byFirstWord;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!pending.isEmpty()) {
            emit(pending.poll());
            return true;
        }
        if (!next()) return false;
        List<Rule> rules = byFirstWord.get(term.buffer(), 0, term.length());
        if (rules == null) return true; // the common case: nothing captured, nothing copied
        State first = captureState();
        int firstInc = posInc.getPositionIncrement();
        // look ahead as far as the longest key needs, then take the longest key that matches
        int longest = 1;
        for (Rule r : rules) longest = Math.max(longest, r.key().length);
        List<State> ahead = new ArrayList<>(longest - 1);
        List<String> aheadTerms = new ArrayList<>(longest - 1);
        while (ahead.size() < longest - 1 && next()) {
            ahead.add(captureState());
            aheadTerms.add(term.toString());
        }
        int m = 0;
        for (Rule r : rules) {
            if (r.key().length > m && matches(r.key(), aheadTerms)) m = r.key().length;
        }
        for (int i = ahead.size() - 1; i >= m - 1 && i >= 0; i--) pushedBack.push(ahead.get(i)); // unused look-ahead
        if (m == 0) {
            restoreState(first);
            return true;
        }
        List<String[]> expansions = new ArrayList<>();
        int width = m;
        for (Rule r : rules) {
            if (r.key().length == m && matches(r.key(), aheadTerms)) {
                expansions.addAll(r.expansions());
                for (String[] e : r.expansions()) width = Math.max(width, e.length);
            }
        }
        List<State> originals = new ArrayList<>(m);
        originals.add(first);
        originals.addAll(ahead.subList(0, m - 1));
        for (int i = 0; i < width; i++) {
            State base = originals.get(Math.min(i, m - 1));
            boolean startsPosition = true;
            for (String[] e : expansions) {
                if (i < e.length) {
                    pending.add(new Out(base, e[i], startsPosition ? (i == 0 ? firstInc : 1) : 0));
                    startsPosition = false;
                }
            }
            if (i < m) pending.add(new Out(originals.get(i), null, startsPosition ? (i == 0 ? firstInc : 1) : 0));
        }
        emit(pending.poll());
        return true;
    }

    private static boolean matches(String[] key, List<String> aheadTerms) {
        if (key.length - 1 > aheadTerms.size()) return false;
        for (int i = 1; i < key.length; i++) {
            if (!key[i].equals(aheadTerms.get(i - 1))) return false;
        }
        return true;
    }

    private void emit(Out o) {
        restoreState(o.base());
        if (o.term() != null) {
            term.setEmpty().append(o.term());
            type.setType("SYNONYM");
        }
        posInc.setPositionIncrement(o.posInc());
        posLen.setPositionLength(1);
    }

    /** The next input token, read-ahead ones first. */
    private boolean next() throws IOException {
        if (!pushedBack.isEmpty()) {
            restoreState(pushedBack.pop());
            return true;
        }
        return input.incrementToken();
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pushedBack.clear();
        pending.clear();
    }
}
