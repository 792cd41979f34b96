package vn.dondoc.textcore.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dondoc.textcore.format.Casing;
import vn.dondoc.textcore.format.Lexicon;
import vn.dondoc.textcore.format.PrefixIndex;
import vn.dondoc.textcore.format.WordLists;

/**
 * Who is given work: the subject of a task sentence ("Sở Y tế chủ trì, phối hợp với ...",
 * "Các sở, ban, ngành, địa phương tiếp tục ...", "Sở Thông tin và Truyền thông: ..."), and how a list
 * of bodies splits into separate bodies. Pure functions over the lexicon; thread-safe.
 */
final class ActorPhrases {

    /** A subject found at the start of a sentence. */
    record Subject(List<String> lead, List<String> cooperating, int end) {}

    private static final Pattern LEAD_IN = Pattern.compile(
            "^(?:(?:Căn cứ|Trên cơ sở|Theo|Để|Sau khi)[^,;:]{0,80},\\s+)?(?:(?:Giao(?: cho)?|Đề nghị|Yêu cầu|Riêng|Đối với)\\s+)?",
            Pattern.UNICODE_CASE);
    /** "X chủ trì", "X làm chủ trì" — but the "làm" of "Phòng Lao động - Việc làm chủ trì" is the unit's name. */
    private static final Pattern CHAIR =
            Pattern.compile("\\s(?:(?<![Vv]iệc\\s)làm\\s+)?chủ trì\\b", Pattern.UNICODE_CASE);

    private static final Pattern LEADING_CONNECTOR = Pattern.compile("^(và|với|cùng)\\s+");
    private static final Pattern ORDER_IN_SUBJECT =
            Pattern.compile("\\s(?:giao(?: cho)?|đề nghị|yêu cầu)\\s+(?=\\p{Lu})", Pattern.UNICODE_CASE);
    private static final Pattern EMBEDDED_ORDER =
            Pattern.compile("[,;]\\s+(?:giao(?: cho)?|đề nghị|yêu cầu)\\s+(?=\\p{Lu})", Pattern.UNICODE_CASE);
    private static final Pattern ADVERB = Pattern.compile(
            "\\s(tiếp tục|chủ động|tích cực|thường xuyên|kịp thời|khẩn trương|có trách nhiệm|sớm)\\b",
            Pattern.UNICODE_CASE);
    private static final Pattern COOPERATE = Pattern.compile(
            "\\bphối hợp(?:\\s+chặt chẽ)?(?:\\s+với)?\\s+", Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);
    /** "Sở Nội vụ (Ban Thi đua - Khen thưởng tỉnh)": the body in parentheses is a body of its own. */
    private static final Pattern PARENTHESIZED = Pattern.compile("\\s*\\((?=[\\p{Lu}])([^()]{3,80})\\)");

    private static final List<String> LEADER_TITLES = WordLists.list("actor-words.tsv", "leader-title");

    private final Lexicon lexicon;
    private final List<String> heads;
    /** {@link #heads} by first letter, in the same (longest first) order: a sentence is tested against a few. */
    private final PrefixIndex headsByFirst;

    private final List<String> starters;
    /** Starters by their first word, longest first within each list (the lexicon's order). */
    private final java.util.Map<String, List<String>> startersByFirstWord;

    ActorPhrases(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.heads = lexicon.actorHeads().stream()
                .map(h -> h.toLowerCase(Locale.ROOT))
                .toList();
        this.headsByFirst = new PrefixIndex(heads);
        this.starters = lexicon.predicateStarters();
        java.util.Map<String, List<String>> byWord = new java.util.HashMap<>();
        for (String p : starters) {
            byWord.computeIfAbsent(p.split(" ")[0], k -> new ArrayList<>()).add(p);
        }
        this.startersByFirstWord = byWord;
    }

