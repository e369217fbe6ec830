package se.huset.programs;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The programmes' domain rules are plain objects: unit-testable without a database, HTTP or the framework. */
class RulesArePlainObjectsTest {

    @Test
    void rulesUseNoDatabaseHttpOrFramework() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("se.huset.programs");
        noClasses().that().haveSimpleName("EnrollmentLifecycle").or().haveSimpleName("ProgramEligibility")
                .or().haveSimpleName("OutcomeCalculator").or().haveSimpleName("ParallelTrackRule")
                .or().haveSimpleName("ReturnRule")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "io.micronaut.data..",
                        "io.micronaut.http..", "io.micronaut.context..", "jakarta.inject..")
                .check(classes);
    }

    @Test
    void programsDependsOnNoOtherService() {
        JavaClasses classes = new ClassFileImporter().importPackages("se.huset.programs");
        noClasses().should().dependOnClassesThat().resideInAnyPackage("se.huset.intake..", "se.huset.booking..",
                "se.huset.gateway..").check(classes);
    }
}
