package vn.dondoc.app.calendar;

import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.dondoc.app.PostgresConfig;

/** Participants, own feeds, a leader's own schedule and RRULEs on the real PostgreSQL; skipped when none is reachable. */
@SpringBootTest
class CalendarPeopleIT extends CalendarPeopleContract {
    @BeforeAll
    static void requirePostgres() {
        PostgresConfig.assumeReachable();
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry r) {
        PostgresConfig.register(r);
    }
}
