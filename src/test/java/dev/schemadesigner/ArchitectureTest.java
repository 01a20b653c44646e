package dev.schemadesigner;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

/** The pipeline's one-way data flow and house rules, enforced on the compiled main classes. */
class ArchitectureTest {

    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.schemadesigner");
    }

    @Test
    void schemaModelDependsOnNoOtherStage() {
        noClasses().that().resideInAPackage("dev.schemadesigner.schema..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.schemadesigner.change..", "dev.schemadesigner.dialect..", "dev.schemadesigner.importer..", "dev.schemadesigner.verify..",
                        "dev.schemadesigner.review..", "dev.schemadesigner.generate..", "dev.schemadesigner.plan..", "dev.schemadesigner.chat..", "dev.schemadesigner.surface..", "dev.schemadesigner.intent..", "dev.schemadesigner.store..")
                .check(main);
    }

    @Test
    void changeOperationsKnowOnlyTheSchema() {
        noClasses().that().resideInAPackage("dev.schemadesigner.change..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.schemadesigner.dialect..", "dev.schemadesigner.importer..", "dev.schemadesigner.verify..", "dev.schemadesigner.generate..", "dev.schemadesigner.surface..")
                .check(main);
    }

    @Test
    void dialectsAndImportersNeverReachDownstream() {
        noClasses().that().resideInAnyPackage("dev.schemadesigner.dialect..", "dev.schemadesigner.importer..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.schemadesigner.verify..", "dev.schemadesigner.review..", "dev.schemadesigner.generate..", "dev.schemadesigner.plan..", "dev.schemadesigner.chat..", "dev.schemadesigner.surface..")
                .check(main);
    }

    @Test
    void generatorsNeverReachBackIntoPlanning() {
        noClasses().that().resideInAPackage("dev.schemadesigner.generate..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.schemadesigner.plan..", "dev.schemadesigner.chat..", "dev.schemadesigner.surface..")
                .check(main);
    }

    @Test
    void surfacesTalkToTheConversationNotToTheStages() {
        noClasses().that().resideInAPackage("dev.schemadesigner.surface..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.schemadesigner.plan..", "dev.schemadesigner.review.rules..",
                        "dev.schemadesigner.dialect..", "dev.schemadesigner.importer..", "dev.schemadesigner.verify..", "dev.schemadesigner.store..")
                .check(main);
    }

    @Test
    void noClassWritesToStandardStreams() {
        NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(main);
    }

    @Test
    void thereIsNoUtilPackage() {
        noClasses().should().resideInAPackage("..util..").allowEmptyShould(true).check(main);
    }
}
