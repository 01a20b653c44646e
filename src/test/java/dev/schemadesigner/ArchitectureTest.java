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
        noClasses().that().resideInAPackage("..schema..")
                .should().dependOnClassesThat().resideInAnyPackage("..change..", "..dialect..", "..importer..", "..verify..",
                        "..review..", "..generate..", "..plan..", "..chat..", "..surface..", "..intent..", "..store..")
                .check(main);
    }

    @Test
    void changeOperationsKnowOnlyTheSchema() {
        noClasses().that().resideInAPackage("..change..")
                .should().dependOnClassesThat().resideInAnyPackage("..dialect..", "..importer..", "..verify..", "..generate..", "..surface..")
                .check(main);
    }

    @Test
    void dialectsAndImportersNeverReachDownstream() {
        noClasses().that().resideInAnyPackage("..dialect..", "..importer..")
                .should().dependOnClassesThat().resideInAnyPackage("..verify..", "..review..", "..generate..", "..plan..", "..chat..", "..surface..")
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
