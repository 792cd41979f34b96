package vn.dondoc.domain.check;

/**
 * One arithmetic check of figures a document states. {@code expected}: what the other figures imply (or the
 * stored record says); {@code stated}: what the text says; {@code consistent}: within the rounding of the text.
 * {@code expected} is null when there is nothing to compare with (a plan implied, no target stored).
 * {@code start}/{@code end}: where the anchor is in the document text.
 */
public record FigureCheck(
        Kind kind,
        String anchor,
        Double expected,
        Double stated,
        boolean consistent,
        String indicator,
        Integer start,
        Integer end) {

    public enum Kind {
        /** "120/195 … 61,53%": the percent against numerator and denominator. */
        RATIO,
        /** "9.997 người, đạt 41,65% kế hoạch": the plan this implies, against the stored target. */
        PLAN,
        /** The plan implied when no target is stored to compare with. */
        PLAN_IMPLIED,
        /** "Tổng số 150 hồ sơ, gồm 80 … và 60 …": the total against the sum of its parts. */
        SUM
    }
}