    /**
     * The body given the work: the subject at the start of {@code body}, or the one an embedded order names
     * ("Trên cơ sở báo cáo của Công ty X, giao Sở Tài chính chủ trì ...").
     */
    Optional<Subject> subjectOf(String body) {
        Optional<Subject> s = subjectAtStart(body);
        if (s.isPresent()) {
            return assignedWithin(body, s.get()).or(() -> s);
        }
        String head = body.length() > 300 ? body.substring(0, 300) : body;
        if (!head.contains("giao") && !head.contains("đề nghị") && !head.contains("yêu cầu")) {
            return Optional.empty(); // no order words: skip the pattern, tried at every comma otherwise
        }
        Matcher order = EMBEDDED_ORDER.matcher(head);
        if (order.find()) {
            return subjectAtStart(body.substring(order.end()))
                    .map(x -> new Subject(x.lead(), x.cooperating(), order.end() + x.end()));
        }
        return Optional.empty();
    }

    /**
     * "Ban Thường vụ Tỉnh ủy giao Ban cán sự đảng UBND tỉnh lãnh đạo ...": when what was read as the subject holds
     * the order ("giao", "đề nghị", "yêu cầu" before a name), the work is the named body's.
     */
    private Optional<Subject> assignedWithin(String body, Subject read) {
        int end = Math.min(read.end(), body.length());
        String subject = body.substring(0, end);
        if (!subject.contains(" giao ") && !subject.contains(" đề nghị ") && !subject.contains(" yêu cầu ")) {
            return Optional.empty();
        }
        Matcher order = ORDER_IN_SUBJECT.matcher(body).region(0, end).useTransparentBounds(true);
        if (!order.find()) {
            return Optional.empty();
        }
        int from = order.end();
        return subjectAtStart(body.substring(from)).map(x -> new Subject(x.lead(), x.cooperating(), from + x.end()));
    }

    private Optional<Subject> subjectAtStart(String body) {
        String s = body;
        int offset = 0;
        Matcher lead = LEAD_IN.matcher(s);
        boolean addressed = false;
        // anchored at the start: lookingAt(), which find() would try again at every later position to fail
        if (lead.lookingAt() && lead.end() > 0) {
            offset = lead.end();
            s = s.substring(offset);
            addressed = true;
        }
        if (!startsWithActor(s) && !(addressed && startsWithActor(Casing.capitalizeFirst(s)))) {
            return Optional.empty();
        }
        int limit = Math.min(s.length(), 400);
        int end = -1;
        Matcher chair = CHAIR.matcher(s);
        // the pattern's words first: most sentences hold none, and find() would try every position
        if (s.contains("chủ trì") && chair.find() && chair.start() < limit) {
            // "X chủ trì": everything before is the lead, even a name with a verb in it, but not an adverb
            Matcher adverb = ADVERB.matcher(s.substring(0, chair.start()));
            end = adverb.find() ? adverb.start() : chair.start();
            int pred = subjectEnd(s, end);
            if (pred > 0 && s.substring(pred, end).contains(",")) {
                end = pred; // "Sở Nội vụ tiếp thu ý kiến, phối hợp ... chủ trì": the lead ended at its verb
            }
        } else {
            end = subjectEnd(s, limit);
        }
        int colon = s.indexOf(':');
        if (colon > 0 && colon < limit && (end < 0 || colon < end)) {
            end = colon;
        }
        if (end <= 0) {
            return Optional.empty();
        }
        String phrase = trimPhrase(s.substring(0, end));
        if (phrase.isEmpty() || SPACES.split(phrase).length > 60) {
            return Optional.empty();
        }
        List<String> cooperating = cooperatingIn(s.substring(end));
        return Optional.of(new Subject(split(phrase), cooperating, offset + end));
    }

