package vn.dondoc.domain.target;

/** What is measured: "sản phẩm OCOP", "tỷ lệ hộ nghèo", with its unit of measure. */
public record Indicator(Long id, String name, String unit) {}
