package vn.dondoc.textcore.model;

import java.time.LocalDate;

/** A quantified aim: "phấn đấu ... 120 sản phẩm", "dưới 3%", "0,6 - 1,0%". */
public record TargetItem(
        String anchor,
        String indicator,
        Comparator comparator,
        double value,
        Double valueTo,
        String unit,
        String scope,
        LocalDate by,
        Span span) {}
