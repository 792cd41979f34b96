package vn.dondoc.domain.check;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.dondoc.domain.common.PageRequest;
import vn.dondoc.domain.common.RecordNotFoundException;
import vn.dondoc.domain.common.Texts;
import vn.dondoc.domain.document.Document;
import vn.dondoc.domain.document.Documents;
import vn.dondoc.domain.target.Indicator;
import vn.dondoc.domain.target.Target;
import vn.dondoc.domain.target.Targets;
import vn.dondoc.textcore.DocumentPipeline;
import vn.dondoc.textcore.model.ParsedDocument;

/**
 * The arithmetic checks of a stored document: its text is read again (the stored results keep no denominator)
 * and each stated result is checked against itself and the stored target of its indicator.
 */
public final class DocumentChecks {
    private final Documents documents;
    private final Targets targets;
    private final DocumentPipeline pipeline;

    public DocumentChecks(Documents documents, Targets targets, DocumentPipeline pipeline) {
        this.documents = documents;
        this.targets = targets;
        this.pipeline = pipeline;
    }

    public List<FigureCheck> of(long documentId) {
        Document d = documents.find(documentId).orElseThrow(() -> new RecordNotFoundException("document", documentId));
        return check(
                d.sourceName(),
                d.text(),
                d.issuedOn() == null ? null : d.issuedOn().getYear(),
                documentId);
    }

    /** The checks of a text not stored yet (a file under review); {@code year}: its date's, when known. */
    public List<FigureCheck> ofText(String sourceName, String text, Integer year) {
        return check(sourceName, text, year, -1);
    }

    private List<FigureCheck> check(String sourceName, String text, Integer year, long documentId) {
        ParsedDocument p = pipeline.parse(sourceName, text);
        String y = year == null ? null : String.valueOf(year);
        return FigureChecker.check(p.text(), p.results(), name -> plannedValue(name, y, documentId));
    }

    /**
     * The stored plan of an indicator: a target of another document (this one's own figures are what is
     * checked), same name, for the document's year when there is one, else the latest stored.
     */
    Optional<Double> plannedValue(String indicatorName, String year, long documentId) {
        String key = Texts.key(indicatorName);
        Optional<Indicator> ind = targets.listIndicators(indicatorName, new PageRequest(0, 20)).items().stream()
                .filter(i -> Texts.key(i.name()).equals(key))
                .findFirst();
        if (ind.isEmpty()) {
            return Optional.empty();
        }
        List<Target> ts = targets.listTargets(ind.get().id(), null, null, new PageRequest(0, 200)).items().stream()
                .filter(t -> t.documentId() == null || t.documentId() != documentId)
                .toList();
        return ts.stream()
                .filter(t -> year != null && year.equals(t.period()))
                .findFirst()
                .or(() -> ts.stream().max(Comparator.comparing(Target::id)))
                .map(Target::plannedValue);
    }
}
