package vn.dondoc.app.imports;

import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import vn.dondoc.app.PostgresConfig;

/** Import recovery on the real PostgreSQL, in a schema of its own; skipped when none is reachable. */
@SpringBootTest
@Import(ImportRecoveryContract.FailingReader.class)
@TestPropertySource(properties = "dondoc.import.background=false")
class ImportRecoveryIT extends ImportRecoveryContract {
    @BeforeAll
    static void requirePostgres() {
        PostgresConfig.assumeReachable();
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry r) {
        PostgresConfig.register(r);
    }
}
