package vn.dondoc.textcore.model;

import java.time.LocalDate;

/** A citation of another document by its number, with what the text says next to it. */
public record Reference(String number, DocumentType type, LocalDate date, String issuer, Span span) {}
