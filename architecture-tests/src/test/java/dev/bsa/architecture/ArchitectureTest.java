package dev.bsa.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Every architecture rule, applied to the production code of all modules. Test classes are not
 * imported, so neither this module's fixtures (under {@code dev.bsa.archfixture}) nor other tests count.
 */
@AnalyzeClasses(packages = ArchitectureTest.ROOT, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    static final String ROOT = "dev.bsa";

    @ArchTest
    static final ArchRule domain_depends_only_on_the_jdk = BsaArchitectureRules.domainDependsOnlyOnTheJdk(ROOT);

    @ArchTest
    static final ArchRule layers_form_an_onion = BsaArchitectureRules.onionArchitecture(ROOT);

    @ArchTest
    static final ArchRule entry_adapters_talk_to_use_cases_only =
            BsaArchitectureRules.entryAdaptersTalkToUseCasesOnly(ROOT);

    @ArchTest
    static final ArchRule driven_ports_are_interfaces = BsaArchitectureRules.drivenPortsAreInterfaces(ROOT);

    @ArchTest
    static final ArchRule client_never_depends_on_the_simulator_or_the_web_demo =
            BsaArchitectureRules.clientNeverDependsOnTheSimulatorOrTheWebDemo(ROOT);

    @ArchTest
    static final ArchRule domain_uses_no_framework = BsaArchitectureRules.domainUsesNoFramework(ROOT);

    @ArchTest
    static final ArchRule client_uses_no_server_framework = BsaArchitectureRules.clientUsesNoServerFramework(ROOT);

    @ArchTest
    static final ArchRule packages_are_free_of_cycles = BsaArchitectureRules.noPackageCycles(ROOT);

    @ArchTest
    static final ArchRule only_the_cli_uses_standard_streams = BsaArchitectureRules.onlyTheCliUsesStandardStreams(ROOT);

    @ArchTest
    static final ArchRule nobody_uses_java_util_logging = BsaArchitectureRules.noJavaUtilLogging(ROOT);

    @ArchTest
    static final ArchRule domain_never_reads_the_system_clock_or_creates_randomness =
            BsaArchitectureRules.domainNeverReadsTheSystemClockOrCreatesRandomness(ROOT);

    @ArchTest
    static final ArchRule no_class_is_a_manager_helper_util_or_impl = BsaArchitectureRules.noVagueClassNames(ROOT);

    @ArchTest
    static final ArchRule domain_services_throw_no_generic_exceptions =
            BsaArchitectureRules.domainServicesThrowNoGenericExceptions(ROOT);

    /** The rules allow empty selections, so this proves they do look at the real code and only at it. */
    @ArchTest
    static void the_import_holds_the_production_code_and_no_test_code(JavaClasses classes) {
        assertThat(classes.contain("dev.bsa.domain.model.AuthStatus"))
                .as("the domain is imported")
                .isTrue();
        assertThat(classes.stream().map(JavaClass::getName))
                .as("neither the fixtures nor this module's tests are imported")
                .noneMatch(name -> name.startsWith("dev.bsa.archfixture.") || name.startsWith("dev.bsa.architecture."));
    }
}
