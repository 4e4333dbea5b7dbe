package dev.bsa.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.conditions.ArchConditions.accessTargetWhere;
import static com.tngtech.archunit.lang.conditions.ArchConditions.dependOnClassesThat;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

/**
 * The architecture rules of the BSA simulator, each a factory over a root package so that the same
 * rule runs against the production code (root {@code dev.bsa}) and against deliberately bad fixtures.
 *
 * <p>Every rule allows an empty selection: modules that are still empty pass rather than fail, and
 * {@code ArchitectureTest} separately checks that the production import is not empty.
 */
public final class BsaArchitectureRules {

    /** Where jOOQ's code generator writes, relative to the root: its packages are cyclic by design. */
    static final String JOOQ_GENERATED_PACKAGE = ".sim.adapter.out.persistence.jooq";

    private BsaArchitectureRules() {}

    /**
     * The domain depends on nothing but the JDK's {@code java..} packages and itself.
     *
     * @param root the root package, e.g. {@code dev.bsa}
     * @return the rule
     */
    public static ArchRule domainDependsOnlyOnTheJdk(String root) {
        return classes()
                .that()
                .resideInAPackage(root + ".domain..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("java..", root + ".domain..")
                .allowEmptyShould(true)
                .because("the domain is pure Java: no framework, no I/O library, not even javax "
                        + "(bsa-domain has no runtime dependency to lean on)");
    }

    /**
     * The onion: domain models inside, then domain services (the ports), then application services,
     * then one adapter per package under {@code sim.adapter.in} and {@code sim.adapter.out}, which never
     * depend on each other. The wiring ({@code sim.app}), the JUnit extension, the client and the web demo
     * stand outside the onion and are ignored.
     *
     * @param root the root package, e.g. {@code dev.bsa}
     * @return the rule
     */
    public static ArchRule onionArchitecture(String root) {
        return new AdapterDiscoveringOnion(root)
                .because("adapters depend on the domain's ports, never the other way round, "
                        + "and an adapter is replaced without touching another one");
    }

    /**
     * Every top-level type of the driven ports ({@code domain.port.out}, {@code sim.application.port.out}) that is
     * not a record or an enum is an interface.
     *
     * @param root the root package, e.g. {@code dev.bsa}
     * @return the rule
     */
    public static ArchRule drivenPortsAreInterfaces(String root) {
        return classes()
                .that()
                .resideInAnyPackage(root + ".domain.port.out..", root + ".sim.application.port.out..")
                .and()
                .areTopLevelClasses()
                .and()
                .areNotRecords()
                .and()
                .areNotEnums()
                .should()
                .beInterfaces()
                .allowEmptyShould(true)
                .because("a driven port is implemented by adapters (in-memory, jOOQ, fake push, ...), "
                        + "so it is an interface; records and enums are the values it speaks in");
    }

    /**
     * Entry adapters ({@code sim.adapter.in}: HTTP, WebSocket, CLI, the simulated phones) talk to use cases only:
     * never to a driven port (a repository, a gateway), a service behind a use case, or a driven adapter.
     *
     * @param root the root package, e.g. {@code dev.bsa}
     * @return the rule
     */
    public static ArchRule entryAdaptersTalkToUseCasesOnly(String root) {
        return noClasses()
                .that()
                .resideInAPackage(root + ".sim.adapter.in..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        root + ".domain.port.out..",
                        root + ".sim.application.port.out..",
                        root + ".domain.service..",
                        root + ".sim.application.service..",
                        root + ".sim.adapter.out..")
                .allowEmptyShould(true)
                .because("a request, a message or a command line reaches the rules through a use case, which owns "
                        + "them; an entry adapter that reads a repository itself bypasses them");
    }

    /**
     * The client SDK never depends on the simulator or the web demo.
     *
     * @param root the root package, e.g. {@code dev.bsa}
     * @return the rule
     */
    public static ArchRule clientNeverDependsOnTheSimulatorOrTheWebDemo(String root) {
        return noClasses()
                .that()
                .resideInAPackage(root + ".client..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(root + ".sim..", root + ".web..")
                .allowEmptyShould(true)
                .because("the client SDK talks to a BSA server over HTTP, real or simulated, "
                        + "and must not drag the simulator into its users' applications");
    }

    /**
     * The domain never depends on Javalin, jOOQ, Jackson or Jetty.
     *
     * @param root the root package, e.g. {@code dev.bsa}
     * @return the rule
     */
    public static ArchRule domainUsesNoFramework(String root) {
        return noClasses()
                .that()
                .resideInAPackage(root + ".domain..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("io.javalin..", "org.jooq..", "com.fasterxml..", "org.eclipse.jetty..")
                .allowEmptyShould(true)
                .because("web, storage and JSON are adapters' business, not the domain's");
    }

    /**
     * The client never depends on the server's frameworks (Javalin, jOOQ, Jetty); Jackson is allowed.
     *
     * @param root the root package, e.g. {@code dev.bsa}
     * @return the rule
     */
    public static ArchRule clientUsesNoServerFramework(String root) {
        return noClasses()
                .that()
                .resideInAPackage(root + ".client..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("io.javalin..", "org.jooq..", "org.eclipse.jetty..")
                .allowEmptyShould(true)
                .because("the client SDK runs inside its users' applications: it may read JSON with Jackson, "
                        + "but must not bring a web server or a database layer along");
    }

    /**
     * No cycles between packages: every package under the root is its own slice. Dependencies between
     * two classes that jOOQ generated (under the root's {@code sim.adapter.out.persistence.jooq}) are not
     * counted; dependencies between generated and hand-written code are.
     *
     * @param root the root package, e.g. {@code dev.bsa}
     * @return the rule
     */
    public static ArchRule noPackageCycles(String root) {
        String generatedJooq = root + JOOQ_GENERATED_PACKAGE + "..";
        return slices().matching(root + ".(**)")
                .namingSlices("$1")
                .should()
                .beFreeOfCycles()
                .ignoreDependency(resideInAPackage(generatedJooq), resideInAPackage(generatedJooq))
                .allowEmptyShould(true)
                .because(
                        "package cycles make modules and layers impossible to separate, test or replace "
                                + "(dependencies inside the code jOOQ generates into '" + generatedJooq
                                + "' are left out: "
                                + "its Keys, tables and records refer to each other by design, and it is regenerated, not edited)");
    }

    /**
     * Nothing but the CLI adapter touches {@code System.out}, {@code System.err} or
     * {@code printStackTrace()}.
     *
     * @param root the root package, e.g. {@code dev.bsa}
     * @return the rule
     */
    public static ArchRule onlyTheCliUsesStandardStreams(String root) {
        return noClasses()
                .that()
                .resideInAPackage(root + "..")
                .and()
                .resideOutsideOfPackage(root + ".sim.adapter.in.cli..")
                .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
                .allowEmptyShould(true)
                .because("everything but the command line reports through SLF4J (with a correlation id), "
                        + "so nothing is lost to or interleaved on a console");
    }

    /**
     * Nobody uses {@code java.util.logging}.
     *
     * @param root the root package, e.g. {@code dev.bsa}
     * @return the rule
     */
    public static ArchRule noJavaUtilLogging(String root) {
        return noClasses()
                .that()
                .resideInAPackage(root + "..")
                .should(GeneralCodingRules.USE_JAVA_UTIL_LOGGING.or(
                        dependOnClassesThat(resideInAPackage("java.util.logging.."))))
                .allowEmptyShould(true)
                .because("the project logs through SLF4J and Logback, in one format and one configuration");
    }

    /**
     * The domain never reads the system clock and never creates its own randomness: no {@code now()}
     * without a {@code Clock}, no {@code Clock.systemUTC()}, no {@code System.currentTimeMillis()},
     * no {@code UUID.randomUUID()}, no {@code new SecureRandom()}, and so on (see {@link SystemSources}).
     *
     * @param root the root package, e.g. {@code dev.bsa}
     * @return the rule
     */
    public static ArchRule domainNeverReadsTheSystemClockOrCreatesRandomness(String root) {
        return noClasses()
                .that()
                .resideInAPackage(root + ".domain..")
                .should(accessTargetWhere(SystemSources.SYSTEM_CLOCK_OR_OWN_RANDOMNESS)
                        .as("read the system clock or create their own randomness"))
                .allowEmptyShould(true)
                .because("time and randomness are injected (a java.time.Clock and a KeySource): "
                        + "that is what makes the virtual clock, TOTP windows and deadlines testable");
    }

    /**
     * No class is named {@code *Manager}, {@code *Helper}, {@code *Util}, {@code *Utils} or {@code *Impl}.
     *
     * @param root the root package, e.g. {@code dev.bsa}
     * @return the rule
     */
    public static ArchRule noVagueClassNames(String root) {
        return noClasses()
                .that()
                .resideInAPackage(root + "..")
                .should()
                .haveSimpleNameEndingWith("Manager")
                .orShould()
                .haveSimpleNameEndingWith("Helper")
                .orShould()
                .haveSimpleNameEndingWith("Util")
                .orShould()
                .haveSimpleNameEndingWith("Utils")
                .orShould()
                .haveSimpleNameEndingWith("Impl")
                .allowEmptyShould(true)
                .because("names explain themselves: a port is a role noun (SessionRepository) and "
                        + "its adapter names its technology (JooqSessionRepository)");
    }

    /**
     * The domain's application services never throw {@code Throwable}, {@code Exception} or
     * {@code RuntimeException} themselves.
     *
     * @param root the root package, e.g. {@code dev.bsa}
     * @return the rule
     */
    public static ArchRule domainServicesThrowNoGenericExceptions(String root) {
        return noClasses()
                .that()
                .resideInAPackage(root + ".domain.service..")
                .should(GeneralCodingRules.THROW_GENERIC_EXCEPTIONS)
                .allowEmptyShould(true)
                .because("business rejections are returned as values with an ErrorCode, and programmer "
                        + "errors are named (IllegalArgumentException, IllegalStateException)");
    }
}