    // compiled once: these run for every subject and list of bodies read
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern COMMA_OR_SPACE = Pattern.compile("[,\\s]");
    private static final Pattern PLURAL = Pattern.compile("(?i)^các\\s+");
    private static final Pattern NAMED_KIND = Pattern.compile("(?i)^(sở|văn phòng|ban|ủy ban|hội đồng|đài|báo)\\b.*");
    private static final Pattern COMMA = Pattern.compile(",\\s*");
    private static final Pattern AND = Pattern.compile("^và\\s+");
    private static final Pattern COMMA_OR_AND = Pattern.compile(",\\s*|\\s+và\\s+");

    /** "phối hợp với các sở, ngành liên quan và địa phương chỉ đạo ..." → [các sở, ngành liên quan, địa phương]. */
    List<String> cooperatingIn(String text) {
        // the phrase must start within 40 characters; it is short, so the scan need not go further than this
        int first = text.indexOf("hối hợp") - 1; // "phối hợp", or "Phối hợp" opening a bullet
        if (first < 0 || first > 40) {
            return List.of();
        }
        Matcher m = COOPERATE
                .matcher(text)
                .region(first, Math.min(text.length(), 200))
                .useTransparentBounds(true);
        if (!m.find() || m.start() > 40) {
            return List.of();
        }
        String rest = text.substring(m.end());
        if (opensWithPredicate(rest)) {
            return List.of(); // "phối hợp tuyên truyền, vận động ...": working together, with no one named
        }
        int limit = Math.min(rest.length(), 250);
        int end = limit;
        int colon = rest.indexOf(':');
        int pred = predicateStart(rest, limit);
        if (pred >= 0) {
            end = Math.min(end, pred);
        }
        int stop = firstOf(rest, limit, ";", ".", "(", " để ", " trong ", " nhằm ", " theo ");
        if (stop >= 0) {
            end = Math.min(end, stop);
        }
        boolean kindList = colon >= 0 && colon < end && isKindList(rest.substring(0, colon));
        if (colon >= 0 && colon < end && !kindList) {
            end = colon; // "phối hợp với các cơ quan liên quan, các địa phương: Tiếp tục ...": the colon ends the
            // bodies
        }
        String phrase = rest.substring(0, end);
        if (kindList) {
            // "với các Sở, ngành: Tư pháp, Thông tin và Truyền thông" → one body per name after the colon
            String[] kindWords = COMMA_OR_SPACE.split(
                    PLURAL.matcher(phrase.substring(0, colon)).replaceFirst(""));
            String kind = kindWords.length == 0 ? "" : kindWords[0]; // "," alone splits into nothing
            List<String> out = new ArrayList<>();
            for (String name : splitList(phrase.substring(colon + 1))) {
                out.add(NAMED_KIND.matcher(name).matches() ? name : capitalize(kind) + " " + name);
            }
            return out;
        }
        phrase = trimPhrase(phrase);
        return phrase.isEmpty() ? List.of() : split(phrase);
    }

    private static List<String> splitList(String s) {
        List<String> out = new ArrayList<>();
        for (String part : COMMA.split(s)) {
            String p = trimPhrase(AND.matcher(part).replaceFirst(""));
            if (!p.isEmpty()) {
                out.add(p);
            }
        }
        return out;
    }

