package vn.dondoc.app.imports;

import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import vn.dondoc.app.H2Config;

/** Import recovery on embedded H2 (PostgreSQL mode); the test works the queue itself. */
@H2Config
@Import(ImportRecoveryContract.FailingReader.class)
@TestPropertySource(properties = "dondoc.import.background=false")
class ImportRecoveryTest extends ImportRecoveryContract {}
