package se.huset.followup;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Follow-up's domain rules are plain objects: unit-testable without a database, HTTP or the framework. */
class RulesArePlainObjectsTest {

    @Test
    void rulesUseNoDatabaseHttpOrFramework() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("se.huset.followup");
        noClasses().that().haveSimpleName("AuditScoring").or().haveSimpleName("DuditScoring")
                .or().haveSimpleName("FrequentAttenderRule").or().haveSimpleName("FrequencyGroups")
                .or().haveSimpleName("FollowUpSchedule").or().haveSimpleName("FollowUpRates")
                .or().haveSimpleName("PairedChange").or().haveSimpleName("BetweenChairsRule")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "io.micronaut.data..",
                        "io.micronaut.http..", "io.micronaut.context..", "jakarta.inject..")
                .check(classes);
    }

    @Test
    void followupDependsOnNoOtherService() {
        JavaClasses classes = new ClassFileImporter().importPackages("se.huset.followup");
        noClasses().should().dependOnClassesThat().resideInAnyPackage("se.huset.intake..", "se.huset.booking..",
                "se.huset.programs..", "se.huset.housing..", "se.huset.gateway..").check(classes);
    }
}
