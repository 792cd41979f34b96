package vn.dondoc.textcore.repair;

import vn.dondoc.textcore.model.Span;

/**
 * One correction: the span of the input it replaces, the text found there, what replaced it, and how sure
 * the repairer was (its estimate of the probability that the replacement is right, 0–1).
 */
public record Repair(Span span, String original, String replacement, double confidence) {}
