/**
 * Confidence, not silence: a stage after extraction that gives every extracted item a confidence in [0, 1]
 * from the evidence the genre offers (a task with "chủ trì", a deadline and an action verb is surer than a long
 * sentence with none), and finds the lines that looked like tasks but were not taken. It reads the segmented
 * document and the items; it never changes them. The scoring is a handful of named features with weights
 * ({@link vn.dondoc.textcore.confidence.ConfidenceScorer}), not a trained model, so every doubt can be shown
 * to a reviewer as a reason. {@code CONFIDENCE.md} next to this code says how well it ranks errors on the dev set.
 */
package vn.dondoc.textcore.confidence;
