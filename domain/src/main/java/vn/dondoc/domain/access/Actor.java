package vn.dondoc.domain.access;

import java.util.List;

/** Who is asking: a signed-in person with their grants, or nobody ({@link #ANONYMOUS}, no grant at all). */
public record Actor(String username, List<Grant> grants) implements java.io.Serializable {
    public static final Actor ANONYMOUS = new Actor(null, List.of());

    public Actor {
        grants = List.copyOf(grants);
    }

    /** The machine itself (demo loader, command line on the server): acts as an administrator. */
    public static Actor system(String name) {
        return new Actor(name, List.of(new Grant(Role.ADMIN, null)));
    }

    public boolean anonymous() {
        return username == null;
    }

    public boolean isAdmin() {
        return grants.stream().anyMatch(g -> g.role() == Role.ADMIN);
    }

    public boolean holds(Role role) {
        return grants.stream().anyMatch(g -> g.role() == role);
    }
}
