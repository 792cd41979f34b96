package vn.dondoc.domain.common;

/** Zero-based page and size, clamped to sane bounds so a client cannot ask for a million rows. */
public record PageRequest(int page, int size) {
    public static final int MAX_SIZE = 500;

    public PageRequest {
        page = Math.max(0, page);
        size = size <= 0 ? 20 : Math.min(size, MAX_SIZE);
    }

    public static PageRequest of(Integer page, Integer size) {
        return new PageRequest(page == null ? 0 : page, size == null ? 20 : size);
    }

    public long offset() {
        return (long) page * size;
    }
}
