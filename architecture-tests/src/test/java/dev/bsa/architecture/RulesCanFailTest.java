package dev.bsa.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import dev.bsa.archfixture.client.CallsSimulator;
import dev.bsa.archfixture.client.OpensWebDemo;
import dev.bsa.archfixture.client.internal.EmbedsJavalin;
import dev.bsa.archfixture.client.internal.ReadsJsonWithJackson;
import dev.bsa.archfixture.domain.model.KnowsItsStore;
import dev.bsa.archfixture.domain.model.ReadsInjectedClock;
import dev.bsa.archfixture.domain.model.ReadsSystemClock;
import dev.bsa.archfixture.domain.model.UsesJackson;
import dev.bsa.archfixture.domain.port.out.ConcreteRepository;
import dev.bsa.archfixture.domain.port.out.SessionStore;
import dev.bsa.archfixture.domain.port.out.StoreOutcome;
import dev.bsa.archfixture.domain.port.out.StoredPage;
import dev.bsa.archfixture.domain.service.EverySystemSource;
import dev.bsa.archfixture.domain.service.NewsRandom;
import dev.bsa.archfixture.domain.service.ThrowsGenericException;
import dev.bsa.archfixture.domain.service.UsesJavaxCrypto;
import dev.bsa.archfixture.sim.adapter.in.cli.PrintsUsage;
import dev.bsa.archfixture.sim.adapter.in.cli.StartCommand;
import dev.bsa.archfixture.sim.adapter.in.http.CallsAUseCase;
import dev.bsa.archfixture.sim.adapter.in.http.ReadsTheStoreDirectly;
import dev.bsa.archfixture.sim.adapter.in.http.SessionRoutes;
import dev.bsa.archfixture.sim.adapter.out.channel.PrintsStackTrace;
import dev.bsa.archfixture.sim.adapter.out.fault.LogsWithJul;
import dev.bsa.archfixture.sim.adapter.out.persistence.JdbcSessionStore;
import dev.bsa.archfixture.sim.adapter.out.persistence.jooq.Tables;
import dev.bsa.archfixture.sim.adapter.out.persistence.jooq.tables.SessionTable;
import dev.bsa.archfixture.sim.adapter.out.push.PrintsToStdout;
import dev.bsa.archfixture.sim.adapter.out.token.JwtTokenMinter;
import dev.bsa.archfixture.sim.app.Bootstrap;
import dev.bsa.archfixture.sim.application.port.out.AbstractFaultPort;
import dev.bsa.archfixture.sim.application.service.KeyHelper;
import dev.bsa.archfixture.sim.application.service.SessionManager;
import dev.bsa.archfixture.sim.application.service.SessionStoreImpl;
import dev.bsa.archfixture.sim.application.service.StringUtils;
import dev.bsa.archfixture.sim.application.service.TimeUtil;
import dev.bsa.archfixture.web.DemoPage;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Proves that every rule can fail: each rule, run against the deliberately bad fixtures under
 * {@code dev.bsa.archfixture} (a miniature of the real tree), reports the class that breaks it and
 * leaves alone the classes that do what the rule allows.
 */
class RulesCanFailTest {

    private static final String ROOT = "dev.bsa.archfixture";

    /** Only the fixture packages; the importer includes test classes by default, which is where they live. */
    private static final JavaClasses FIXTURES = new ClassFileImporter().importPackages(ROOT);

    @Test
    void fixtureImport_holdsTheFixturesAndNothingElse() {
        assertThat(FIXTURES.contain(ReadsSystemClock.class)).isTrue();
        assertThat(FIXTURES.stream().map(JavaClass::getName)).allMatch(name -> name.startsWith(ROOT + "."));
    }

    // --- the domain depends only on the JDK

    @Test
    void domainUsingJackson_isReportedAsNotPureJava() {
        assertThat(violationsOf(BsaArchitectureRules.domainDependsOnlyOnTheJdk(ROOT)))
                .satisfies(names(UsesJackson.class));
    }

    @Test
    void domainUsingJavax_isReportedAsNotPureJava() {
        assertThat(violationsOf(BsaArchitectureRules.domainDependsOnlyOnTheJdk(ROOT)))
                .satisfies(names(UsesJavaxCrypto.class));
    }

    @Test
    void domainUsingOnlyJavaAndItself_isNotReportedAsNotPureJava() {
        assertThat(violationsOf(BsaArchitectureRules.domainDependsOnlyOnTheJdk(ROOT)))
                .satisfies(
                        doesNotName(ReadsSystemClock.class),
                        doesNotName(KnowsItsStore.class),
                        doesNotName(SessionStore.class));
    }

    // --- onion layers

    @Test
    void adapterDependingOnAnotherAdapter_isReported() {
        assertThat(violationsOf(BsaArchitectureRules.onionArchitecture(ROOT)))
                .satisfies(names(JdbcSessionStore.class), names(JwtTokenMinter.class));
    }

