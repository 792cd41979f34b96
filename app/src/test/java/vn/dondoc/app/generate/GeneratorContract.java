package vn.dondoc.app.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.dondoc.app.TestDatabase;
import vn.dondoc.domain.access.Account;
import vn.dondoc.domain.access.AccountService;
import vn.dondoc.domain.access.Role;
import vn.dondoc.domain.org.OrgUnit;
import vn.dondoc.domain.org.OrgUnits;
import vn.dondoc.domain.search.RecordKind;
import vn.dondoc.domain.search.Search;
import vn.dondoc.domain.search.SearchRequest;

/**
 * A small province generated into the database and the index: counts, shape, follow-up mix, accounts that work.
 * Generated once for the class (the tests only read, but the last one adds a unit).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class GeneratorContract {
    private static final ProvinceGenerator.Sizes SMALL = new ProvinceGenerator.Sizes(30, 120, 300, 2000, 5000);

    @Autowired
    ProvinceGenerator generator;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountService accounts;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    Search search;

    @Autowired
    OrgUnits units;

    private ProvinceGenerator.Outcome outcome;
    private final List<String> progress = new ArrayList<>();

    @BeforeAll
    void generate() {
        TestDatabase.clear(jdbc);
        outcome = generator.generate(SMALL, 7, true, progress::add);
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    @Test
    void makesTheRowsAskedForAndIndexesThem() {
        assertThat(count("SELECT COUNT(*) FROM org_units WHERE name <> 'Đơn vị thêm sau'"))
                .isEqualTo(30);
        assertThat(count("SELECT COUNT(*) FROM people")).isEqualTo(120);
        assertThat(count("SELECT COUNT(*) FROM documents")).isEqualTo(300);
        assertThat(count("SELECT COUNT(*) FROM tasks")).isEqualTo(2000);
        assertThat(count("SELECT COUNT(*) FROM results")).isEqualTo(5000);
        assertThat(outcome.indexed())
                .containsEntry(RecordKind.DOCUMENT, 300L)
                .containsEntry(RecordKind.TASK, 2000L)
                .containsEntry(RecordKind.RESULT, 5000L);
        assertThat(search.outOfStep()).isFalse();
        assertThat(progress).isNotEmpty();
    }

    @Test
    void anOrgTreeOfDepartmentsDistrictsAndCommunes() {
        assertThat(count("SELECT COUNT(*) FROM org_units WHERE parent_id IS NULL AND name <> 'Đơn vị thêm sau'"))
                .isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM org_units WHERE kind = 'DEPARTMENT'"))
                .isPositive();
        assertThat(count("SELECT COUNT(*) FROM org_units WHERE kind = 'DISTRICT'"))
                .isPositive();
        // every commune hangs under a district
        assertThat(count("SELECT COUNT(*) FROM org_units c JOIN org_units d ON d.id = c.parent_id"
                        + " WHERE c.kind = 'COMMUNE' AND d.kind <> 'DISTRICT'"))
                .isZero();
        assertThat(jdbc.sql("SELECT name FROM org_units WHERE kind = 'COMMUNE'")
                        .query(String.class)
                        .list())
                .allMatch(n -> n.matches("Ủy ban nhân dân (xã|phường|thị trấn) \\p{L}+ \\p{L}+.*"));
        // names are unique: a load test must be able to tell units apart
        assertThat(count("SELECT COUNT(DISTINCT name) FROM org_units"))
                .isEqualTo(count("SELECT COUNT(*) FROM org_units"));
    }

    @Test
    void tasksHaveTheMixOfRealFollowUp() {
        LocalDate today = LocalDate.now();
        long overdue = jdbc.sql("SELECT COUNT(*) FROM tasks WHERE deadline < :d AND status IN ('NEW', 'IN_PROGRESS')")
                .param("d", today)
                .query(Long.class)
                .single();
        long doneLate = jdbc.sql("SELECT COUNT(DISTINCT t.id) FROM tasks t JOIN progress_reports p ON p.task_id = t.id"
                        + " WHERE t.status = 'DONE' AND p.percent = 100 AND p.reported_on > t.deadline")
                .query(Long.class)
                .single();
        long done = count("SELECT COUNT(*) FROM tasks WHERE status = 'DONE'");
        assertThat(overdue).isBetween(2000L * 5 / 100, 2000L * 35 / 100);
        assertThat(doneLate).isBetween(done / 10, done / 3);
        // every task has exactly one lead unit
        assertThat(count("SELECT COUNT(*) FROM tasks t WHERE (SELECT COUNT(*) FROM task_parties p"
                        + " WHERE p.task_id = t.id AND p.role = 'LEAD') <> 1"))
                .isZero();
    }

    @Test
    void everyLeaderHasACalendarAndEveryCommuneTargetsAndResults() {
        assertThat(count("SELECT COUNT(*) FROM people p WHERE p.titles IN ('Giám đốc', 'Chủ tịch') AND NOT EXISTS"
                        + " (SELECT 1 FROM calendar_event_parties e WHERE e.person_id = p.id AND e.role = 'CHAIR')"))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM org_units u WHERE u.kind = 'COMMUNE' AND NOT EXISTS"
                        + " (SELECT 1 FROM results r WHERE r.reporting_unit_id = u.id)"))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM org_units u WHERE u.kind = 'COMMUNE' AND NOT EXISTS"
                        + " (SELECT 1 FROM targets t WHERE t.scope = u.name)"))
                .isZero();
    }

    @Test
    void documentsAreMadeOfRealSentencesAndSearchable() {
        String body = jdbc.sql("SELECT body FROM document_texts ORDER BY document_id LIMIT 1")
                .query(String.class)
                .single();
        assertThat(body).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").contains("Số: ");
        assertThat(count("SELECT COUNT(DISTINCT content_hash) FROM documents")).isEqualTo(300);
        assertThat(search.search(new SearchRequest("triển khai", null, null, null, null, 0, 10))
                        .total())
                .isPositive();
    }

    @Test
    void accountsSignInWithTheirPasswordAndToken() {
        assertThat(outcome.accounts()).hasSize(121);
        ProvinceGenerator.GeneratedAccount leader = outcome.accounts().stream()
                .filter(a -> a.role().equals("LEADER"))
                .findFirst()
                .orElseThrow();
        Account byToken = accounts.byToken(leader.token()).orElseThrow();
        assertThat(byToken.username()).isEqualTo(leader.username());
        assertThat(byToken.grants()).singleElement().satisfies(g -> {
            assertThat(g.role()).isEqualTo(Role.LEADER);
            assertThat(g.unitId()).isEqualTo(leader.unitId());
        });
        assertThat(passwords.matches(leader.password(), byToken.passwordHash())).isTrue();
        assertThat(outcome.accounts().stream()
                        .map(ProvinceGenerator.GeneratedAccount::unitId)
                        .distinct()
                        .count())
                .isGreaterThan(20);
    }

    @Test
    void theDatabaseGoesOnGivingIdsAfterTheGeneratedOnes() {
        OrgUnit saved = units.save(new OrgUnit(null, null, "Đơn vị thêm sau", "DVTS", null, null, null, null));
        assertThat(saved.id())
                .isGreaterThan(jdbc.sql("SELECT MAX(id) FROM org_units WHERE id <> :id")
                        .param("id", saved.id())
                        .query(Long.class)
                        .single());
    }
}
