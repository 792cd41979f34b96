package vn.dondoc.textcore.model;

import java.time.LocalDate;
import java.util.List;

/** A document's own identity as printed in its header, title and signature blocks. */
public record DocumentInfo(
        String number,
        DocumentType type,
        String title,
        String issuer,
        String place,
        LocalDate date,
        List<Signer> signers,
        List<String> recipients,
        Span numberSpan,
        Span titleSpan) {

    public static DocumentInfo empty() {
        return new DocumentInfo(null, null, null, null, null, null, List.of(), List.of(), null, null);
    }
}
