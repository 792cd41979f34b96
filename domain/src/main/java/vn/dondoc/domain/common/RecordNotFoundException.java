package vn.dondoc.domain.common;

/** A record asked for by id does not exist; the web layer answers 404. */
public final class RecordNotFoundException extends RuntimeException {
    private final String kind;
    private final Object id;

    public RecordNotFoundException(String kind, Object id) {
        super(kind + " " + id + " not found");
        this.kind = kind;
        this.id = id;
    }

    public String kind() {
        return kind;
    }

    public Object id() {
        return id;
    }
}
