package se.huset.housing;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The house rules as they apply to housing (ARCHITECTURE.md §1). */
class ArchitectureTest {

    private static final JavaClasses HOUSING = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("se.huset.housing");

    @Test
    void housingUsesNoOtherServiceModule() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("se.huset.intake..", "se.huset.booking..",
                        "se.huset.programs..", "se.huset.followup..", "se.huset.rollout..", "se.huset.gateway..")
                .check(HOUSING);
    }

    @Test
    void featuresHaveNoCycles() {
        slices().matching("se.huset.housing.(*)..").should().beFreeOfCycles().check(HOUSING);
    }

    @Test
    void domainRulesNeedNoDatabaseOrFramework() {
        noClasses().that().haveSimpleNameEndingWith("Eligibility").or().haveSimpleNameEndingWith("Required")
                .or().haveSimpleName("UnitRules")
                .should().dependOnClassesThat().resideInAnyPackage("io.micronaut.data..", "java.sql..")
                .check(HOUSING);
    }
}
