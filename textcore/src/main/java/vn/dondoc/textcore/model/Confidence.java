package vn.dondoc.textcore.model;

import java.util.List;

/**
 * How sure the engine is of one extracted item, in [0, 1], with the evidence against it as stable codes
 * ("no-lead", "long-anchor", "purpose-section" ...; the UI words them) so a reviewer sees why.
 */
public record Confidence(double value, List<String> doubts) {

    /** Below this an item is shown as "needs a second look". */
    public static final double UNSURE_BELOW = 0.5;

    public Confidence {
        if (Double.isNaN(value) || value < 0 || value > 1) {
            throw new IllegalArgumentException("confidence outside [0, 1]: " + value);
        }
        doubts = doubts == null ? List.of() : List.copyOf(doubts);
    }

    public boolean unsure() {
        return value < UNSURE_BELOW;
    }
}
