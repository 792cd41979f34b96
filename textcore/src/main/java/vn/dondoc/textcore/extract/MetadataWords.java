package vn.dondoc.textcore.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import vn.dondoc.textcore.format.Lexicon;
import vn.dondoc.textcore.format.WordLists;
import vn.dondoc.textcore.model.DocumentType;

/**
 * What the metadata readers share: the motto, authority prefixes, signers' positions, the bodies an issuer's name
 * opens with, the type a type word names.
 */
final class MetadataWords {

    /** The national or Party motto, also as OCR prints it without some marks ("CONG HOA XÃ HOI"). */
    static final Pattern MOTTO = Pattern.compile(
            "(?i)(C[ỘO]NG H(?:[ÒO]A|O[ÀA]) X[ÃA] H[ỘO]I(?: CH[ỦU] NGH[ĨI]A VI[ỆE]T NAM)?|ĐẢNG CỘNG SẢN VIỆT NAM)");
    /** "TM. ỦY BAN NHÂN DÂN", "KT. GIÁM ĐỐC", "TL/ CHỦ TỊCH": a signature's authority line, prefix and words. */
    static final Pattern AUTHORITY =
            Pattern.compile("^(TM|T/M|T\\.M|KT|K/T|TL|T/L|TUQ|Q|TM\\s*/)\\s*[./]?\\s+(\\S.*)$");
    /** "Văn phòng UBND tỉnh Gia Lai vừa có Công văn truyền đạt ...": a portal's news of a document it relays. */
    static final Pattern RELAYS = Pattern.compile(
            "^(\\p{Lu}[^,;.:]{3,100}?)\\s+(?:vừa|đã)\\s+(?:có|ban hành|gửi)\\s+"
                    + "(Công văn|Kế hoạch|Thông báo|Quyết định|Chỉ thị|Báo cáo|Hướng dẫn|Chương trình|Công điện)\\b",
            Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);

    private static final Pattern DEPUTY = Pattern.compile("^PHÓ\\s+");
    /** Signers' positions, upper case, from {@code lexicon/signer-positions.txt}. */
    private static final List<String> POSITIONS = WordLists.upper("signer-positions.txt");
    /** Levels of administration a place name follows, lower case, from {@code lexicon/place-levels.tsv}. */
    static final List<String> PLACE_LEVELS = WordLists.where("place-levels.tsv", v -> true);
    /** The levels under a province ("huyện", "thành phố", "xã"), lower case. */
    static final List<String> LOCAL_LEVELS = WordLists.where("place-levels.tsv", "local"::equals);

    private MetadataWords() {}

    /** "GIÁM ĐỐC", "PHÓ CHỦ TỊCH UBND TỈNH": an upper-case line that opens with a signer's position. */
    static boolean isPosition(String upper) {
        String t = DEPUTY.matcher(upper).replaceFirst("");
        return POSITIONS.stream().anyMatch(t::startsWith);
    }

    /** "ỦY BAN NHÂN DÂN ...", "Sở Y tế": a line that opens with the head word of a body (case aside). */
    static boolean startsWithOrgHead(Lexicon lexicon, String upperLine) {
        // only as much of the line as the longest head and the space after it: the header's reader asks this of
        // every word's rest of the line
        int n = Math.min(upperLine.length(), lexicon.longestActorHead() + 1);
        String l = upperLine.substring(0, n).toLowerCase(Locale.ROOT);
        for (String k : lexicon.actorHeadsLower()) {
            // l.startsWith(k + " ") || l.equals(k), without building k + " " for every head
            if (l.startsWith(k) && (l.length() == k.length() || l.charAt(k.length()) == ' ')) {
                return true;
            }
        }
        return false;
    }

    /** A capitalised phrase that opens with the head word of a body. */
    static boolean startsWithActor(Lexicon lexicon, String phrase) {
        if (phrase == null || phrase.isBlank() || !Character.isUpperCase(phrase.codePointAt(0))) {
            return false;
        }
        return startsWithOrgHead(lexicon, phrase);
    }

    /** The type a type word names ("Kế hoạch", "luật"), case aside; null when it is none. */
    static DocumentType typeOfWord(Lexicon lexicon, String word) {
        String w = word.toLowerCase(Locale.ROOT);
        String code = lexicon.typeWordsLower().get(w);
        return code == null ? null : DocumentType.valueOf(code);
    }
}
