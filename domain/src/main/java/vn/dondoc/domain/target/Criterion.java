package vn.dondoc.domain.target;

/**
 * A threshold kept as data: "a commune meets the trained-labour criterion at ≥ 70 % (basic), ≥ 75 % (advanced)".
 * {@code comparator}: GTE or LTE; {@code level}: which standard it belongs to ("Nông thôn mới", "nâng cao").
 */
public record Criterion(Long id, String name, long indicatorId, String comparator, double threshold, String level) {

    public boolean metBy(double value) {
        return "LTE".equals(comparator) ? value <= threshold + 1e-9 : value >= threshold - 1e-9;
    }
}
