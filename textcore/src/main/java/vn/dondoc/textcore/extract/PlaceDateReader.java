package vn.dondoc.textcore.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dondoc.textcore.format.DocumentNumber;
import vn.dondoc.textcore.format.VietnameseDates;
import vn.dondoc.textcore.segment.Block;

/**
 * Reads where and when a document was signed from its header's place-and-date line: "Hà Tĩnh, ngày 14 tháng 7
 * năm 2020", "TP. Hồ Chí Minh, ngày 05/01/2025", also when a PDF wrapped it or a DOCX header was read as one line.
 * Part of {@link MetadataExtractor}; stateless and thread-safe.
 */
final class PlaceDateReader {

    private static final Pattern PLACE_DATE = Pattern.compile(
            "(?:^|\\t)\\s*([\\p{Lu}][\\p{L}.\\- ]{1,40}?)\\s*,\\s*ngày\\s+(?:(\\S{0,4}?)\\s*tháng\\s+(\\S{0,4}?)\\s*năm\\s+(\\d{4})"
                    + "|(\\d{1,2}/\\d{1,2}/\\d{4}))");
    private static final Pattern PLACE_DATE_INLINE = Pattern.compile(
            "(?<![\\p{L}\\p{N}])((?:\\p{Lu}[\\p{Ll}\\p{M}]*\\.?\\s){0,3}\\p{Lu}[\\p{Ll}\\p{M}]*)\\s*,\\s*ngày\\s+(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+(\\d{4})");
    /** The first part of a place name the PDF put on the line before: "Cao", "Thành phố Hồ Chí". */
    private static final Pattern PLACE_HEAD =
            Pattern.compile("\\p{Lu}[\\p{Ll}\\p{M}.]*(?:\\s(?:\\p{Lu}[\\p{Ll}\\p{M}.]*|phố|xã|trấn)){0,3}");

    record PlaceDate(String place, LocalDate date) {}

    /**
     * "ngày 01/7/2021 UBND huyện đã ban hành Báo cáo Tình hình ...": a portal page's sentence that dates the
     * document it relays, naming its body and its type, then its title; a document cited by its number ("ban hành
     * Công văn số 4357/TCHQ-GSQL") is another document.
     */
    private static final Pattern ISSUED_ON = Pattern.compile(
            "(?<![\\p{L}\\d])[Nn]gày\\s+(\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{4})"
                    + "\\s*,?\\s+(\\p{Lu}[^,;.]{2,120}?)\\s+(?:(?:đã|vừa)\\s+)?ban hành\\s+(\\p{L}+)\\s+(\\p{L}+)(?!\\s+số\\b)");

    record Issued(LocalDate date, String body, String oneWord, String twoWords) {}

    /** The first sentence of the head that says on which day a body issued a document; null when none does. */
    static Issued issuedInSentence(List<Block> head) {
        for (Block b : head) {
            Matcher m = ISSUED_ON.matcher(b.text());
            if (m.find()) {
                LocalDate date = VietnameseDates.parse(m.group(1)).orElse(null);
                if (date != null) {
                    return new Issued(date, m.group(2).strip(), m.group(3), m.group(3) + " " + m.group(4));
                }
            }
        }
        return null;
    }

    /**
     * "Hà Tĩnh, ngày 14 tháng 7 năm 2020", in its own cell of a two-column header ("*\tQuảng Nam, ngày ...") or
     * wrapped by a PDF over two lines: "Hà Nội, ngày" / "26 tháng 11 năm 2025", "Cao" / "Bằng, ngày 28 ...".
     */
    static PlaceDate read(List<Block> head) {
        for (int i = 0; i < head.size(); i++) {
            String t = head.get(i).text();
            if (!t.contains("ngày")) {
                continue;
            }
            Matcher m = PLACE_DATE.matcher(t);
            boolean found = m.find();
            if (!found && i + 1 < head.size() && t.length() < 80) {
                // the date went on to the next line
                t = t.stripTrailing() + " " + head.get(i + 1).text().strip();
                m = PLACE_DATE.matcher(t);
                found = m.find();
            }
            if (!found) {
                continue;
            }
            String place = m.group(1).strip();
            if (!looksLikePlace(place)
                    || m.group(5) != null && m.end() < t.strip().length() - 2) {
                continue; // "Liên quan đến vấn đề này, ngày 9/12/2014 ...": a sentence, not the date line
            }
            if (i > 0 && t.substring(0, m.start(1)).isBlank()) {
                String prev = head.get(i - 1).text().strip();
                if (PLACE_HEAD.matcher(prev).matches()
                        && !MetadataWords.MOTTO.matcher(prev).find()) {
                    place = prev + " " + place; // "Thành phố Hồ Chí" / "Minh, ngày ..."
                }
            }
            LocalDate date = m.group(5) != null
                    ? VietnameseDates.parse(m.group(5)).orElse(null)
                    : VietnameseDates.parse(m.group(2) + "/" + m.group(3) + "/" + m.group(4))
                            .orElse(null);
            return new PlaceDate(place.replaceFirst("^(?i:tại)\\s+", ""), date);
        }
        for (int i = 0; i < head.size() && i < 12; i++) {
            // "Số: 1234/UBND-VX Quảng Trị, ngày 12 tháng 9 năm 2023": a DOCX header read as one line
            String t = head.get(i).text();
            int number = t.indexOf("Số");
            if (number < 0 || t.indexOf("ngày", number) < 0) {
                continue;
            }
            Matcher m = PLACE_DATE_INLINE.matcher(t);
            if (m.find(number)
                    && DocumentNumber.findAll(t.substring(number, m.start())).size() == 1) {
                return new PlaceDate(
                        m.group(1),
                        VietnameseDates.parse(m.group(2) + "/" + m.group(3) + "/" + m.group(4))
                                .orElse(null));
            }
        }
        return null;
    }

    /** "Hà Nội", "Thành phố Hồ Chí Minh", "TP. Hồ Chí Minh": capitalised words, at most one level word in lower case. */
    private static boolean looksLikePlace(String place) {
        if (CalendarWords.weekdayAt(place, 0) != null) {
            return false; // "Thứ Hai, ngày 02/11/2026": a calendar's day, not the place and date of the document
        }
        String[] words = place.split("\\s+");
        int lower = 0;
        for (String w : words) {
            if (!Character.isUpperCase(w.codePointAt(0))) {
                lower++;
            }
        }
        return words.length <= 6 && lower <= 1 && Character.isUpperCase(words[words.length - 1].codePointAt(0));
    }

    /** Whether a header line holds the place and date (the issuer block ends there). */
    static boolean placeDateLine(String text) {
        return PLACE_DATE.matcher(text).find();
    }
}
