package vn.dondoc.domain.target;

import java.util.Optional;
import vn.dondoc.domain.common.Page;
import vn.dondoc.domain.common.PageRequest;

/** Port: indicators, targets and results. */
public interface Targets {
    /** The indicator of this name (case-insensitive), created if new. */
    Indicator indicator(String name, String unit);

    Optional<Indicator> findIndicator(long id);

    Page<Indicator> listIndicators(String nameContains, PageRequest page);

    Target insertTarget(Target target);

    Optional<Target> findTarget(long id);

    /** Every target (the machine's own work). */
    default Page<Target> listTargets(Long indicatorId, Long documentId, String period, PageRequest page) {
        return listTargets(indicatorId, documentId, period, vn.dondoc.domain.access.Visibility.EVERYTHING, page);
    }

    /** The targets someone may read: a target is read with the document it comes from (the agency's without one). */
    Page<Target> listTargets(
            Long indicatorId,
            Long documentId,
            String period,
            vn.dondoc.domain.access.Visibility visible,
            PageRequest page);

    void updateTarget(Target target);

    boolean deleteTarget(long id);

    Result insertResult(Result result);

    Optional<Result> findResult(long id);

    default Page<Result> listResults(Long indicatorId, Long documentId, String period, PageRequest page) {
        return listResults(indicatorId, documentId, period, vn.dondoc.domain.access.Visibility.EVERYTHING, page);
    }

    /** The results someone may read: those of its reporting unit; without one, read with its document. */
    Page<Result> listResults(
            Long indicatorId,
            Long documentId,
            String period,
            vn.dondoc.domain.access.Visibility visible,
            PageRequest page);

    void updateResult(Result result);

    boolean deleteResult(long id);
}
