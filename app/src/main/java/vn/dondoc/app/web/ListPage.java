package vn.dondoc.app.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import vn.dondoc.domain.common.Page;

/**
 * A page of a list as the API gives it: {@code total} when the count is exact, {@code totalAtLeast} instead when
 * there are more records than lists count ({@link Page#COUNT_BOUND}), and {@code next}, the cursor to send back
 * as {@code after=} for the page after this one (absent on the last page).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ListPage<T>(List<T> items, int page, int size, Long total, Long totalAtLeast, String next) {
    public static <T> ListPage<T> of(Page<T> p) {
        return new ListPage<>(
                p.items(),
                p.page(),
                p.size(),
                p.totalIsBound() ? null : p.total(),
                p.totalIsBound() ? p.total() : null,
                p.next());
    }
}
