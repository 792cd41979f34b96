package vn.dondoc.textcore.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dondoc.textcore.format.Casing;
import vn.dondoc.textcore.model.Signer;
import vn.dondoc.textcore.model.Span;
import vn.dondoc.textcore.segment.Block;
import vn.dondoc.textcore.segment.BlockKind;

/**
 * Reads the closing part of a document: the signature blocks (authority lines "TM." / "KT." / "TL." / "TUQ.", the
 * position, the signer's name), also when laid out as a table beside "Nơi nhận", and the recipients listed under
 * "Nơi nhận:". Part of {@link MetadataExtractor}; stateless and thread-safe.
 */
final class SignatureReader {

    /** "Nguyễn Trí Lạc", "H'Yim Kđoh", "Y Giang Gry Niê Knơng": capitalised words, an apostrophe after a first capital. */
    private static final Pattern PERSON_NAME = Pattern.compile(
            "^(?:\\p{Lu}(?:['’]\\p{Lu})?[\\p{Ll}\\p{M}]*\\s){1,5}\\p{Lu}(?:['’]\\p{Lu})?[\\p{Ll}\\p{M}]*$");

    private static final Pattern SIGNED_MARK =
            Pattern.compile("\\((?:đã ký|Đã ký|ĐÃ KÝ|ký|Ký)\\)|\\[.*?]|^(?:Đã ký|ĐÃ KÝ)\\s*:?");
    private static final Pattern RECIPIENTS_LABEL = Pattern.compile("(?iu)nơi nhận\\s*(?::|$|\\t)");
    /** A signature line cut after its prefix ("KT." / "TRƯỞNG BAN ...") or after "PHÓ" ("PHÓ" / "TRƯỞNG BAN"). */
    private static final Pattern BARE_PREFIX = Pattern.compile("^(?:T/?M|K/?T|T/?L|TUQ|Q|PHÓ)\\.?$");

    private static final Pattern RECIPIENTS_HEAD = Pattern.compile("(?i)^nơi nhận\\s*:?");
    private static final Pattern ENDS_PUNCTUATED = Pattern.compile("(?s).*[;,.:]$");
    private static final Pattern LIST_MARK = Pattern.compile("^[-+•]\\s*");
    private static final Pattern LIST_TAIL = Pattern.compile("[;,]\\s*$");
    private final Casing casing;

    SignatureReader(Casing casing) {
        this.casing = casing;
    }

