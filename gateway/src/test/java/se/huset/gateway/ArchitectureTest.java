package se.huset.gateway;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The house rules as they apply to the gateway (ARCHITECTURE.md §1). */
class ArchitectureTest {

    private static final JavaClasses GATEWAY = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("se.huset.gateway");

    @Test
    void theGatewayUsesNoServiceModule() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("se.huset.intake..", "se.huset.booking..",
                        "se.huset.programs..", "se.huset.housing..", "se.huset.followup..", "se.huset.rollout..")
                .check(GATEWAY);
    }

    @Test
    void featuresHaveNoCycles() {
        slices().matching("se.huset.gateway.(*)..").should().beFreeOfCycles().check(GATEWAY);
    }
}
