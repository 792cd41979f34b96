package vn.dondoc.textcore.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dondoc.textcore.model.DocumentType;

/**
 * A document number ("số, ký hiệu") in the forms of Decree 30/2020 and of Party documents:
 * <ul>
 *   <li>state: {@code 309/TB-SLĐTBXH}, with year {@code 23/2021/QĐ-TTg}, official letter {@code 1234/UBND-VX};</li>
 *   <li>Party: {@code 04-NQ/TU}, {@code 12 - CTr/ĐUK}.</li>
 * </ul>
 * Type symbols are case-sensitive ("CTr" is a programme, "CT" a directive; "QyĐ" a regulation, "QĐ" a decision).
 *
 * @param raw          as printed
 * @param number       the serial number ("309", "04")
 * @param year         the year part, if printed
 * @param typeSymbol   the document type symbol ("TB", "CTr"), null for an official letter
 * @param issuerSymbol the issuer symbol ("SLĐTBXH", "TU", "UBND-VX")
 * @param party        true for the Party form (number-TYPE/ISSUER)
 */
public record DocumentNumber(
        String raw, String number, Integer year, String typeSymbol, String issuerSymbol, boolean party) {

    private static final String SYM = "[A-ZĐ][A-Za-zĐđ0-9&]*(?![\\p{L}\\p{N}])";
    private static final String SYMS = SYM + "(?:\\s?-\\s?" + SYM + ")*";
    // No leading look-behind: a look-behind tried at every position dominated the whole pipeline's time;
    // the character before a candidate is checked in code instead (see findAll).
    private static final Pattern STATE =
            Pattern.compile("(\\d{1,5}[a-z]?)\\s?/\\s?(?:(\\d{4})\\s?/\\s?)?(" + SYM + ")((?:\\s?-\\s?" + SYM + ")*)");
    private static final Pattern PARTY =
            Pattern.compile("(\\d{1,5}[a-z]?)\\s?-\\s?(" + SYM + ")\\s?/\\s?(" + SYMS + ")");

    /** A number found in running text, with its character range. */
    public record Found(DocumentNumber number, int start, int end) {}

    /** The number without spaces, as it would be filed: "12-CTr/ĐUK", "231/KH-UBND". */
    public String canonical() {
        if (party) {
            return number + "-" + typeSymbol + "/" + issuerSymbol;
        }
        StringBuilder sb = new StringBuilder(number).append('/');
        if (year != null) {
            sb.append(year).append('/');
        }
        if (typeSymbol != null) {
            sb.append(typeSymbol);
            if (issuerSymbol != null) {
                sb.append('-');
            }
        }
        if (issuerSymbol != null) {
            sb.append(issuerSymbol);
        }
        return sb.toString();
    }

    /** The document type its symbol names; empty for official letters and unknown symbols. */
    public Optional<DocumentType> type() {
        if (typeSymbol == null
                && issuerSymbol != null
                && LAW.matcher(issuerSymbol).matches()) {
            return Optional.of(DocumentType.LUAT); // "Luật số 73/2021/QH14": a law is numbered by the Quốc hội's term
        }
        return DocumentType.fromSymbol(typeSymbol);
    }

    private static final Pattern LAW = Pattern.compile("QH\\d{1,2}");

    /** Parses a whole string ("Số: 309/TB-SLĐTBXH" is accepted too). */
    public static Optional<DocumentNumber> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().replaceFirst("(?i)^số\\s*:?\\s*", "");
        List<Found> all = findAll(t);
        if (all.size() == 1 && all.get(0).start() == 0 && all.get(0).end() == t.length()) {
            return Optional.of(all.get(0).number());
        }
        return Optional.empty();
    }

    /** Every document number in running text, left to right, without overlaps. */
    public static List<Found> findAll(CharSequence text) {
        List<Found> out = new ArrayList<>();
        if (!hasSlash(text)) {
            return out; // every form has a "/"
        }
        Matcher party = PARTY.matcher(text);
        Matcher state = STATE.matcher(text);
        int n = text.length();
        int slash = -1; // the first '/' at or after the current digit run: found once, not rescanned per run
        for (int i = 0; i < n; i++) {
            // one unsigned comparison per character: a pair of range tests mispredicts on text full of spaces
            if ((char) (text.charAt(i) - '0') > 9 || i > 0 && blocksStart(text.charAt(i - 1))) {
                continue;
            }
            int j = i;
            while (j < n && Character.isDigit(text.charAt(j))) {
                j++;
            }
            if (slash < j) {
                slash = indexOf(text, '/', j);
                if (slash < 0) {
                    break; // every form has a "/" after its number
                }
            }
            if (j - i > 5 || slash >= j + 12) {
                i = j - 1;
                continue;
            }
            int to = Math.min(n, i + 120);
            char sep = separatorAfter(text, j);
            party.region(i, to);
            if (sep == '-' && party.lookingAt()) {
                String iss = compact(party.group(3));
                out.add(new Found(
                        new DocumentNumber(party.group().strip(), party.group(1), null, party.group(2), iss, true),
                        party.start(),
                        party.end()));
                i = party.end() - 1;
                continue;
            }
            state.region(i, to);
            if (sep == '/' && state.lookingAt()) {
                Found f = stateNumber(state);
                if (f != null) {
                    out.add(f);
                    i = state.end() - 1;
                    continue;
                }
            }
            i = j - 1;
        }
        out.sort(java.util.Comparator.comparingInt(Found::start));
        return out;
    }

    private static Found stateNumber(Matcher state) {
        String first = state.group(3);
        String rest = compact(state.group(4));
        if (rest.startsWith("-")) {
            rest = rest.substring(1);
        }
        Integer year = state.group(2) == null ? null : Integer.valueOf(state.group(2));
        boolean knownType = DocumentType.fromSymbol(first).isPresent();
        if (!knownType && rest.isEmpty() && year == null) {
            return null; // "10/HN": too little to be a number
        }
        DocumentNumber n = knownType
                ? new DocumentNumber(
                        state.group().strip(), state.group(1), year, first, rest.isEmpty() ? null : rest, false)
                : new DocumentNumber(
                        state.group().strip(),
                        state.group(1),
                        year,
                        null,
                        rest.isEmpty() ? first : first + "-" + rest,
                        false);
        return new Found(n, state.start(), state.end());
    }

    private static boolean blocksStart(char c) {
        return Character.isLetterOrDigit(c) || c == '/' || c == '.' || c == '-';
    }

    /** The character after a number's digits, its letter ("15a") and a space: "-" or "/" start the two forms. */
    private static char separatorAfter(CharSequence s, int j) {
        int k = j;
        if (k < s.length() && s.charAt(k) >= 'a' && s.charAt(k) <= 'z') {
            k++;
        }
        if (k < s.length() && Character.isWhitespace(s.charAt(k))) {
            k++;
        }
        return k < s.length() ? s.charAt(k) : 0;
    }

    private static int indexOf(CharSequence s, char c, int from) {
        if (s instanceof String str) {
            return str.indexOf(c, from);
        }
        for (int k = from; k < s.length(); k++) {
            if (s.charAt(k) == c) {
                return k;
            }
        }
        return -1;
    }

    private static boolean hasSlash(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '/') {
                return true;
            }
        }
        return false;
    }

    private static boolean overlaps(List<Found> found, int start, int end) {
        for (Found f : found) {
            if (start < f.end() && f.start() < end) {
                return true;
            }
        }
        return false;
    }

    private static String compact(String s) {
        return s == null ? "" : s.replaceAll("\\s+", "");
    }
}
