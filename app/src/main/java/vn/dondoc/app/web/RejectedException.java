package vn.dondoc.app.web;

import java.util.List;
import vn.dondoc.domain.common.Outcome;
import vn.dondoc.domain.common.Rejection;

/** Carries a domain rejection out of a REST controller to the problem-details handler (HTTP 422). */
public final class RejectedException extends RuntimeException {
    private final List<Rejection> reasons;

    public RejectedException(List<Rejection> reasons) {
        super(reasons.toString());
        this.reasons = reasons;
    }

    public List<Rejection> reasons() {
        return reasons;
    }

    /** The value of an accepted outcome; a rejected one becomes a 422 problem. */
    public static <T> T unwrap(Outcome<T> outcome) {
        if (outcome instanceof Outcome.Rejected<T> r) {
            throw new RejectedException(r.reasons());
        }
        return ((Outcome.Ok<T>) outcome).value();
    }
}