    @Test
    void domainModelReachingOutToAPort_isReported() {
        assertThat(violationsOf(BsaArchitectureRules.onionArchitecture(ROOT))).satisfies(names(KnowsItsStore.class));
    }

    @Test
    void wiringClientAndWebDemo_standOutsideTheOnion_andAreNotReported() {
        assertThat(violationsOf(BsaArchitectureRules.onionArchitecture(ROOT)))
                .satisfies(
                        doesNotName(Bootstrap.class), doesNotName(CallsSimulator.class), doesNotName(DemoPage.class));
    }

    @Test
    void onion_findsOneAdapterPerPackageUnderInAndOut() {
        assertThat(new AdapterDiscoveringOnion(ROOT).adaptersIn(FIXTURES))
                .containsExactly(
                        "in.cli", "in.http", "out.channel", "out.fault", "out.persistence", "out.push", "out.token");
    }

    // --- entry adapters talk to use cases only

    @Test
    void entryAdapterReadingADrivenPort_isReported() {
        assertThat(violationsOf(BsaArchitectureRules.entryAdaptersTalkToUseCasesOnly(ROOT)))
                .satisfies(names(ReadsTheStoreDirectly.class));
    }

    @Test
    void entryAdapterCallingAUseCase_isNotReported() {
        assertThat(violationsOf(BsaArchitectureRules.entryAdaptersTalkToUseCasesOnly(ROOT)))
                .satisfies(doesNotName(CallsAUseCase.class), doesNotName(SessionRoutes.class));
    }

    // --- driven ports are interfaces

    @Test
    void concreteClassAmongTheDomainsDrivenPorts_isReported() {
        assertThat(violationsOf(BsaArchitectureRules.drivenPortsAreInterfaces(ROOT)))
                .satisfies(names(ConcreteRepository.class));
    }

    @Test
    void abstractClassAmongTheSimulatorsDrivenPorts_isReported() {
        assertThat(violationsOf(BsaArchitectureRules.drivenPortsAreInterfaces(ROOT)))
                .satisfies(names(AbstractFaultPort.class));
    }

    @Test
    void interfacesRecordsAndEnumsAmongDrivenPorts_areNotReported() {
        assertThat(violationsOf(BsaArchitectureRules.drivenPortsAreInterfaces(ROOT)))
                .satisfies(
                        doesNotName(SessionStore.class),
                        doesNotName(StoredPage.class),
                        doesNotName(StoreOutcome.class));
    }

    // --- the client never depends on the simulator or the web demo

    @Test
    void clientCallingTheSimulator_isReported() {
        assertThat(violationsOf(BsaArchitectureRules.clientNeverDependsOnTheSimulatorOrTheWebDemo(ROOT)))
                .satisfies(names(CallsSimulator.class), names(SessionRoutes.class));
    }

    @Test
    void clientUsingTheWebDemo_isReported() {
        assertThat(violationsOf(BsaArchitectureRules.clientNeverDependsOnTheSimulatorOrTheWebDemo(ROOT)))
                .satisfies(names(OpensWebDemo.class));
    }

    // --- no frameworks in the domain, no server frameworks in the client

    @Test
    void domainUsingJackson_isReportedAsUsingAFramework() {
        assertThat(violationsOf(BsaArchitectureRules.domainUsesNoFramework(ROOT)))
                .satisfies(names(UsesJackson.class));
    }

    @Test
    void clientEmbeddingJavalin_isReported() {
        assertThat(violationsOf(BsaArchitectureRules.clientUsesNoServerFramework(ROOT)))
                .satisfies(names(EmbedsJavalin.class));
    }

    @Test
    void clientReadingJsonWithJackson_isNotReported() {
        assertThat(violationsOf(BsaArchitectureRules.clientUsesNoServerFramework(ROOT)))
                .satisfies(doesNotName(ReadsJsonWithJackson.class));
    }

    // --- no package cycles

    @Test
    void packageCycle_isReported() {
        assertThat(violationsOf(BsaArchitectureRules.noPackageCycles(ROOT)))
                .contains("Cycle detected: ")
                .satisfies(names(StartCommand.class), names(Bootstrap.class));
    }

    @Test
    void cyclesInsideGeneratedJooqCode_areNotReported() {
        assertThat(violationsOf(BsaArchitectureRules.noPackageCycles(ROOT)))
                .satisfies(doesNotName(Tables.class), doesNotName(SessionTable.class));
    }

    // --- standard streams and logging

    @Test
    void adapterPrintingToStdout_isReported() {
        assertThat(violationsOf(BsaArchitectureRules.onlyTheCliUsesStandardStreams(ROOT)))
                .satisfies(names(PrintsToStdout.class));
    }

    @Test
    void printStackTraceOutsideTheCli_isReported() {
        assertThat(violationsOf(BsaArchitectureRules.onlyTheCliUsesStandardStreams(ROOT)))
                .satisfies(names(PrintsStackTrace.class));
    }

