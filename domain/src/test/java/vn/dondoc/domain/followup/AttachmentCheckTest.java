package vn.dondoc.domain.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dondoc.domain.common.Outcome;
import vn.dondoc.domain.common.Rejection;

class AttachmentCheckTest {
    private static final byte[] PDF = "%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1);
    private final AttachmentCheck check = new AttachmentCheck(1024, 3);

    private static List<String> codes(Outcome<?> o) {
        return ((Outcome.Rejected<?>) o).reasons().stream().map(Rejection::code).toList();
    }

    @Test
    void aHostileNameLosesItsPathControlAndReservedCharacters() {
        assertThat(AttachmentCheck.cleanName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(AttachmentCheck.cleanName("C:\\Windows\\system32\\evil.pdf")).isEqualTo("evil.pdf");
        assertThat(AttachmentCheck.cleanName("a\r\nContent-Type: x;\".pdf")).isEqualTo("a__Content-Type_ x__.pdf");
        assertThat(AttachmentCheck.cleanName("..\u202Efdp.exe")).isEqualTo("fdp.exe");
        assertThat(AttachmentCheck.cleanName(".htaccess")).isEqualTo("htaccess");
        assertThat(AttachmentCheck.cleanName("   ")).isEqualTo(AttachmentCheck.FALLBACK_NAME);
        assertThat(AttachmentCheck.cleanName(null)).isEqualTo(AttachmentCheck.FALLBACK_NAME);
    }

    @Test
    void aVietnameseNameIsKeptAndALongOneShortenedWithItsExtension() {
        assertThat(AttachmentCheck.cleanName("Báo cáo tiến độ quý II.pdf")).isEqualTo("Báo cáo tiến độ quý II.pdf");
        // decomposed (NFD) as some systems send it: stored composed
        assertThat(AttachmentCheck.cleanName("Ba\u0301o ca\u0301o.pdf")).isEqualTo("Báo cáo.pdf");
        String longName = "x".repeat(400) + ".docx";
        assertThat(AttachmentCheck.cleanName(longName)).hasSize(150).endsWith(".docx");
    }

    @Test
    void theKindComesFromTheBytesAndTheNameEndsWithIt() {
        var ok = check.check(List.of(
                        new Upload("bao-cao.html", PDF),
                        new Upload("so-lieu.csv", "a;b\n1;2\n".getBytes(StandardCharsets.UTF_8))))
                .orElseThrow();
        assertThat(ok)
                .extracting(AttachmentCheck.Accepted::fileName)
                .containsExactly("bao-cao.html.pdf", "so-lieu.csv");
        assertThat(ok)
                .extracting(AttachmentCheck.Accepted::contentType)
                .containsExactly("application/pdf", "text/csv;charset=UTF-8");
    }

    @Test
    void markupProgramsEmptyAndLargeFilesAreRefused() {
        assertThat(codes(check.check(List.of(
                        new Upload("x.txt", "<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8))))))
                .containsExactly("attachment.kind");
        assertThat(codes(check.check(List.of(new Upload("setup.pdf", new byte[] {'M', 'Z', 0, 0, 3, 0})))))
                .containsExactly("attachment.kind");
        assertThat(codes(check.check(List.of(new Upload("a.pdf", new byte[0])))))
                .containsExactly("attachment.empty");
        byte[] big = new byte[1025];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        assertThat(codes(check.check(List.of(new Upload("a.pdf", big))))).containsExactly("attachment.tooLarge");
        assertThat(codes(check.check(List.of(
                        new Upload("1.pdf", PDF),
                        new Upload("2.pdf", PDF),
                        new Upload("3.pdf", PDF),
                        new Upload("4.pdf", PDF)))))
                .containsExactly("attachment.tooMany");
    }
}
