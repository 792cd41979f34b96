package vn.dondoc.domain.org;

import java.util.Optional;
import vn.dondoc.domain.common.Page;
import vn.dondoc.domain.common.PageRequest;

/** Port: the agency's own aliases ("VP", "Phòng CM", "Đ/c Lạc"), matched on a case-insensitive key. */
public interface Lexicon {
    Optional<Alias> find(String alias);

    Page<Alias> list(AliasKind kind, PageRequest page);

    /** Adds or replaces the entry for this alias. */
    Alias put(String alias, AliasKind kind, long targetId);

    boolean delete(long id);
}
