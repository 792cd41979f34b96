package vn.dondoc.textcore.model;

/**
 * Something odd the pipeline noticed and worked around: never an exception.
 * {@code code} is stable (for tests and the UI), {@code message} is for a person.
 */
public record Diagnostic(String stage, String code, Span span, String message) {}
