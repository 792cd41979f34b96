package vn.dondoc.domain.target;

/**
 * A planned value of an indicator: comparator (GTE, LTE, EQ, RANGE), value (and valueTo for a range),
 * period ("2021-2025", "2021") and scope ("toàn tỉnh", a commune).
 */
public record Target(
        Long id,
        long indicatorId,
        String indicatorName,
        Long documentId,
        String comparator,
        double plannedValue,
        Double plannedValueTo,
        String unit,
        String period,
        String scope,
        Integer spanStart,
        Integer spanEnd) {}
