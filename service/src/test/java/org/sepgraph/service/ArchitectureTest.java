package org.sepgraph.service;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The module arrows point one way: service → queries → graph and service → import → graph. */
class ArchitectureTest {
    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            // the test jars of other modules (graph's TestStore and its tests) are tests too
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("org.sepgraph");

    @Test
    void graphDependsOnNothingAboveIt() {
        noClasses().that().resideInAPackage("org.sepgraph.graph..")
                .should().dependOnClassesThat().resideInAnyPackage("org.sepgraph.queries..", "org.sepgraph.imports..",
                        "org.sepgraph.service..")
                .check(CLASSES);
    }

    @Test
    void queriesAndImportsDoNotKnowEachOtherOrTheService() {
        noClasses().that().resideInAPackage("org.sepgraph.queries..")
                .should().dependOnClassesThat().resideInAnyPackage("org.sepgraph.imports..", "org.sepgraph.service..")
                .allowEmptyShould(true)
                .check(CLASSES);
        noClasses().that().resideInAPackage("org.sepgraph.imports..")
                .should().dependOnClassesThat().resideInAnyPackage("org.sepgraph.queries..", "org.sepgraph.service..")
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void noTwoPackagesDependOnEachOtherDirectlyOrInALoop() {
        slices().matching("org.sepgraph.(**)").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void modelValuesCarryNoFramework() {
        noClasses().that().resideInAPackage("org.sepgraph.graph.model..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "io.quarkus..", "com.fasterxml..",
                        "org.neo4j..")
                .check(CLASSES);
    }

    @Test
    void theServiceRunsNoCypherOfItsOwn() {
        noClasses().that().resideInAPackage("org.sepgraph.service..")
                .should().dependOnClassesThat().resideInAnyPackage("org.neo4j.driver..")
                .check(CLASSES);
    }
}
