package vn.dondoc.app.calendar;

import java.util.Map;
import org.springframework.stereotype.Component;
import vn.dondoc.app.web.HtmlPdf;

/** The program as PDF: the printable page (calendar/print.html with print.css), through {@link HtmlPdf}. */
@Component
class PdfWriter {
    private final HtmlPdf pdf;

    PdfWriter(HtmlPdf pdf) {
        this.pdf = pdf;
    }

    byte[] write(ProgramLayout p) {
        return pdf.render("calendar/print", Map.of("p", p));
    }
}
