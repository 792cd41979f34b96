package vn.dondoc.app.web;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * A printable page as PDF: a Thymeleaf template (with {@code print.css}, linked relatively) rendered by
 * openhtmltopdf, with DejaVu Serif embedded (Bitstream Vera licence, fonts/DejaVu-LICENSE.txt) so Vietnamese
 * renders on any machine and the text can be selected and copied. The calendar's program and the review report
 * both print through here.
 */
@Component
public class HtmlPdf {
    public static final String FONT_FAMILY = "DejaVu Serif";
    private final ITemplateEngine templates;

    HtmlPdf(ITemplateEngine templates) {
        this.templates = templates;
    }

    /** The template rendered with {@code vars} (and {@code pdf = true}) in Vietnamese, as PDF bytes. */
    public byte[] render(String template, Map<String, Object> vars) {
        Context ctx = new Context(WebConfig.VI, vars);
        ctx.setVariable("pdf", true);
        String html = templates.process(template, ctx);
        // openhtmltopdf reads XML: jsoup turns the HTML5 page into a DOM it accepts
        org.w3c.dom.Document dom = new W3CDom().fromJsoup(Jsoup.parse(html));
        String base =
                HtmlPdf.class.getResource("/static/print.css").toExternalForm().replace("print.css", "");
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder b = new PdfRendererBuilder();
            b.useFastMode();
            b.useFont(() -> font("DejaVuSerif.ttf"), FONT_FAMILY, 400, FontStyle.NORMAL, true);
            b.useFont(() -> font("DejaVuSerif-Bold.ttf"), FONT_FAMILY, 700, FontStyle.NORMAL, true);
            b.useFont(() -> font("DejaVuSerif-Italic.ttf"), FONT_FAMILY, 400, FontStyle.ITALIC, true);
            b.useFont(() -> font("DejaVuSerif-BoldItalic.ttf"), FONT_FAMILY, 700, FontStyle.ITALIC, true);
            b.withW3cDocument(dom, base);
            b.toStream(out);
            b.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream font(String name) {
        return HtmlPdf.class.getResourceAsStream("/fonts/" + name);
    }
}
