package vn.dondoc.app.jdbc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds a WHERE clause from optional filters: a null value adds nothing. */
public final class Where {
    private final List<String> parts = new ArrayList<>();
    private final Map<String, Object> params = new LinkedHashMap<>();

    public Where and(String condition, String param, Object value) {
        if (value != null) {
            parts.add(condition);
            params.put(param, value);
        }
        return this;
    }

    public Where and(String condition) {
        parts.add(condition);
        return this;
    }

    public Where param(String name, Object value) {
        params.put(name, value);
        return this;
    }

    public String sql() {
        return parts.isEmpty() ? "" : " WHERE " + String.join(" AND ", parts);
    }

    public Map<String, Object> params() {
        return params;
    }

    /** "%text%" for a LIKE on a lower-cased column, or null. */
    public static String contains(String s) {
        return s == null || s.isBlank() ? null : "%" + s.trim().toLowerCase(java.util.Locale.ROOT) + "%";
    }
}
