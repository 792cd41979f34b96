package vn.dondoc.textcore.model;

/** An achieved figure a review reports: "9.997 người, đạt 41,65% kế hoạch". */
public record ResultItem(
        String anchor, String indicator, double actual, String unit, Double percentOfPlan, Double planned, Span span) {}
