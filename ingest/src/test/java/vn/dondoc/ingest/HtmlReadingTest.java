package vn.dondoc.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.dondoc.ingest.encoding.LegacyEncoding;

class HtmlReadingTest {
    private final DocumentReader reader = new DocumentReader();

    private static final String MENU = "<div id=\"menu\"><a href=\"/\">Trang chủ</a> | <a href=\"/tt\">Tin tức</a> | "
            + "<a href=\"/vb\">Văn bản</a></div><div class=\"login-box\">Bạn Chưa Đăng Nhập Thành Viên! "
            + "<a href=\"/dn\">Đăng nhập</a> | <a href=\"/dk\">Đăng ký</a></div>";

    @Test
    void documentOnAPortalPageKeepsItsLinesTablesAndBreaks() throws Exception {
        String html = "<html><head><title>x</title><script>alert('Số: 1')</script><style>p{}</style></head><body>"
                + MENU
                + "<div class=\"main\"><div class=\"content-header\"><table><tr><td>ỦY BAN NHÂN DÂN<br>TỈNH HÀ TĨNH</td>"
                + "<td>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</td></tr></table></div>"
                + "<p>Số: 64/CTr-UBND</p><h2>CHƯƠNG   TRÌNH\n HÀNH ĐỘNG</h2>"
                + "<table><thead><tr><th>Ngày</th><th>Nội dung</th><th>Chủ trì</th></tr></thead>"
                + "<tbody><tr><td>04</td><td><p>Sáng: Họp</p><p>Chiều: Làm việc</p></td><td>Đ/c Lạc - GD</td></tr></tbody></table>"
                + "<p><b>Nơi nhận:</b><br>- Như trên;<br>- Lưu: VT.</p></div>"
                + "<div class=\"footer\">© Sở Lao động. Địa chỉ: 14 Nguyễn Chí Thanh. Điện thoại: 0239 3855 000</div>"
                + "</body></html>";
        ReadResult result = reader.read("vb.html", html.getBytes(StandardCharsets.UTF_8));
        assertThat(result.format()).isEqualTo(SourceFormat.HTML);
        assertThat(result.text().split("\n"))
                .containsExactly(
                        "ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc",
                        "Số: 64/CTr-UBND",
                        "CHƯƠNG TRÌNH HÀNH ĐỘNG",
                        "Ngày\tNội dung\tChủ trì",
                        "04\tSáng: Họp Chiều: Làm việc\tĐ/c Lạc - GD",
                        "Nơi nhận:",
                        "- Như trên;",
                        "- Lưu: VT.");
        assertThat(result.diagnostics()).isEmpty();
    }

