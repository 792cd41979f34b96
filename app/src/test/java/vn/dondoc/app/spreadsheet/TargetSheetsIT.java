package vn.dondoc.app.spreadsheet;

import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.dondoc.app.PostgresConfig;

/** Targets and results in spreadsheets on the real PostgreSQL; skipped when none is reachable. */
@SpringBootTest
class TargetSheetsIT extends TargetSheetsContract {
    @BeforeAll
    static void requirePostgres() {
        PostgresConfig.assumeReachable();
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry r) {
        PostgresConfig.register(r);
    }
}