    @Test
    void cliWritingToTheStandardStreams_isNotReported() {
        assertThat(violationsOf(BsaArchitectureRules.onlyTheCliUsesStandardStreams(ROOT)))
                .satisfies(doesNotName(PrintsUsage.class));
    }

    @Test
    void javaUtilLoggingUser_isReported() {
        assertThat(violationsOf(BsaArchitectureRules.noJavaUtilLogging(ROOT))).satisfies(names(LogsWithJul.class));
    }

    // --- the domain never reads the system clock nor creates its own randomness

    @Test
    void domainReadingTheSystemClock_isReported() {
        assertThat(violationsOf(BsaArchitectureRules.domainNeverReadsTheSystemClockOrCreatesRandomness(ROOT)))
                .satisfies(names(ReadsSystemClock.class));
    }

    @Test
    void domainCreatingItsOwnRandom_isReported() {
        assertThat(violationsOf(BsaArchitectureRules.domainNeverReadsTheSystemClockOrCreatesRandomness(ROOT)))
                .satisfies(names(NewsRandom.class));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "java.time.Instant.now()",
                "java.time.LocalDate.now()",
                "java.time.LocalDateTime.now()",
                "java.time.ZonedDateTime.now()",
                "java.time.OffsetDateTime.now()",
                "java.time.LocalTime.now(java.time.ZoneId)",
                "java.time.Clock.systemUTC()",
                "java.time.Clock.systemDefaultZone()",
                "java.lang.System.currentTimeMillis()",
                "java.lang.System.nanoTime()",
                "java.lang.Math.random()",
                "java.util.UUID.randomUUID()",
                "java.util.concurrent.ThreadLocalRandom.current()",
                "java.util.Random.<init>(long)",
                "java.security.SecureRandom.<init>()",
            })
    void domainUsingThisSystemSource_isReported(String member) {
        assertThat(violationsOf(BsaArchitectureRules.domainNeverReadsTheSystemClockOrCreatesRandomness(ROOT)))
                .contains(EverySystemSource.class.getName() + ".all()> ")
                .contains("<" + member + ">");
    }

    @Test
    void domainReferencingInstantNowAsAMethodReference_isReported() {
        assertThat(violationsOf(BsaArchitectureRules.domainNeverReadsTheSystemClockOrCreatesRandomness(ROOT)))
                .contains("<" + EverySystemSource.class.getName()
                        + ".nowSupplier()> references method <java.time.Instant.now()>");
    }

    @Test
    void domainReadingAnInjectedClock_isNotReported() {
        assertThat(violationsOf(BsaArchitectureRules.domainNeverReadsTheSystemClockOrCreatesRandomness(ROOT)))
                .satisfies(doesNotName(ReadsInjectedClock.class));
    }

    // --- naming

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            classes = {SessionManager.class, KeyHelper.class, TimeUtil.class, StringUtils.class, SessionStoreImpl.class
            })
    void vagueClassName_isReported(Class<?> vaguelyNamed) {
        assertThat(violationsOf(BsaArchitectureRules.noVagueClassNames(ROOT))).satisfies(names(vaguelyNamed));
    }

    @Test
    void classNamedAfterItsTechnologyAndRole_isNotReported() {
        assertThat(violationsOf(BsaArchitectureRules.noVagueClassNames(ROOT)))
                .satisfies(doesNotName(JdbcSessionStore.class), doesNotName(SessionStore.class));
    }

    // --- generic exceptions

    @Test
    void domainServiceThrowingAGenericException_isReported() {
        assertThat(violationsOf(BsaArchitectureRules.domainServicesThrowNoGenericExceptions(ROOT)))
                .satisfies(names(ThrowsGenericException.class));
    }

    // --- helpers

    /** Evaluates the rule against the fixtures, insists that it fails, and returns its report. */
    private static String violationsOf(ArchRule rule) {
        EvaluationResult result = rule.evaluate(FIXTURES);
        assertThat(result.hasViolation())
                .as("'%s' reports a violation in the fixtures", rule.getDescription())
                .isTrue();
        return result.getFailureReport().toString();
    }

    /** The report names the class, or one of its members, as ArchUnit writes them: {@code <a.b.C>}, {@code <a.b.C.m()>}. */
    private static org.assertj.core.api.ThrowingConsumer<String> names(Class<?> type) {
        return report -> assertThat(mentions(report, type))
                .as("the report names %s:%n%s", type.getName(), report)
                .isTrue();
    }

    private static org.assertj.core.api.ThrowingConsumer<String> doesNotName(Class<?> type) {
        return report -> assertThat(mentions(report, type))
                .as("the report does not name %s:%n%s", type.getName(), report)
                .isFalse();
    }

    private static boolean mentions(String report, Class<?> type) {
        return Pattern.compile("<" + Pattern.quote(type.getName()) + "[>.$]")
                .matcher(report)
                .find();
    }
}
