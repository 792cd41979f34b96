package vn.dondoc.textcore.model;

/**
 * A line that looked like a task (a numbered item or bullet with an action verb, in a section that gives work)
 * but that no extractor took: offered to the reviewer as "có thể là nhiệm vụ".
 */
public record TaskCandidate(String text, String section, Span span) {}
