package org.opencac.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Dependencies point one way: api, evaluation -> engine -> models; engine stages have no cycles. */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.opencac");

    @Test
    void engineDoesNotDependOnApiOrEvaluation() {
        noClasses().that().resideInAPackage("org.opencac.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("org.opencac.api..", "org.opencac.evaluation..")
                .check(CLASSES);
    }

    @Test
    void modelsDoNotDependOnTheEngine() {
        noClasses().that().resideInAPackage("org.opencac.models..")
                .should().dependOnClassesThat().resideInAnyPackage("org.opencac.engine..", "org.opencac.api..",
                        "org.opencac.evaluation..")
                .check(CLASSES);
    }

    @Test
    void engineStagePackagesHaveNoCycles() {
        slices().matching("org.opencac.engine.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void earlierStagesDoNotReadLaterStages() {
        noClasses().that().resideInAnyPackage("org.opencac.engine.section..", "org.opencac.engine.text..")
                .should().dependOnClassesThat().resideInAnyPackage("org.opencac.engine.mention..",
                        "org.opencac.engine.assertion..", "org.opencac.engine.coding..",
                        "org.opencac.engine.convention..", "org.opencac.engine.suggest..")
                .check(CLASSES);
        noClasses().that().resideInAPackage("org.opencac.engine.mention..")
                .should().dependOnClassesThat().resideInAnyPackage("org.opencac.engine.assertion..",
                        "org.opencac.engine.coding..", "org.opencac.engine.convention..",
                        "org.opencac.engine.suggest..")
                .check(CLASSES);
    }
}
