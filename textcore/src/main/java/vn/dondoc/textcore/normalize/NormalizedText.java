package vn.dondoc.textcore.normalize;

import java.util.List;
import vn.dondoc.textcore.model.Diagnostic;

/** Clean NFC text with \n line ends; every later span points into {@link #text()}. */
public record NormalizedText(String text, List<Diagnostic> diagnostics) {}
