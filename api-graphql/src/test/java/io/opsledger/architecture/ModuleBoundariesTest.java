package io.opsledger.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Dependencies point inward: the kernel knows no one, the two sides never know each other. */
class ModuleBoundariesTest {

    private static final JavaClasses OPSLEDGER = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.opsledger");

    @Test
    void sharedKernelDependsOnNeitherSpringNorAnyOtherModule() {
        noClasses().that().resideInAPackage("io.opsledger.kernel..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..",
                        "io.opsledger.command..", "io.opsledger.query..", "io.opsledger.api..")
                .check(OPSLEDGER);
    }

    @Test
    void commandSideDoesNotDependOnQuerySide() {
        noClasses().that().resideInAPackage("io.opsledger.command..")
                .should().dependOnClassesThat().resideInAnyPackage("io.opsledger.query..", "io.opsledger.api..")
                .check(OPSLEDGER);
    }

    @Test
    void querySideDoesNotDependOnCommandSide() {
        noClasses().that().resideInAPackage("io.opsledger.query..")
                .should().dependOnClassesThat().resideInAnyPackage("io.opsledger.command..", "io.opsledger.api..")
                .check(OPSLEDGER);
    }
}