    private static String capitalize(String w) {
        return w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    private static int firstOf(String s, int limit, String... needles) {
        int best = -1;
        for (String n : needles) {
            int at = s.indexOf(n);
            if (at >= 0 && at < limit && (best < 0 || at < best)) {
                best = at;
            }
        }
        return best;
    }

    /** Where the predicate begins: the first lower-case predicate starter at a word boundary. */
    int predicateStart(String text, int limit) {
        return predicateStart(text, 1, limit);
    }

    private int predicateStart(String text, int from, int limit) {
        // one pass over the words: at each word that follows a space, try only the starters beginning with it
        int n = Math.min(text.length(), limit);
        for (int at = Math.max(1, from); at < n; at++) {
            if (text.charAt(at - 1) != ' ' || !Character.isLetter(text.charAt(at))) {
                continue;
            }
            int wordEnd = at;
            while (wordEnd < text.length() && Character.isLetter(text.charAt(wordEnd))) {
                wordEnd++;
            }
            List<String> candidates = startersByFirstWord.get(text.substring(at, wordEnd));
            if (candidates == null) {
                continue;
            }
            if (at >= 5 && (text.startsWith("các ", at - 4) || text.startsWith("những ", Math.max(0, at - 6)))) {
                continue; // "và các tổ chức chính trị - xã hội": after a plural word the starter is a noun
            }
            for (String p : candidates) {
                int end = at + p.length();
                if (text.startsWith(p, at) && (end >= text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
                    return at - 1;
                }
            }
        }
        return -1;
    }

    /**
     * Where the subject at the start of {@code s} ends: the first predicate starter that does not name one more
     * kind of body in a plural list ("Các tổ chức đoàn thể", "Các cấp ủy, tổ chức đảng, cơ quan, đơn vị xây dựng ...":
     * "tổ chức" there is a noun, not the verb).
     */
    int subjectEnd(String s, int limit) {
        String lower = s.length() > 8 ? s.substring(0, 8).toLowerCase(Locale.ROOT) : s.toLowerCase(Locale.ROOT);
        boolean plural =
                lower.startsWith("các ") && followedByCollective(s.substring(4).toLowerCase(Locale.ROOT));
        int from = 1;
        while (true) {
            int p = predicateStart(s, from, limit);
            if (p < 0) {
                return -1;
            }
            int word = p + 1;
            boolean afterCac = word >= 4 && s.regionMatches(true, word - 4, "các ", 0, 4);
            boolean listItem = plural && word >= 2 && s.startsWith(", ", word - 2);
            if (!(afterCac || listItem)
                    || !followedByCollective(
                            s.substring(word, Math.min(s.length(), word + 30)).toLowerCase(Locale.ROOT))) {
                return p;
            }
            from = word + 1;
        }
    }

    /** Whether {@code s} begins with a predicate starter ("hỗ trợ", "tuyên truyền"). */
    private boolean opensWithPredicate(String s) {
        int wordEnd = 0;
        while (wordEnd < s.length() && Character.isLetter(s.charAt(wordEnd))) {
            wordEnd++;
        }
        List<String> candidates = startersByFirstWord.get(s.substring(0, wordEnd));
        if (candidates != null) {
            for (String p : candidates) {
                if (s.startsWith(p) && (p.length() == s.length() || !Character.isLetterOrDigit(s.charAt(p.length())))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "các Sở, ngành" before a colon: kinds of bodies whose names follow ("các Sở, ngành: Tư pháp, Tài chính"). */
    private boolean isKindList(String s) {
        String t = s.strip().toLowerCase(Locale.ROOT);
        if (t.startsWith("các ")) {
            t = t.substring(4);
        }
        for (String part : COMMA_OR_AND.split(t)) {
            String p = part.strip();
            if (p.isEmpty() || !lexicon.collectiveNouns().contains(p)) {
                return false;
            }
        }
        return !t.isBlank();
    }

    /** True when {@code s} begins with the name of a body: a head word ("Sở", "Các sở", "Ngành") not vetoed. */
    boolean startsWithActor(String s) {
        if (s == null || s.isEmpty() || !Character.isUpperCase(s.codePointAt(0))) {
            return false;
        }
        for (String v : lexicon.actorVetoes()) {
            if (s.startsWith(v)) {
                return false;
            }
        }
        // compared without lower-casing the sentence: the heads are lower case, the letters map one to one
        int n = Math.min(s.length(), 60);
        for (String k : headsByFirst.candidates(s)) {
            int len = k.length();
            if (len <= n
                    && s.regionMatches(true, 0, k, 0, len)
                    && (n == len || !Character.isLetterOrDigit(s.charAt(len)))) {
                if (k.equals("các") || k.equals("mỗi") || k.equals("từng")) {
                    return followedByCollective(
                            s.substring(len, n).toLowerCase(Locale.ROOT).strip());
                }
                return true;
            }
        }
        return false;
    }

    private boolean followedByCollective(String rest) {
        for (String c : lexicon.collectiveNouns()) {
            if (rest.startsWith(c) && (rest.length() == c.length() || !Character.isLetter(rest.charAt(c.length())))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Splits a list of bodies where a new body begins: "Sở Giáo dục và Đào tạo, các địa phương" → two,
     * "Các sở, ban, ngành, địa phương" → one (a collective list), "A, B và các địa phương" → three.
     */
    List<String> split(String phrase) {
        List<String> out = new ArrayList<>();
        String p = trimPhrase(PARENTHESIZED.matcher(phrase).replaceAll(", $1"));
        int start = 0;
        int i = 0;
        while (i < p.length()) {
            int sepLen = separatorAt(p, i);
            if (sepLen > 0) {
                String next = p.substring(i + sepLen);
                if (startsNewBody(p.substring(start, i), next, sepLen == 4)) {
                    add(out, p.substring(start, i));
                    start = i + sepLen;
                    i = start;
                    continue;
                }
            }
            i++;
        }
        add(out, p.substring(start));
        return out;
    }

    private static int separatorAt(String p, int i) {
        if (p.startsWith(", ", i)) {
            return 2;
        }
        if (p.startsWith(" và ", i)) {
            return 4;
        }
        if (p.startsWith("; ", i)) {
            return 2;
        }
        return 0;
    }

    /**
     * Whether {@code next} (after a comma or "và") names another body than {@code current}: a capitalised body
     * ("Sở Tư pháp", "UBND ...") always does; "các địa phương" does; a bare "đơn vị", "địa phương" does after a
     * named body or after "và" but continues a collective list ("Các sở, ban, ngành, địa phương").
     */
    private boolean startsNewBody(String current, String next, boolean and) {
        if (next.isEmpty()) {
            return false;
        }
        if (Character.isUpperCase(next.codePointAt(0))) {
            return startsWithActor(next) && !next.startsWith("Các ")
                    || next.startsWith("UBND")
                    || next.startsWith("Ủy ban")
                    || next.startsWith("Thủ trưởng")
                    || next.startsWith("Chủ tịch")
                    || next.startsWith("Giám đốc");
        }
        String lower = next.toLowerCase(Locale.ROOT);
        if (lower.startsWith("các ")) {
            return followedByCollective(lower.substring(4)) || lower.startsWith("các cơ quan");
        }
        String cur = current.toLowerCase(Locale.ROOT);
        boolean collective = cur.startsWith("các ") || cur.startsWith("mỗi ") || cur.contains(" các ");
        return (and || !collective) && (lower.startsWith("đơn vị") || lower.startsWith("địa phương"));
    }

    private static void add(List<String> out, String part) {
        String t = trimPhrase(part);
        if (!t.isEmpty()) {
            out.add(t);
        }
    }

    /** Without leading connectors and trailing punctuation. */
    static String trimPhrase(String s) {
        String t = LEADING_CONNECTOR.matcher(s.strip()).replaceFirst("");
        int e = t.length();
        while (e > 0 && (Character.isWhitespace(t.charAt(e - 1)) || ",;:.-–".indexOf(t.charAt(e - 1)) >= 0)) {
            e--;
        }
        return t.substring(0, e).strip();
    }

    /** "Giám đốc các sở" → "các sở", "Chủ tịch UBND các huyện" → "UBND các huyện": the body, not its head. */
    static String bodyOf(String who) {
        for (String t : LEADER_TITLES) {
            if (who.startsWith(t + " ")) {
                String rest = who.substring(t.length() + 1).strip();
                if (rest.startsWith("các ") || (!rest.isEmpty() && Character.isUpperCase(rest.codePointAt(0)))) {
                    return rest;
                }
            }
        }
        return who;
    }
}
