package org.magicref.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

/**
 * The layers stay where the README's layout says: the domain, the importer and the analysis know
 * nothing of picocli, JSON or the command line; nothing points upward; a command never calls
 * another command.
 */
class LayersTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.magicref");

    @Test
    void domainImporterAnalysisAndPicturesKnowNoFrameworkAndNoCommandLine() {
        noClasses().that().resideInAnyPackage("org.magicref.domain..", "org.magicref.importer..", "org.magicref.analysis..",
                        "org.magicref.notebook..", "org.magicref.picture..")
                .should().dependOnClassesThat().resideInAnyPackage("picocli..", "com.fasterxml.jackson..", "org.jline..",
                        "org.magicref.cli..", "org.magicref.report..")
                .check(MAIN);
    }

    @Test
    void theDomainDependsOnNoOtherLayer() {
        noClasses().that().resideInAPackage("org.magicref.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.magicref.records..", "org.magicref.importer..",
                        "org.magicref.notebook..",
                        "org.magicref.analysis..", "org.magicref.citation..", "org.magicref.report..", "org.magicref.cli..")
                .check(MAIN);
    }

    @Test
    void onlyTheCommandLineKnowsPicocliAndTheTerminal() {
        noClasses().that().resideOutsideOfPackage("org.magicref.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("picocli..", "org.jline..", "org.magicref.cli..")
                .check(MAIN);
    }

    @Test
    void reportsAndCitationsDoNotReachIntoTheCommandLine() {
        noClasses().that().resideInAnyPackage("org.magicref.report..", "org.magicref.citation..", "org.magicref.records..",
                        "org.magicref.site..")
                .should().dependOnClassesThat().resideInAnyPackage("org.magicref.cli..")
                .check(MAIN);
    }

    @Test
    void noCommandCallsAnotherCommand() {
        classes().that().haveSimpleNameEndingWith("Command")
                .and(areNot("BaseCommand", "CatalogueCommand", "ChangeCommand", "MagicrefCommand"))
                .should(dependOnNoOtherCommand())
                .check(MAIN);
    }

    private static DescribedPredicate<JavaClass> areNot(String... names) {
        return DescribedPredicate.describe("are not " + String.join(", ", names),
                c -> java.util.Arrays.stream(names).noneMatch(c.getSimpleName()::equals));
    }

    private static ArchCondition<JavaClass> dependOnNoOtherCommand() {
        return new ArchCondition<>("depend on no other command") {
            @Override
            public void check(JavaClass command, ConditionEvents events) {
                command.getDirectDependenciesFromSelf().forEach(d -> {
                    JavaClass target = d.getTargetClass();
                    JavaClass outer = target.getEnclosingClass().orElse(target);
                    String name = outer.getSimpleName();
                    boolean otherCommand = name.endsWith("Command") && !outer.equals(command)
                            && !name.equals("BaseCommand") && !name.equals("CatalogueCommand") && !name.equals("ChangeCommand");
                    if (otherCommand) {
                        events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                    }
                });
            }
        };
    }
}
