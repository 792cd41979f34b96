package vn.dondoc.domain.access;

/** Port: the org tree as permissions see it. */
public interface UnitTree {
    /** Whether {@code unitId} is {@code ancestorId} itself or lies anywhere below it. */
    boolean within(long unitId, long ancestorId);

    /** {@code rootId} and every unit below it, however deep. */
    default java.util.Set<Long> subtree(long rootId) {
        throw new UnsupportedOperationException("this tree does not list subtrees");
    }
}
