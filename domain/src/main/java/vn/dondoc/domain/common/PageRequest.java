package vn.dondoc.domain.common;

/**
 * Zero-based page and size, clamped to sane bounds so a client cannot ask for a million rows. {@code after}, when
 * given, is the cursor a previous page handed out ({@link Page#next}): the page starts right after that record,
 * found through the list's index instead of skipping {@code page × size} rows; {@code page} then only numbers it.
 */
public record PageRequest(int page, int size, String after) {
    public static final int MAX_SIZE = 500;

    public PageRequest {
        page = Math.max(0, page);
        size = size <= 0 ? 20 : Math.min(size, MAX_SIZE);
        after = after == null || after.isBlank() ? null : after.strip();
    }

    public PageRequest(int page, int size) {
        this(page, size, null);
    }

    public static PageRequest of(Integer page, Integer size) {
        return of(page, size, null);
    }

    public static PageRequest of(Integer page, Integer size, String after) {
        return new PageRequest(page == null ? 0 : page, size == null ? 20 : size, after);
    }

    public long offset() {
        return (long) page * size;
    }
}
