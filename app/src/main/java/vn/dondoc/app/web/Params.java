package vn.dondoc.app.web;

import vn.dondoc.domain.common.Page;

/** Small helpers for request parameters and paging shared by every feature's pages. */
public final class Params {
    private Params() {}

    /** A blank form field means "no filter". */
    public static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** How many pages a result has, at least one so the pager reads "1 / 1". */
    public static long pageCount(Page<?> page) {
        return Math.max(1, (page.total() + page.size() - 1) / page.size());
    }
}