    /** Signature blocks: authority lines (TM./KT./TL./TUQ.), the position line, the signer's name. */
    List<Signer> signers(List<Block> blocks) {
        List<String> lines = new ArrayList<>();
        List<Span> spans = new ArrayList<>();
        int recipientsAt = recipientsIndex(blocks);
        // the signature stands by "Nơi nhận", before or after it; appendices may follow for pages
        int from = recipientsAt >= 0 && recipientsAt < blocks.size() - 40
                ? Math.max(0, recipientsAt - 15)
                : Math.max(0, blocks.size() - 40);
        int to = recipientsAt >= 0 ? Math.min(blocks.size(), Math.max(recipientsAt + 45, from + 40)) : blocks.size();
        for (int i = from; i < to; i++) {
            Block b = blocks.get(i);
            if (b.kind() != BlockKind.TABLE_ROW) {
                lines.add(b.text().strip());
                spans.add(b.span());
                continue;
            }
            // a table of signature columns ("Nơi nhận" | "TM. ỦY BAN NHÂN DÂN"): read it column by column
            int end = i;
            while (end < to && blocks.get(end).kind() == BlockKind.TABLE_ROW) {
                end++;
            }
            List<String[]> rows = new ArrayList<>();
            int columns = 0;
            boolean signatureTable = false;
            for (int r = i; r < end; r++) {
                String[] cells = blocks.get(r).text().split("\t");
                rows.add(cells);
                columns = Math.max(columns, cells.length);
                for (String c : cells) {
                    String x = c.strip();
                    signatureTable |= blocks.get(r).closing()
                            || MetadataWords.AUTHORITY.matcher(x).find() && Casing.mostlyUpper(x)
                            || Casing.mostlyUpper(x) && MetadataWords.isPosition(x) && x.length() < 60;
                }
            }
            if (signatureTable) {
                boolean recipientColumn = false;
                for (String[] cells : rows) {
                    String c0 = cells[0].strip();
                    recipientColumn |= c0.startsWith("-") || Casing.startsIgnoreCase(c0, "nơi nhận");
                }
                for (int c = recipientColumn && columns > 1 ? 1 : 0; c < columns; c++) {
                    for (int r = 0; r < rows.size(); r++) {
                        String[] cells = rows.get(r);
                        if (c < cells.length && !cells[c].isBlank()) {
                            lines.add(cells[c].strip());
                            spans.add(blocks.get(i + r).span());
                        }
                    }
                    lines.add("");
                    spans.add(blocks.get(end - 1).span());
                }
            }
            i = end - 1;
        }
        for (int i = lines.size() - 2; i >= 0; i--) {
            if (BARE_PREFIX.matcher(lines.get(i)).matches() && !lines.get(i + 1).isEmpty()) {
                lines.set(i, lines.get(i) + " " + lines.get(i + 1));
                lines.remove(i + 1);
                spans.remove(i + 1);
            }
        }
        List<Signer> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            Matcher a = MetadataWords.AUTHORITY.matcher(l);
            boolean authorityStart = a.find() && Casing.mostlyUpper(a.group(2));
            boolean positionStart =
                    !authorityStart && Casing.mostlyUpper(l) && MetadataWords.isPosition(l) && l.length() < 60;
            if (!authorityStart && !positionStart) {
                continue;
            }
            List<String[]> authorities = new ArrayList<>(); // prefix and the words as printed
            String position = null;
            int authorityLines = 0;
            int j = i;
            while (j < lines.size()) {
                String x = lines.get(j);
                Matcher am = MetadataWords.AUTHORITY.matcher(x);
                String[] last = authorities.isEmpty() ? null : authorities.get(authorities.size() - 1);
                if (am.find() && Casing.mostlyUpper(am.group(2))) {
                    authorities.add(new String[] {am.group(1), am.group(2)});
                    authorityLines++;
                } else if (last != null
                        && position == null
                        && Casing.mostlyUpper(x)
                        && j == i + authorityLines
                        && (last[1].endsWith(",")
                                || last[1].endsWith("-")
                                || !MetadataWords.isPosition(x) && x.split(" ").length <= 2)) {
                    // "TM. ỦY BAN" / "NHÂN DÂN", "KT. BỘ TRƯỞNG," / "CHỦ NHIỆM": the authority line was wrapped
                    last[1] = last[1] + " " + x;
                    authorityLines++;
                } else if (Casing.mostlyUpper(x) && x.length() < 80 && !x.isEmpty()) {
                    position = casing.normal(x);
                } else {
                    break;
                }
                j++;
            }
            String name = null;
            Span nameSpan = spans.get(Math.min(j, spans.size() - 1));
            for (int k = j; k < lines.size() && k < j + 4; k++) {
                String x = SIGNED_MARK.matcher(lines.get(k)).replaceAll("").strip();
                if (x.isEmpty()) {
                    continue;
                }
                if (PERSON_NAME.matcher(x).matches()) {
                    name = x;
                    nameSpan = spans.get(k);
                    j = k + 1;
                }
                break;
            }
            List<String> authorityTexts = new ArrayList<>();
            for (String[] au : authorities) {
                authorityTexts.add(authorityText(au[0], au[1]));
            }
            if (position == null && !authorityTexts.isEmpty()) {
                String lastAuthority = authorityTexts.get(authorityTexts.size() - 1);
                position = lastAuthority.replaceFirst("^\\S+\\s+", "");
            }
            if (name != null || !authorityTexts.isEmpty()) {
                out.add(new Signer(
                        name,
                        position,
                        authorityTexts.isEmpty() ? null : String.join("; ", authorityTexts),
                        new Span(Math.min(spans.get(i).start(), nameSpan.end()), nameSpan.end())));
            }
            i = j - 1;
        }
        return out;
    }

    /** The first "Nơi nhận:" line (not "Nơi nhận hồ sơ: ..." in a body): where the closing part stands. */
    private static int recipientsIndex(List<Block> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            String t = blocks.get(i).text().strip();
            if (Casing.startsIgnoreCase(t, "nơi nhận")
                    && RECIPIENTS_LABEL.matcher(t).lookingAt()) {
                return i;
            }
        }
        return -1;
    }

    private String authorityText(String prefix, String rest) {
        String p = prefix.replace(" ", "");
        if (!p.contains("/") && !p.endsWith(".")) {
            p = p + ".";
        }
        return p + " " + casing.normal(rest.strip().replaceFirst("[,;.]+$", ""));
    }

    /** "Nơi nhận:" followed by "- ...;" lines, one recipient each. */
    static List<String> recipients(List<Block> blocks) {
        List<String> out = new ArrayList<>();
        boolean in = false;
        String lastRaw = "";
        int at = recipientsIndex(blocks);
        for (Block b : at < 0 ? List.<Block>of() : blocks.subList(at, blocks.size())) {
            if (!in && !Casing.startsIgnoreCase(b.text(), "nơi nhận")) {
                continue;
            }
            String t = b.kind() == BlockKind.TABLE_ROW && b.text().indexOf('\t') >= 0
                    ? b.text().substring(0, b.text().indexOf('\t')).strip()
                    : b.text().strip();
            if (!in) {
                if (t.toLowerCase(Locale.ROOT).startsWith("nơi nhận")) {
                    in = true;
                    String rest = RECIPIENTS_HEAD.matcher(t).replaceFirst("").strip();
                    if (!rest.isEmpty()) {
                        out.add(clean(rest));
                        lastRaw = rest;
                    }
                }
                continue;
            }
            if (t.isEmpty()) {
                continue;
            }
            if (t.startsWith("-") || t.startsWith("+") || t.startsWith("•")) {
                out.add(clean(t));
                lastRaw = t;
            } else if (!out.isEmpty()
                    && (Character.isLowerCase(t.codePointAt(0))
                            || !ENDS_PUNCTUATED.matcher(lastRaw).matches()
                                    && !Casing.mostlyUpper(t)
                                    && !MetadataWords.AUTHORITY.matcher(t).find()
                                    && !PERSON_NAME.matcher(t).matches())) {
                // a recipient wrapped over lines: "- Các đồng chí Ủy viên" / "Ban Chấp hành Trung ương Đảng,"
                lastRaw = lastRaw + " " + t;
                out.set(out.size() - 1, clean(lastRaw));
            } else {
                break;
            }
        }
        return out;
    }

    private static String clean(String s) {
        return LIST_TAIL
                .matcher(LIST_MARK.matcher(s).replaceFirst(""))
                .replaceFirst("")
                .strip();
    }
}
