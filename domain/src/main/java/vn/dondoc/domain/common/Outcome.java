package vn.dondoc.domain.common;

import java.util.List;
import java.util.function.Function;

/** Either a value or the business reasons it was refused: rejections are values, not exceptions. */
public sealed interface Outcome<T> {

    record Ok<T>(T value) implements Outcome<T> {}

    record Rejected<T>(List<Rejection> reasons) implements Outcome<T> {
        public Rejected {
            if (reasons.isEmpty()) {
                throw new IllegalArgumentException("a rejection needs at least one reason");
            }
            reasons = List.copyOf(reasons);
        }
    }

    static <T> Outcome<T> ok(T value) {
        return new Ok<>(value);
    }

    static <T> Outcome<T> rejected(List<Rejection> reasons) {
        return new Rejected<>(reasons);
    }

    static <T> Outcome<T> rejected(Rejection reason) {
        return new Rejected<>(List.of(reason));
    }

    default boolean isOk() {
        return this instanceof Ok;
    }

    default <R> Outcome<R> map(Function<T, R> f) {
        if (this instanceof Ok<T> ok) {
            return new Ok<>(f.apply(ok.value()));
        }
        return new Rejected<>(((Rejected<T>) this).reasons());
    }

    /** The value; a programming error to call on a rejection. */
    default T orElseThrow() {
        if (this instanceof Ok<T> ok) {
            return ok.value();
        }
        throw new IllegalStateException("rejected: " + ((Rejected<T>) this).reasons());
    }
}
