package dev.mailroom;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The module rules of ARCHITECTURE.md: modules are packages, internals stay internal, no cycles. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.mailroom");
    }

    static List<String> modules() {
        return List.of("shared", "db", "mailbox", "ingest", "search", "classify", "extract", "demo", "bench");
    }

    @Test
    void modulesShouldHaveNoCycles() {
        slices().matching("dev.mailroom.(*)..").should().beFreeOfCycles().check(classes);
    }

    @ParameterizedTest
    @MethodSource("modules")
    void internalsShouldOnlyBeUsedByTheirModuleAndTheCompositionRoot(String module) {
        noClasses().that().resideOutsideOfPackages("dev.mailroom." + module + "..", "dev.mailroom.cli..")
                .should().dependOnClassesThat().resideInAPackage("dev.mailroom." + module + ".internal..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void featureModulesShouldNotDependOnAdapters() {
        noClasses().that().resideOutsideOfPackage("dev.mailroom.cli..")
                .should().dependOnClassesThat().resideInAPackage("dev.mailroom.cli..")
                .check(classes);
    }

    @Test
    void sharedShouldDependOnNoOtherModule() {
        noClasses().that().resideInAPackage("dev.mailroom.shared..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.mailroom.mailbox..", "dev.mailroom.ingest..",
                        "dev.mailroom.db..", "dev.mailroom.cli..", "dev.mailroom.demo..", "dev.mailroom.bench..")
                .check(classes);
    }
}
