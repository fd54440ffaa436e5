package org.activationdesk.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layer rules of ARCHITECTURE.md as a test: data flows ui/cli -> core <- platform, and only app wires
 * them together. Breaking a rule fails the build, whoever breaks it.
 */
class LayerRulesTest {

    /** The class that runs DISM, with its nested and anonymous classes. */
    private static final String DISM_CONVERTER =
            "org\\.activationdesk\\.platform\\.windows\\.DismEditionConverter(\\$.*)?";

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.activationdesk");
    }

    private static void check(ArchRule rule) {
        rule.check(classes);
    }

    @Test
    void coreUsesNoToolkitNoNativeCodeNoNetworkLibraryAndNoCommandLineLibrary() {
        check(noClasses().that().resideInAPackage("org.activationdesk.core..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.sun.jna..", "org.xbill..",
                        "picocli..", "org.controlsfx..", "atlantafx..", "org.kordamp..", "com.fasterxml.jackson.."));
    }

    @Test
    void coreKnowsNoAdapterAndNoScreen() {
        check(noClasses().that().resideInAPackage("org.activationdesk.core..")
                .should().dependOnClassesThat().resideInAnyPackage("org.activationdesk.platform..",
                        "org.activationdesk.net..", "org.activationdesk.ui..", "org.activationdesk.cli..",
                        "org.activationdesk.app.."));
    }

    @Test
    void jnaOnlyInTheWindowsBridge() {
        check(noClasses().that().resideOutsideOfPackage("org.activationdesk.platform.windows..")
                .should().dependOnClassesThat().resideInAnyPackage("com.sun.jna.."));
    }

    @Test
    void dnsjavaOnlyInTheNetworkAdapter() {
        check(noClasses().that().resideOutsideOfPackage("org.activationdesk.net..")
                .should().dependOnClassesThat().resideInAnyPackage("org.xbill.."));
    }

    @Test
    void screensUseOnlyCorePortsNeverAnAdapter() {
        check(noClasses().that().resideInAPackage("org.activationdesk.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("org.activationdesk.platform..",
                        "org.activationdesk.net..", "org.activationdesk.cli..", "org.activationdesk.app.."));
    }

    @Test
    void viewsBindToTheirViewModelAndNeverCallAPort() {
        check(noClasses().that().haveSimpleNameEndingWith("View")
                .should().dependOnClassesThat().resideInAPackage("org.activationdesk.core.port.."));
    }

    @Test
    void theCommandLineNeverTouchesJavaFxOrAnAdapter() {
        check(noClasses().that().resideInAPackage("org.activationdesk.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.activationdesk.ui..",
                        "org.activationdesk.platform..", "org.activationdesk.net..", "org.activationdesk.app.."));
    }

    @Test
    void reportWritersUseJacksonButNoToolkitAndNoAdapter() {
        // Reports are written from the command line now and from the diagnostics pane later: core and Jackson only.
        check(noClasses().that().resideInAPackage("org.activationdesk.report..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..",
                        "picocli..", "org.activationdesk.ui..", "org.activationdesk.cli..", "org.activationdesk.app..",
                        "org.activationdesk.platform..", "org.activationdesk.net.."));
    }

    @Test
    void adaptersDoNotDependOnEachOtherOrOnScreens() {
        check(noClasses().that().resideInAPackage("org.activationdesk.platform..")
                .should().dependOnClassesThat().resideInAnyPackage("org.activationdesk.ui..",
                        "org.activationdesk.cli..", "org.activationdesk.app..", "javafx.."));
        check(noClasses().that().resideInAPackage("org.activationdesk.platform.simulated..")
                .should().dependOnClassesThat().resideInAPackage("org.activationdesk.platform.windows.."));
    }

    @Test
    void nothingButTheDismConverterStartsAProcess() {
        // Licensing goes through the API; slmgr and cscript are never run. The one documented command that has no API,
        // DISM /Set-Edition, is run by DismEditionConverter alone, always the system's own Dism.exe
        // (DismEditionConverterTest checks the command line), and only as a job the user started.
        check(noClasses().that().haveNameNotMatching(DISM_CONVERTER)
                .should().dependOnClassesThat().belongToAnyOf(ProcessBuilder.class)
                .orShould().callMethod(Runtime.class, "exec", String.class)
                .orShould().callMethod(Runtime.class, "exec", String[].class));
    }
}
