package vn.dondoc.app.access;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
        jdbc.sql("SELECT id, parent_id FROM org_units WHERE parent_id IS NOT NULL")
                .query((rs, n) -> {
                    parents.put(rs.getLong("id"), rs.getLong("parent_id"));
                    return null;
                })
                .list();
        int steps = 0;
        for (Long u = parents.get(unitId); u != null && steps < 1000; u = parents.get(u), steps++) {
            if (u == ancestorId) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Set<Long> subtree(long rootId) {
        Map<Long, List<Long>> children = new HashMap<>();
        jdbc.sql("SELECT id, parent_id FROM org_units WHERE parent_id IS NOT NULL")
                .query((rs, n) -> {
                    children.computeIfAbsent(rs.getLong("parent_id"), k -> new ArrayList<>())
                            .add(rs.getLong("id"));
                    return null;
                })
                .list();
        Set<Long> out = new HashSet<>();
        Deque<Long> todo = new ArrayDeque<>(List.of(rootId));
        while (!todo.isEmpty()) {
            Long u = todo.pop();
            if (out.add(u)) {
                todo.addAll(children.getOrDefault(u, List.of()));
            }
        }
        return out;
    }
}
