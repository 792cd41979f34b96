package vn.dondoc.domain.target;

/** An achieved value of an indicator for a period, reported by a unit or for a commune. */
public record Result(
        Long id,
        long indicatorId,
        String indicatorName,
        Long documentId,
        double actualValue,
        String unit,
        Double percentOfPlan,
        String period,
        String reportingUnit,
        Long reportingUnitId,
        Integer spanStart,
        Integer spanEnd) {}
