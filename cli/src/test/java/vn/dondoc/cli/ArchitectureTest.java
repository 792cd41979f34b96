package vn.dondoc.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** textcore stays pure Java: no framework, no HTTP, no SQL, no CLI. */
class ArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.dondoc");

    @Test
    void textcoreKnowsNothingOfFrameworksDatabasesOrTheWeb() {
        noClasses()
                .that()
                .resideInAPackage("vn.dondoc.textcore..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework..",
                        "jakarta..",
                        "javax.servlet..",
                        "java.sql..",
                        "javax.sql..",
                        "picocli..",
                        "org.apache.lucene..",
                        "vn.dondoc.cli..",
                        "vn.dondoc.app..",
                        "vn.dondoc.search..",
                        "vn.dondoc.domain..",
                        "vn.dondoc.ingest..")
                .check(classes);
    }
}
