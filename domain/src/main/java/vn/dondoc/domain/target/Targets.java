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

    Page<Target> listTargets(Long indicatorId, Long documentId, String period, PageRequest page);

    void updateTarget(Target target);

    boolean deleteTarget(long id);

    Result insertResult(Result result);

    Optional<Result> findResult(long id);

    Page<Result> listResults(Long indicatorId, Long documentId, String period, PageRequest page);

    void updateResult(Result result);

    boolean deleteResult(long id);
}
