package vn.dondoc.app.check;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.dondoc.app.web.Messages;
import vn.dondoc.domain.check.DocumentChecks;
import vn.dondoc.domain.check.FigureCheck;
import vn.dondoc.domain.document.Documents;
import vn.dondoc.domain.target.Targets;
import vn.dondoc.textcore.DocumentPipeline;
import vn.dondoc.textcore.format.VietnameseNumbers;

/** The arithmetic checks of a document, each with its message in Vietnamese, for the API and the pages. */
@Component
public class FigureChecks {
    private final DocumentChecks checks;
    private final Messages messages;

    FigureChecks(Documents documents, Targets targets, DocumentPipeline pipeline, Messages messages) {
        this.checks = new DocumentChecks(documents, targets, pipeline);
        this.messages = messages;
    }

    /** {@code expected} and {@code stated} as numbers; {@code message} says, with the figures, what was found. */
    public record CheckView(
            String kind,
            String anchor,
            Double expected,
            Double stated,
            boolean consistent,
            String indicator,
            Integer start,
            Integer end,
            String message) {}

    public List<CheckView> of(long documentId) {
        return checks.of(documentId).stream().map(this::view).toList();
    }

    /** The checks of a file under review, before it is stored. */
    public List<CheckView> ofText(String sourceName, String text, Integer year) {
        return checks.ofText(sourceName, text, year).stream().map(this::view).toList();
    }

    private CheckView view(FigureCheck c) {
        String key = "check." + c.kind() + (c.consistent() ? ".ok" : ".bad");
        String message =
                messages.get(key, fmt(c.expected()), fmt(c.stated()), c.indicator() == null ? "" : c.indicator());
        return new CheckView(
                c.kind().name(),
                c.anchor(),
                c.expected(),
                c.stated(),
                c.consistent(),
                c.indicator(),
                c.start(),
                c.end(),
                message);
    }

    private static String fmt(Double v) {
        return v == null ? "" : VietnameseNumbers.format(v);
    }
}
