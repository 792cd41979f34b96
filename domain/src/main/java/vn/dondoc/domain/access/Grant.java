package vn.dondoc.domain.access;

import java.util.Objects;

/** A role held in a unit and the units below it; {@code unitId} null means the whole agency. */
public record Grant(Role role, Long unitId) implements java.io.Serializable {
    public Grant {
        Objects.requireNonNull(role, "role");
    }
}
