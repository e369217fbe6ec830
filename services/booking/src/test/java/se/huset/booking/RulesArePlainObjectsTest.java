package se.huset.booking;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Booking's domain rules are plain objects: unit-testable without a database, HTTP or the framework. */
class RulesArePlainObjectsTest {

    @Test
    void rulesUseNoDatabaseHttpOrFramework() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("se.huset.booking");
        noClasses().that().haveSimpleName("FreeSlotFinder").or().haveSimpleName("CareGuaranteeClock")
                .or().haveSimpleName("WorkingWeek").or().haveSimpleName("TimeRange")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "io.micronaut.data..",
                        "io.micronaut.http..", "io.micronaut.context..", "jakarta.inject..")
                .check(classes);
    }
}
