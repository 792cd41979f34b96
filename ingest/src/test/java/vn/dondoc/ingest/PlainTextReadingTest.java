package vn.dondoc.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import vn.dondoc.ingest.encoding.LegacyEncoding;

class PlainTextReadingTest {
    private static final String TEXT = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            + "Số: 309/TB-SLĐTBXH\nHà Tĩnh, ngày 14 tháng 7 năm 2020\nThông báo kết luận của Giám đốc Sở về kết quả "
            + "thực hiện công tác lao động, người có công và xã hội 6 tháng đầu năm.\n";
    private final DocumentReader reader = new DocumentReader();

    @Test
    void utf8WithAndWithoutByteOrderMark() throws Exception {
        byte[] plain = TEXT.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, plain);
        assertThat(reader.read("a.txt", plain).text()).isEqualTo(TEXT);
        ReadResult bom = reader.read("b.txt", withBom);
        assertThat(bom.text()).isEqualTo(TEXT);
        assertThat(bom.diagnostics()).isEmpty();
    }

    @Test
    void utf16WithByteOrderMarkInBothByteOrders() throws Exception {
        // Java's "UTF-16" encoder writes a big-endian BOM; LE is built by hand.
        assertThat(reader.read("be.txt", TEXT.getBytes(StandardCharsets.UTF_16)).text())
                .isEqualTo(TEXT);
        byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, TEXT.getBytes(StandardCharsets.UTF_16LE));
        assertThat(reader.read("le.txt", le).text()).isEqualTo(TEXT);
    }

    @Test
    void utf16WithoutByteOrderMarkIsRecognisedFromItsBytes() throws Exception {
        ReadResult le = reader.read("le.txt", TEXT.getBytes(StandardCharsets.UTF_16LE));
        ReadResult be = reader.read("be.txt", TEXT.getBytes(StandardCharsets.UTF_16BE));
        assertThat(le.text()).isEqualTo(TEXT);
        assertThat(be.text()).isEqualTo(TEXT);
        assertThat(le.has(Diagnostics.TEXT_ENCODING)).isTrue();
    }

    @Test
    void windows1258IsUsedWhenBytesAreNotUtf8() throws Exception {
        // Windows-1258 writes tones as combining marks after the base letter: decompose first.
        Charset cp1258 = Charset.forName("windows-1258");
        StringBuilder decomposed = new StringBuilder();
        for (char c : TEXT.toCharArray()) {
            String nfd = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            String tone = nfd.replaceAll("[^\u0300\u0301\u0303\u0309\u0323]", "");
            String base =
                    Normalizer.normalize(nfd.replaceAll("[\u0300\u0301\u0303\u0309\u0323]", ""), Normalizer.Form.NFC);
            decomposed.append(base).append(tone);
        }
        assertThat(cp1258.newEncoder().canEncode(decomposed)).isTrue();
        ByteBuffer bytes = cp1258.newEncoder().encode(java.nio.CharBuffer.wrap(decomposed));
        byte[] b = new byte[bytes.remaining()];
        bytes.get(b);
        ReadResult result = reader.read("cp1258.txt", b);
        assertThat(result.text()).isEqualTo(TEXT);
        assertThat(result.has(Diagnostics.TEXT_ENCODING)).isTrue();
        assertThat(result.diagnostics().get(0).message()).contains("Windows-1258");
    }

    @Test
    void tcvn3BytesBecomeUnicode() throws Exception {
        String lower =
                "Thông báo kết luận của Giám đốc Sở về kết quả thực hiện công tác lao động, người có công và xã hội.";
        byte[] bytes = LegacyEncoding.TCVN3.fromUnicode(lower).getBytes(StandardCharsets.ISO_8859_1);
        ReadResult result = reader.read("cu.txt", bytes);
        assertThat(result.text()).isEqualTo(lower);
        assertThat(result.has(Diagnostics.LEGACY_ENCODING_CONVERTED)).isTrue();
        assertThat(result.diagnostics().stream()
                        .filter(d -> d.code().equals(Diagnostics.LEGACY_ENCODING_CONVERTED))
                        .findFirst()
                        .orElseThrow()
                        .message())
                .contains("TCVN3", "độ tin cậy");
    }

    @Test
    void tcvn3TitleWrittenInAnUpperCaseFontComesBackInCapitals() throws Exception {
        String legacy =
                "CéNG HßA X· HéI CHñ NGHÜA VIÖT NAM\n§éc lËp - Tù do - H¹nh phóc\nHµ TÜnh, ngµy 14 th¸ng 7 n¨m 2020";
        ReadResult result = reader.read("cu.txt", legacy.getBytes(StandardCharsets.ISO_8859_1));
        assertThat(result.text())
                .isEqualTo(
                        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nHà Tĩnh, ngày 14 tháng 7 năm 2020");
    }

    @Test
    void vniBytesBecomeUnicode() throws Exception {
        byte[] bytes = LegacyEncoding.VNI.fromUnicode(TEXT).getBytes(StandardCharsets.ISO_8859_1);
        ReadResult result = reader.read("vni.txt", bytes);
        assertThat(result.text()).isEqualTo(TEXT);
        assertThat(result.has(Diagnostics.LEGACY_ENCODING_CONVERTED)).isTrue();
    }

    @Test
    void mojibakeAlreadyDecodedAsLatin1AndSavedAsUtf8IsRepaired() throws Exception {
        ReadResult vni = reader.read("a.txt", "Xin chaøo caùc baïn".getBytes(StandardCharsets.UTF_8));
        assertThat(vni.text()).isEqualTo("Xin chào các bạn");
        ReadResult tcvn3 = reader.read("b.txt", "Hµ Néi. Th«ng b¸o".getBytes(StandardCharsets.UTF_8));
        assertThat(tcvn3.text()).isEqualTo("Hà Nội. Thông báo");
    }

    @Test
    void utf8ReadAsWindows1252AndSavedAgainIsRepaired() throws Exception {
        // Java's decoder turns the five bytes Windows-1252 leaves undefined into U+FFFD, as many tools do.
        String mojibake = new String(TEXT.getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1252"));
        assertThat(mojibake).contains("Ä\uFFFDá»™c láº­p", "vá»\uFFFD"); // "Độc lập", "về": bytes lost
        ReadResult result = reader.read("web.txt", mojibake.getBytes(StandardCharsets.UTF_8));
        assertThat(result.text()).isEqualTo(TEXT);
        assertThat(result.has(Diagnostics.UTF8_MOJIBAKE_REPAIRED)).isTrue();
        // Latin-1 decoders keep those bytes as C1 controls instead.
        String latin1 = new String(TEXT.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        assertThat(reader.read("web2.txt", latin1.getBytes(StandardCharsets.UTF_8))
                        .text())
                .isEqualTo(TEXT);
        // French in Latin-1 letters stays as it is.
        String french = "Le café est très bon à Paris, où l'été est chaud.";
        assertThat(reader.read("fr.txt", french.getBytes(StandardCharsets.UTF_8))
                        .text())
                .isEqualTo(french);
    }

    @Test
    void textThatLooksBrokenButNoEncodingFixesIsKeptWithADiagnostic() throws Exception {
        String broken = "Ð¥Ñ Ð¾Ð´ Ñ Ð¸Ð¼ Ð¿Ð¾ Ð´Ð¾Ñ Ð¾Ð³Ðµ";
        ReadResult result = reader.read("x.txt", broken.getBytes(StandardCharsets.UTF_8));
        assertThat(result.text()).isEqualTo(broken);
        assertThat(result.has(Diagnostics.LEGACY_ENCODING_UNSURE)).isTrue();
    }

    @Test
    void decomposedInputBecomesNfcAndLineEndsBecomeNewlines() throws Exception {
        String nfd = Normalizer.normalize("Hà Tĩnh\r\nNghị quyết\rSố: 04-NQ/TU\u00A0 \n", Normalizer.Form.NFD);
        ReadResult result = reader.read("nfd.txt", nfd.getBytes(StandardCharsets.UTF_8));
        assertThat(result.text()).isEqualTo("Hà Tĩnh\nNghị quyết\nSố: 04-NQ/TU\u00A0 \n");
        assertThat(Normalizer.isNormalized(result.text(), Normalizer.Form.NFC)).isTrue();
    }

    @Test
    void aFewBadBytesInUtf8AreReplacedNotMistakenForAnotherEncoding() throws Exception {
        byte[] good = TEXT.getBytes(StandardCharsets.UTF_8);
        byte[] damaged = concat(good, new byte[] {(byte) 0xC3});
        damaged = concat(damaged, "\nthêm".getBytes(StandardCharsets.UTF_8));
        ReadResult result = reader.read("d.txt", damaged);
        assertThat(result.text()).startsWith(TEXT.strip()).endsWith("thêm");
        assertThat(result.has(Diagnostics.INVALID_BYTES)).isTrue();
    }

    @Test
    void controlCharactersAreDroppedWithADiagnostic() throws Exception {
        ReadResult result = reader.read("c.txt", "Kế\u0007 hoạch\u0001".getBytes(StandardCharsets.UTF_8));
        assertThat(result.text()).isEqualTo("Kế hoạch");
        assertThat(result.has(Diagnostics.CONTROL_CHARS_REMOVED)).isTrue();
    }

    @Test
    void tabsOfTableRowsSurviveEvenAtTheEndOfALine() throws Exception {
        ReadResult result =
                reader.read("t.txt", "02-03\tNghỉ Thứ bảy, Chủ nhật\t\t\n".getBytes(StandardCharsets.UTF_8));
        assertThat(result.text()).isEqualTo("02-03\tNghỉ Thứ bảy, Chủ nhật\t\t\n");
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
