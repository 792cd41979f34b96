package vn.dondoc.domain.dashboard;

/** Port: whether the agency's dashboard is open to the public, read-only; an administrator's choice, off at first. */
public interface PublicDashboardSetting {
    boolean enabled();

    void enable(boolean on);
}
