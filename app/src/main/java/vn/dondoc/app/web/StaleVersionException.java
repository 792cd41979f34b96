package vn.dondoc.app.web;

/**
 * An update based on a version of the record that is no longer current (HTTP 409): somebody else
 * changed it first. Carries the current version and values so the client can show them.
 */
public final class StaleVersionException extends RuntimeException {
    private final String kind;
    private final long id;
    private final long currentVersion;
    private final String sentVersion;
    private final Object currentValues;
    private final String page;

    public StaleVersionException(
            String kind, long id, long currentVersion, String sentVersion, Object currentValues, String page) {
        super(kind + " " + id + " is at version " + currentVersion + ", not " + sentVersion);
        this.kind = kind;
        this.id = id;
        this.currentVersion = currentVersion;
        this.sentVersion = sentVersion;
        this.currentValues = currentValues;
        this.page = page;
    }

    public String kind() {
        return kind;
    }

    public long id() {
        return id;
    }

    public long currentVersion() {
        return currentVersion;
    }

    public String sentVersion() {
        return sentVersion;
    }

    public Object currentValues() {
        return currentValues;
    }

    /** The record's page, where a browser goes back to see what changed; null when it has none. */
    public String page() {
        return page;
    }
}
