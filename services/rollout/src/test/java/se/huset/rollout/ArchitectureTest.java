package se.huset.rollout;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The house rules (ARCHITECTURE.md §1) as they apply to rollout. */
class ArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("se.huset.rollout");

    @Test
    void rolloutReadsOtherServicesOnlyThroughTheirApi() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("se.huset.intake..", "se.huset.booking..",
                "se.huset.programs..", "se.huset.housing..", "se.huset.followup..", "se.huset.gateway..").check(classes);
    }

    @Test
    void domainRulesNeedNoFrameworkOrDatabase() {
        noClasses().that().haveSimpleNameEndingWith("Suppression").or().haveSimpleName("MilestoneSchedule")
                .or().haveSimpleName("CostSplit")
                .should().dependOnClassesThat().resideInAnyPackage("io.micronaut.data..", "java.sql..",
                        "io.micronaut.http..")
                .check(classes);
    }

    @Test
    void theKpiCollectorIsTheOnlyWayOut() {
        noClasses().that().resideOutsideOfPackage("se.huset.rollout.kpi..")
                .should().dependOnClassesThat().haveFullyQualifiedName("io.micronaut.http.client.HttpClient")
                .check(classes);
    }
}
