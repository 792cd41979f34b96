package vn.dondoc.domain.common;

import java.util.List;

/**
 * Why a business rule said no. {@code code} is a message key (messages_vi.properties,
 * prefix "rejection."), {@code args} fill its placeholders; {@code field} names what to fix.
 */
public record Rejection(String code, String field, List<Object> args) {
    public Rejection {
        args = List.copyOf(args);
    }

    public static Rejection of(String code, String field, Object... args) {
        return new Rejection(code, field, List.of(args));
    }
}
