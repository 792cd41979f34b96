package vn.dondoc.textcore.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dondoc.textcore.format.DocumentNumber;
import vn.dondoc.textcore.format.Lexicon;
import vn.dondoc.textcore.format.TailPhrases;
import vn.dondoc.textcore.format.VietnameseDates;
import vn.dondoc.textcore.model.DocumentType;
import vn.dondoc.textcore.model.Reference;
import vn.dondoc.textcore.model.Span;

/**
 * Finds every other document the text cites by number, with the type word before it ("Chỉ thị số"),
 * the date after it ("ngày 28/02/2020") and the issuer ("của Ban Thường vụ Tỉnh ủy"). One reference
 * per distinct number; the document's own number is not a reference. Stateless and thread-safe.
 */
public final class ReferenceExtractor {

    private static final TailPhrases NUMBER_LABEL = new TailPhrases(List.of("số hiệu", "số"));
    private static final TailPhrases QUALIFIERS = new TailPhrases(List.of("liên tịch", "hành động"));
    private static final Pattern DATE_AFTER = Pattern.compile(
            "^\\s*,?\\s*(?:ngày|ban hành ngày)\\s+(" + VietnameseDates.NUMERIC_DATE_REGEX + "|"
                    + "\\d{1,2}\\s+tháng\\s+\\d{1,2}\\s+năm\\s+\\d{4})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern ISSUER_AFTER =
            Pattern.compile("^\\s*,?\\s*của\\s+([^;,.()\\n\\t“\"]{2,120})", Pattern.UNICODE_CASE);
    private static final Pattern ISSUER_STOP = Pattern.compile(
            "\\s*:.*$|\\s+(về|thực hiện|triển khai|quy định|hướng dẫn|giao|đối với|cho|tại|trong|nhằm|theo|ban hành|phê duyệt|khóa|khoá|"
                    + "(?:và|,)\\s+(?:các\\s+)?(?:Nghị quyết|Nghị định|Quyết định|Chỉ thị|Kết luận|Thông báo|Thông tư|Chương trình|"
                    + "Kế hoạch|Hướng dẫn|Quy định|Quy chế|Công văn|Công điện|Luật|Pháp lệnh|Đề án|Tờ trình|Báo cáo|số))\\b.*$",
            Pattern.UNICODE_CASE);

    private final Lexicon lexicon;

    public ReferenceExtractor(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    public List<Reference> extract(String text, String ownNumber) {
        return extract(text, ownNumber, null);
    }

    /**
     * The document's own number is no reference, wherever it is printed again ("Phụ lục kèm theo Kế hoạch số 235/KH-UBND
     * ngày 18/11/2025"), unless a different date shows another document of the same number.
     */
    public List<Reference> extract(String text, String ownNumber, LocalDate ownDate) {
        String own = ownNumber == null ? null : key(ownNumber);
        Map<String, Reference> byNumber = new LinkedHashMap<>();
        List<DocumentNumber.Found> all = DocumentNumber.findAll(text);
        for (int i = 0; i < all.size(); i++) {
            DocumentNumber.Found f = all.get(i);
            String k = key(f.number().canonical());
            if (k.equals(own) && isOwnNumberLine(text, f.start())) {
                continue;
            }
            if (k.equals(own) && byNumber.isEmpty() && f.start() < 400) {
                continue;
            }
            DocumentType type =
                    typeBefore(text, f.start()).orElse(f.number().type().orElse(null));
            String after = text.substring(f.end(), Math.min(text.length(), f.end() + 200));
            LocalDate date = null;
            Matcher d = DATE_AFTER.matcher(after);
            int issuerFrom = 0;
            if (d.find()) {
                date = VietnameseDates.findFirst(d.group(1), 0)
                        .map(VietnameseDates.Found::date)
                        .orElse(null);
                issuerFrom = d.end();
            }
            if (k.equals(own) && (date == null || ownDate == null || date.equals(ownDate))) {
                continue;
            }
            String issuer = issuerAfter(after.substring(issuerFrom));
            if (issuer == null) {
                issuer = sharedIssuer(text, all, i, type);
            }
            Reference r = new Reference(f.number().canonical(), type, date, issuer, new Span(f.start(), f.end()));
            Reference prev = byNumber.get(k);
            if (prev == null) {
                byNumber.put(k, r);
            } else if (prev.date() == null && date != null || prev.issuer() == null && issuer != null) {
                byNumber.put(
                        k,
                        new Reference(
                                prev.number(),
                                prev.type() != null ? prev.type() : type,
                                prev.date() != null ? prev.date() : date,
                                prev.issuer() != null ? prev.issuer() : issuer,
                                prev.span()));
            }
        }
        return new ArrayList<>(byNumber.values());
    }

    // compiled once: these run for every number the text cites
    private static final Pattern OWN_NUMBER_LABEL = Pattern.compile("(số\\s*:?)?");
    private static final Pattern LIST_JOINT = Pattern.compile("(?s)\\s*(,|và)\\s*[\\p{L} ]{0,25}(số)?\\s*");
    private static final Pattern DATED_TAIL = Pattern.compile("\\s+(năm|ngày)\\s+\\d.*$");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static boolean isOwnNumberLine(String text, int at) {
        int ls = text.lastIndexOf('\n', at - 1) + 1;
        return OWN_NUMBER_LABEL
                .matcher(text.substring(ls, at).strip().toLowerCase(Locale.ROOT))
                .matches();
    }

    /** "Nghị quyết 150/NQ-HĐND, Nghị quyết 151/NQ-HĐND ... của HĐND tỉnh": a list shares its trailing issuer. */
    private String sharedIssuer(String text, List<DocumentNumber.Found> all, int i, DocumentType type) {
        for (int j = i + 1; j < all.size() && j < i + 8; j++) {
            DocumentType next = typeBefore(text, all.get(j).start())
                    .orElse(all.get(j).number().type().orElse(null));
            if (type != null && next != null && next != type) {
                return null; // "Luật ... số 73/2021/QH14 và Nghị định số 116/2021/NĐ-CP của Chính phủ": not one list
            }
            int from = all.get(j - 1).end();
            Matcher dated =
                    DATE_AFTER.matcher(text.substring(from, Math.min(all.get(j).start(), from + 60)));
            if (dated.find()) {
                from += dated.end(); // "số 49/TB-VPCP ngày 07/02/2024 và số 160/TB-VPCP ... của Văn phòng Chính phủ"
            }
            String between = text.substring(from, all.get(j).start());
            if (between.length() > 40 || !LIST_JOINT.matcher(between).matches()) {
                return null;
            }
            String after = text.substring(
                    all.get(j).end(), Math.min(text.length(), all.get(j).end() + 200));
            Matcher d = DATE_AFTER.matcher(after);
            String rest = d.find() ? after.substring(d.end()) : after;
            String issuer = issuerAfter(rest);
            if (issuer != null) {
                return issuer;
            }
        }
        return null;
    }

    private static String issuerAfter(String after) {
        Matcher m = ISSUER_AFTER.matcher(after);
        if (!m.find()) {
            return null;
        }
        String who = ISSUER_STOP.matcher(m.group(1)).replaceFirst("").strip();
        who = DATED_TAIL.matcher(who).replaceFirst("").strip();
        return who.isEmpty() || !Character.isLetter(who.codePointAt(0)) ? null : who;
    }

    /** The type word printed just before a number: "Chỉ thị số 42-CT/TU", "Kết luận 05-CT/TW". */
    private Optional<DocumentType> typeBefore(String text, int at) {
        // the words before the number, without "số:" / "số hiệu" and a trailing "liên tịch" / "hành động"
        String lower = text.substring(Math.max(0, at - 60), at).toLowerCase(Locale.ROOT);
        int end = TailPhrases.skipSpacesBack(lower, lower.length());
        if (end > 0 && lower.charAt(end - 1) == ':') {
            end = TailPhrases.skipSpacesBack(lower, end - 1);
        }
        int label = NUMBER_LABEL.matchStart(lower, end);
        if (label >= 0) {
            end = TailPhrases.skipSpacesBack(lower, label);
        }
        int qualifier = QUALIFIERS.matchStart(lower, end);
        if (qualifier > 0 && Character.isWhitespace(lower.charAt(qualifier - 1))) {
            end = TailPhrases.skipSpacesBack(lower, qualifier);
        }
        lower = lower.substring(0, end);
        for (Map.Entry<String, String> e : lexicon.typeWordsLower().entrySet()) {
            if (lower.endsWith(e.getKey())) {
                return Optional.of(DocumentType.valueOf(e.getValue()));
            }
        }
        return Optional.empty();
    }

    private static String key(String number) {
        return SPACES.matcher(number).replaceAll("").toUpperCase(Locale.ROOT);
    }
}