    @Test
    void pageWithoutADocumentIsRefused() {
        String html = "<!DOCTYPE html><html><body>" + MENU
                + "<div class=\"news\"><a href=\"/1\">Hội nghị sơ kết 6 tháng</a><a href=\"/2\">Tập huấn công tác</a></div>"
                + "<p>Chào mừng bạn đến với cổng thông tin.</p><footer>Bản quyền 2021</footer></body></html>";
        assertThatThrownBy(() -> reader.read("trang-chu.html", html.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("trang-chu.html: trang web không chứa văn bản");
    }

    @Test
    void loginPageIsRefused() {
        String html = "<html><body><form><h2>Đăng nhập hệ thống</h2>Tên đăng nhập <input name=u><br>Mật khẩu "
                + "<input type=password><br><button>Đăng nhập</button> <a href=#>Quên mật khẩu?</a></form></body></html>";
        assertThatThrownBy(() -> reader.read("login.html", html.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageEndingWith("trang web không chứa văn bản");
    }

    @Test
    void articleWithoutDocumentMarkersFallsBackToTheDensestBlock() throws Exception {
        String paragraph = "Sáng ngày 5/7, Sở Lao động - Thương binh và Xã hội tổ chức hội nghị đánh giá kết quả "
                + "thực hiện nhiệm vụ 6 tháng đầu năm và triển khai nhiệm vụ 6 tháng cuối năm 2020.";
        String html = "<html><body>" + MENU + "<div class=\"sidebar\"><ul><li><a href=\"/a\">Tin cũ một</a></li>"
                + "<li><a href=\"/b\">Tin cũ hai</a></li></ul></div><div class=\"wrap\"><div class=\"article\">"
                + "<h1>Hội nghị sơ kết</h1><p>" + paragraph + "</p><p>" + paragraph + "</p></div>"
                + "<div class=\"tags\"><a href=\"/t\">lao động</a></div></div></body></html>";
        ReadResult result = reader.read("tin.html", html.getBytes(StandardCharsets.UTF_8));
        assertThat(result.text().split("\n")).containsExactly("Hội nghị sơ kết", paragraph, paragraph);
        assertThat(result.has(Diagnostics.HTML_NO_DOCUMENT_MARKERS)).isTrue();
    }

    @Test
    void charsetDeclaredInAMetaTagIsUsed() throws Exception {
        String body = "<p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p><p>Số: 12/KH-UBND</p><p>Kế hoạch triển khai</p>";
        String html =
                "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"></head><body>"
                        + body + "</body></html>";
        // windows-1252 cannot hold most Vietnamese letters: write the TCVN3 bytes an old page in .VnTime used.
        String legacy =
                "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"></head><body>"
                        + "<font face=\".VnTime\"><p>"
                        + LegacyEncoding.TCVN3.fromUnicode("Thông báo kết luận của Giám đốc Sở")
                        + "</p><p>" + LegacyEncoding.TCVN3.fromUnicode("Số: 309/TB-SLĐTBXH ngày 14 tháng 7 năm 2020")
                        + "</p>"
                        + "<p>" + LegacyEncoding.TCVN3.fromUnicode("Nơi nhận: các phòng, đơn vị trực thuộc")
                        + "</p></font></body></html>";
        ReadResult result = reader.read("cu.htm", legacy.getBytes(Charset.forName("windows-1252")));
        assertThat(result.text().split("\n"))
                .containsExactly(
                        "Thông báo kết luận của Giám đốc Sở",
                        "Số: 309/TB-SLĐTBXH ngày 14 tháng 7 năm 2020",
                        "Nơi nhận: các phòng, đơn vị trực thuộc");
        assertThat(result.has(Diagnostics.LEGACY_ENCODING_CONVERTED)).isTrue();
        assertThat(html).contains(body); // the plain page for contrast reads as UTF-8 below
        assertThat(reader.read("moi.html", html.replace("windows-1252", "utf-8").getBytes(StandardCharsets.UTF_8))
                        .text())
                .isEqualTo("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 12/KH-UBND\nKế hoạch triển khai");
    }

    @Test
    void preformattedTextKeepsItsLines() throws Exception {
        String html =
                "<html><body><pre>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 5/TB\n\nNơi nhận:  - Lưu</pre></body></html>";
        assertThat(reader.read("p.html", html.getBytes(StandardCharsets.UTF_8)).text())
                .isEqualTo("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 5/TB\nNơi nhận:  - Lưu");
    }

    @Test
    void aParagraphThatHappensToHoldTheMarkersDoesNotHideTheRestOfTheDocument() throws Exception {
        String html = "<html><body>" + MENU + "<div class=\"content\">"
                + "<p>QUỐC HỘI</p><p>LUẬT CẠNH TRANH</p>"
                + "<p>Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam; căn cứ Luật tổ chức Quốc hội;</p>"
                + "<p>Quốc hội ban hành Luật Cạnh tranh.</p><p>Chương I</p><p>NHỮNG QUY ĐỊNH CHUNG</p>"
                + "<p>Điều 1. Phạm vi điều chỉnh của Luật này gồm hành vi hạn chế cạnh tranh và tập trung kinh tế.</p>"
                + "<p>Điều 2. Đối tượng áp dụng là tổ chức, cá nhân kinh doanh và cơ quan, tổ chức, cá nhân liên quan.</p>"
                + "</div></body></html>";
        ReadResult result = reader.read("luat.html", html.getBytes(StandardCharsets.UTF_8));
        assertThat(result.text().split("\n")).hasSize(8).startsWith("QUỐC HỘI", "LUẬT CẠNH TRANH");
    }

    @Test
    void documentSentencesAboutLoggingInStayWhileLoginPromptsGo() throws Exception {
        String html =
                "<html><body><div class=\"box\"><b>Bạn Chưa Đăng Nhập Thành Viên!</b></div><div><a href=#>Đăng nhập</a></div>"
                        + "<div class=\"doc\"><p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p><p>Số: 99/2025/QĐ-UBND</p>"
                        + "<p>b) Sử dụng bất hợp pháp tài khoản đăng nhập, chữ ký số được cấp cho tổ chức;</p>"
                        + "<p>trường hợp bị lộ hoặc quên mật khẩu, cần phải thông báo với Sở;</p><p>đăng ký thuế;</p>"
                        + "<p>Nơi nhận:</p></div></body></html>";
        ReadResult result = reader.read("qd.html", html.getBytes(StandardCharsets.UTF_8));
        assertThat(result.text().split("\n"))
                .containsExactly(
                        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                        "Số: 99/2025/QĐ-UBND",
                        "b) Sử dụng bất hợp pháp tài khoản đăng nhập, chữ ký số được cấp cho tổ chức;",
                        "trường hợp bị lộ hoặc quên mật khẩu, cần phải thông báo với Sở;",
                        "đăng ký thuế;",
                        "Nơi nhận:");
    }
}
