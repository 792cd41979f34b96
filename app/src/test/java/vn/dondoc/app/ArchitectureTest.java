package vn.dondoc.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Data flows one way: textcore and domain know nothing of Spring, SQL or HTTP; controllers stay thin. */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.dondoc");

    @Test
    void textcoreAndDomainDoNotDependOnFrameworksSqlOrTheWeb() {
        noClasses()
                .that()
                .resideInAnyPackage("vn.dondoc.textcore..", "vn.dondoc.domain..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework..",
                        "java.sql..",
                        "javax.sql..",
                        "jakarta..",
                        "vn.dondoc.app..",
                        "vn.dondoc.search..",
                        "org.apache.lucene..")
                .check(CLASSES);
    }

    @Test
    void controllersDoNotTalkToTheDatabaseDirectly() {
        noClasses()
                .that()
                .haveSimpleNameEndingWith("Api")
                .or()
                .haveSimpleNameEndingWith("Pages")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework.jdbc..", "java.sql..")
                .check(CLASSES);
    }

    @Test
    void onlyTheSearchAdapterKnowsTheSearchEngine() {
        noClasses()
                .that()
                .resideInAPackage("vn.dondoc.app..")
                .and()
                .resideOutsideOfPackage("vn.dondoc.app.search..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("vn.dondoc.search..", "org.apache.lucene..")
                .check(CLASSES);
    }

    @Test
    void featurePackagesOfTheAppDoNotDependOnEachOtherInCycles() {
        slices().matching("vn.dondoc.app.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void featurePackagesOfTheDomainDoNotDependOnEachOtherInCycles() {
        slices().matching("vn.dondoc.domain.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void todayComesFromTheClock() {
        // "today" is the injected Clock's, so tests, reminders and reports "as of" a day agree on it
        noClasses()
                .that()
                .resideInAnyPackage("vn.dondoc.app..", "vn.dondoc.domain..")
                .should()
                .callMethod(java.time.LocalDate.class, "now")
                .orShould()
                .callMethod(java.time.LocalDateTime.class, "now")
                .check(CLASSES);
    }

    @Test
    void theWebKernelKnowsNoFeature() {
        noClasses()
                .that()
                .resideInAPackage("vn.dondoc.app.web..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "vn.dondoc.app.calendar..",
                        "vn.dondoc.app.document..",
                        "vn.dondoc.app.imports..",
                        "vn.dondoc.app.org..",
                        "vn.dondoc.app.search..",
                        "vn.dondoc.app.target..",
                        "vn.dondoc.app.task..",
                        "vn.dondoc.app.overview..",
                        "vn.dondoc.app.config..",
                        "vn.dondoc.app.access..",
                        "vn.dondoc.app.account..",
                        "vn.dondoc.app.audit..",
                        "vn.dondoc.app.versions..",
                        "vn.dondoc.app.trash..")
                .check(CLASSES);
    }

    @Test
    void pagesLiveInTheirFeaturePackageAndRenderTheirOwnTemplates() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes()
                .that()
                .areAnnotatedWith(vn.dondoc.app.web.HtmlPages.class)
                .should()
                .haveSimpleNameEndingWith("Pages")
                .andShould()
                .resideOutsideOfPackage("vn.dondoc.app.web..")
                .check(CLASSES);
    }
}
