package vn.dondoc.app.access;

import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.dondoc.app.PostgresConfig;

/** The read matrix of issue 9 on the real PostgreSQL; skipped when none is reachable. */
@SpringBootTest
class ReadScopeMatrixIT extends ReadScopeContract {
    @BeforeAll
    static void requirePostgres() {
        PostgresConfig.assumeReachable();
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry r) {
        PostgresConfig.register(r);
    }
}
