package vn.dondoc.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Data flows one way: textcore and domain know nothing of Spring, SQL or HTTP; controllers stay thin. */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("vn.dondoc");

    @Test
    void textcoreAndDomainDoNotDependOnFrameworksSqlOrTheWeb() {
        noClasses().that().resideInAnyPackage("vn.dondoc.textcore..", "vn.dondoc.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..",
                        "jakarta..", "vn.dondoc.app..", "vn.dondoc.search..", "org.apache.lucene..")
                .check(CLASSES);
    }

    @Test
    void controllersDoNotTalkToTheDatabaseDirectly() {
        noClasses().that().haveSimpleNameEndingWith("Api").or().haveSimpleNameEndingWith("Pages")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc..", "java.sql..")
                .check(CLASSES);
    }

    @Test
    void onlyTheSearchAdapterKnowsTheSearchEngine() {
        noClasses().that().resideInAPackage("vn.dondoc.app..").and().resideOutsideOfPackage("vn.dondoc.app.search..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.dondoc.search..", "org.apache.lucene..")
                .check(CLASSES);
    }
}
