/**
 * Repair of Vietnamese letters lost in PDF text extraction.
 *
 * <h2>Use</h2>
 * <pre>
 * RepairResult r = DiacriticRepairer.load().repair(text);   // shared, thread-safe instance
 * r.text();      // repaired text
 * r.repairs();   // Repair(span in the input, original, replacement, confidence)
 * </pre>
 * The PDF reader drops the vowel that carries a tone mark, sometimes with the space after it:
 * "tnh" (tỉnh), "tchức" (tổ chức), "vđi mi" (về đổi mới), "Tnh y" (Tỉnh ủy), or puts a line break in its
 * place ("t⏎nh"); stray spaces also cut syllables ("Ch ủ"). {@link vn.dondoc.textcore.repair.DiacriticRepairer}
 * scores the candidate readings with a word trigram model and changes only what it is confident about;
 * valid words ("thi đua", "ca dao") stay unless the context clearly asks for another word.
 *
 * <h2>The model resource</h2>
 * {@code syllable-lm.bin.gz} (about 1.9 MB) holds lower-cased word counts, bigrams and trigrams of the
 * training part of the project's clean corpus (one file in ten, by a hash of its name, is held out for
 * measurement: {@code LanguageModelBuilder.isHeldOut} in the test sources). Neither the build nor the
 * running system reads the corpus. To regenerate (deterministic: the same corpus gives the same bytes):
 * <pre>
 * mvn -q -B -pl textcore test-compile
 * java -Xmx3g -cp textcore/target/classes:textcore/target/test-classes vn.dondoc.textcore.repair.LanguageModelBuilder \
 *     /work/shared/corpus/real textcore/src/main/resources/vn/dondoc/textcore/repair/syllable-lm.bin.gz
 * </pre>
 *
 * <h2>Measuring</h2>
 * <pre>
 * java -cp textcore/target/classes:textcore/target/test-classes vn.dondoc.textcore.repair.RepairBench /work/shared/corpus/real [rate] [joinRate]
 * </pre>
 * damages the held-out documents with {@link vn.dondoc.textcore.repair.DiacriticDamager} (default: 3% of the
 * syllables with a toned vowel, half of the word-final ones also losing the space), repairs them and prints
 * precision, recall and throughput (CPU time of one thread).
 */
package vn.dondoc.textcore.repair;
