package vn.dondoc.app.access;

import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.dondoc.domain.access.UnitTree;

/** The org tree's parent links, read fresh for each question (the tree is small: hundreds of units). */
@Repository
class JdbcUnitTree implements UnitTree {
    private final JdbcClient jdbc;

    JdbcUnitTree(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean within(long unitId, long ancestorId) {
        if (unitId == ancestorId) {
            return true;
        }
        Map<Long, Long> parents = new HashMap<>();
        jdbc.sql("SELECT id, parent_id FROM org_units WHERE parent_id IS NOT NULL").query((rs, n) -> {
            parents.put(rs.getLong("id"), rs.getLong("parent_id"));
            return null;
        }).list();
        int steps = 0;
        for (Long u = parents.get(unitId); u != null && steps < 1000; u = parents.get(u), steps++) {
            if (u == ancestorId) {
                return true;
            }
        }
        return false;
    }
}
