package dev.bsa.sim.adapter.in.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bsa.domain.model.Retention;
import dev.bsa.sim.app.SimulatorConfig;
import dev.bsa.sim.app.SimulatorConfig.SeedSource;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** The options and their environment variables, parsed by picocli and turned into a {@link SimulatorConfig}. */
class SimulatorOptionsTest {

    private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

    /** Each option's environment variable, as the README's configuration table lists them. */
    private static final Map<String, String> VARIABLES = Map.ofEntries(
            Map.entry("--port", "BSA_PORT"),
            Map.entry("--host", "BSA_HOST"),
            Map.entry("--db", "BSA_DB_URL"),
            Map.entry("--seed", "BSA_SEED"),
            Map.entry("--clock", "BSA_CLOCK"),
            Map.entry("--clock-start", "BSA_CLOCK_START"),
            Map.entry("--deadline", "BSA_DEADLINE"),
            Map.entry("--totp-limit", "BSA_TOTP_LIMIT"),
            Map.entry("--retention", "BSA_RETENTION"),
            Map.entry("--admin-token", "BSA_ADMIN_TOKEN"),
            Map.entry("--public-url", "BSA_PUBLIC_URL"),
            Map.entry("--log-level", "BSA_LOG_LEVEL"),
            Map.entry("--ready-file", "BSA_READY_FILE"));

    @Test
    void givenNoFlagsAndNoEnvironment_theSimulatorListensOnLoopback8080_inMemory_withTheDemoSeed_onTheSystemClock() {
        SimulatorConfig config = parse(FakeEnvironment.empty());

        assertThat(config.host()).isEqualTo("127.0.0.1");
        assertThat(config.port()).isEqualTo(8080);
        assertThat(config.jdbcUrl()).startsWith("jdbc:h2:mem:");
        assertThat(config.seed()).isEqualTo(SeedSource.demo());
        assertThat(config.virtualClock()).isEmpty();
        assertThat(config.authDeadline()).isEmpty();
        assertThat(config.totpLimit()).isEmpty();
        assertThat(config.adminToken()).as("random, made at start").isEmpty();
        assertThat(config.publicBaseUrl()).isEmpty();
        assertThat(config.retention()).isEqualTo(Retention.defaults());
        assertThat(config.retention().window()).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void everyFlag_reachesTheConfiguration() {
        SimulatorConfig config = parse(
                FakeEnvironment.empty(),
                "--port",
                "0",
                "--host",
                "0.0.0.0",
                "--db",
                "jdbc:h2:file:./data/bsa",
                "--seed",
                "seeds/team.yaml",
                "--clock",
                "virtual",
                "--clock-start",
                START.toString(),
                "--deadline",
                "30",
                "--totp-limit",
                "9",
                "--retention",
                "600",
                "--admin-token",
                "secret",
                "--public-url",
                "https://bsa.example.test/");

        assertThat(config).isEqualTo(everyOptionChanged());
    }

    @Test
    void everyEnvironmentVariable_reachesTheConfiguration_asItsFlagWould() {
        SimulatorConfig config = parse(new FakeEnvironment(Map.ofEntries(
                Map.entry("BSA_PORT", "0"),
                Map.entry("BSA_HOST", "0.0.0.0"),
                Map.entry("BSA_DB_URL", "jdbc:h2:file:./data/bsa"),
                Map.entry("BSA_SEED", "seeds/team.yaml"),
                Map.entry("BSA_CLOCK", "virtual"),
                Map.entry("BSA_CLOCK_START", START.toString()),
                Map.entry("BSA_DEADLINE", "30"),
                Map.entry("BSA_TOTP_LIMIT", "9"),
                Map.entry("BSA_RETENTION", "600"),
                Map.entry("BSA_ADMIN_TOKEN", "secret"),
                Map.entry("BSA_PUBLIC_URL", "https://bsa.example.test/"))));

        assertThat(config).isEqualTo(everyOptionChanged());
    }

    @Test
    void aFlag_winsOverItsEnvironmentVariable() {
        SimulatorConfig config =
                parse(new FakeEnvironment(Map.of("BSA_PORT", "9000", "BSA_DEADLINE", "30")), "--port", "9001");

        assertThat(config.port()).isEqualTo(9001);
        assertThat(config.authDeadline()).contains(Duration.ofSeconds(30));
    }

    @Test
    void everyOption_readsItsEnvironmentVariable_andItsHelpNamesIt() {
        CommandLine commandLine = SimulatorCommand.commandLine(new SimulatorCommand());
        Stream<OptionSpec> options = commandLine.getCommandSpec().options().stream()
                .filter(option -> !option.usageHelp() && !option.versionHelp());

        assertThat(options).allSatisfy(option -> {
            String variable = VARIABLES.get(option.longestName());
            assertThat(variable).as("the README lists " + option.longestName()).isNotNull();
            assertThat(FakeEnvironment.variableName(option))
                    .as(option.longestName())
                    .contains(variable);
            assertThat(String.join(" ", option.description()))
                    .as(option.longestName())
                    .contains("env " + variable);
        });
        assertThat(commandLine.getCommandSpec().options())
                .extracting(OptionSpec::longestName)
                .containsAll(VARIABLES.keySet());
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            demo,          demo
            DEMO,          demo
            none,          none
            None,          none
            ' demo ',      demo
            """)
    void theSeedNames_demoAndNone_areNotFiles(String given, String meant) {
        assertThat(parse(FakeEnvironment.empty(), "--seed", given).seed())
                .isEqualTo("demo".equals(meant) ? SeedSource.demo() : SeedSource.none());
    }

    @Test
    void anyOtherSeed_isAFile() {
        assertThat(parse(FakeEnvironment.empty(), "--seed", "demo.yaml").seed())
                .isEqualTo(SeedSource.file(Path.of("demo.yaml")));
    }

    @Test
    void aVirtualClockWithoutAStart_startsAtTheCurrentTime() {
        Instant before = Instant.now();

        Optional<Instant> start =
                parse(FakeEnvironment.empty(), "--clock", "VIRTUAL").virtualClock();

        assertThat(start).hasValueSatisfying(instant -> assertThat(instant).isBetween(before, Instant.now()));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            --port        | 70000          | --port (BSA_PORT) must be a whole number between 0 and 65535, was 70000
            --port        | -1             | --port (BSA_PORT) must be a whole number between 0 and 65535, was -1
            --port        | eighty         | --port (BSA_PORT) must be a whole number between 0 and 65535, was eighty
            --port        | 80.5           | --port (BSA_PORT) must be a whole number between 0 and 65535, was 80.5
            --host        | ' '            | --host (BSA_HOST) must be a host name or IP address of this machine, such as 127.0.0.1 or 0.0.0.0, was ' '
            --host        | http://x       | --host (BSA_HOST) must be a host name or IP address of this machine, such as 127.0.0.1 or 0.0.0.0, was 'http://x'
            --host        | 'a b'          | --host (BSA_HOST) must be a host name or IP address of this machine, such as 127.0.0.1 or 0.0.0.0, was 'a b'
            --db          | jdbc:mysql://localhost/bsa | --db (BSA_DB_URL) must be a JDBC URL starting with jdbc:h2: or jdbc:postgresql:, was jdbc:mysql://localhost/bsa
            --db          | ./data/bsa     | --db (BSA_DB_URL) must be a JDBC URL starting with jdbc:h2: or jdbc:postgresql:, was ./data/bsa
            --seed        | ' '            | --seed (BSA_SEED) must be demo, none or a seed file, was ' '
            --clock       | sometimes      | --clock (BSA_CLOCK) must be system or virtual, was sometimes
            --clock-start | 2026-03-02T09:00:00Z | --clock-start (BSA_CLOCK_START) needs --clock virtual
            --clock-start | yesterday      | --clock-start (BSA_CLOCK_START) must be an ISO-8601 instant such as 2026-01-05T09:00:00Z, was yesterday
            --clock-start | 2026-03-02     | --clock-start (BSA_CLOCK_START) must be an ISO-8601 instant such as 2026-01-05T09:00:00Z, was 2026-03-02
            --deadline    | -1             | --deadline (BSA_DEADLINE) must be a whole number between 1 and 3600 seconds, was -1
            --deadline    | 0              | --deadline (BSA_DEADLINE) must be a whole number between 1 and 3600 seconds, was 0
            --deadline    | 3601           | --deadline (BSA_DEADLINE) must be a whole number between 1 and 3600 seconds, was 3601
            --deadline    | 1m             | --deadline (BSA_DEADLINE) must be a whole number between 1 and 3600 seconds, was 1m
            --totp-limit  | 0              | --totp-limit (BSA_TOTP_LIMIT) must be a whole number between 1 and 1000000, was 0
            --totp-limit  | 1000001        | --totp-limit (BSA_TOTP_LIMIT) must be a whole number between 1 and 1000000, was 1000001
            --totp-limit  | five           | --totp-limit (BSA_TOTP_LIMIT) must be a whole number between 1 and 1000000, was five
            --retention   | 0              | --retention (BSA_RETENTION) must be a whole number between 1 and 2592000 seconds, was 0
            --retention   | -60            | --retention (BSA_RETENTION) must be a whole number between 1 and 2592000 seconds, was -60
            --retention   | 2592001        | --retention (BSA_RETENTION) must be a whole number between 1 and 2592000 seconds, was 2592001
            --retention   | 1h             | --retention (BSA_RETENTION) must be a whole number between 1 and 2592000 seconds, was 1h
            --admin-token | 'two words'    | --admin-token (BSA_ADMIN_TOKEN) must be 1 to 512 visible ASCII characters without spaces, was 'two words'
            --admin-token | 'geheim-ü'     | --admin-token (BSA_ADMIN_TOKEN) must be 1 to 512 visible ASCII characters without spaces, was 'geheim-ü'
            --public-url  | ftp://example.test | --public-url (BSA_PUBLIC_URL) must be an http:// or https:// URL, was ftp://example.test
            --public-url  | localhost:8080 | --public-url (BSA_PUBLIC_URL) must be an http:// or https:// URL, was localhost:8080
            --public-url  | http://example.test/?a=b | --public-url (BSA_PUBLIC_URL) must be an http:// or https:// URL, was http://example.test/?a=b
            --ready-file  | /no-such-directory/ready.json | --ready-file (BSA_READY_FILE) must name a file in an existing directory, was '/no-such-directory/ready.json'
            --ready-file  | .              | --ready-file (BSA_READY_FILE) must name a file in an existing directory, was '.'
            """)
    void aBadValue_asAFlagOrInItsVariable_isRefused_namingTheOptionItsVariableAndWhatItTakes(
            String option, String value, String message) {
        assertThatThrownBy(() -> parse(FakeEnvironment.empty(), option, value))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
        assertThatThrownBy(() -> parse(new FakeEnvironment(Map.of(VARIABLES.get(option), value))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    @ParameterizedTest
    @CsvSource({"debug, DEBUG", "' TRACE ', TRACE", "Warn, WARN", "off, OFF", "INFO, INFO"})
    void theLogLevel_isOneOfLogbacksLevels_inAnyCase(String given, String level) {
        SimulatorCommand command = new SimulatorCommand();
        CommandLine commandLine = SimulatorCommand.commandLine(command);
        commandLine.setDefaultValueProvider(FakeEnvironment.empty());
        commandLine.parseArgs("--log-level", given);

        assertThat(command.options.logLevel()).hasToString(level);
    }

    @ParameterizedTest
    @CsvSource({"loud", "' '", "FINE", "WARNING"})
    void anUnknownLogLevel_isRefused_namingTheOptionItsVariableAndTheLevels(String given) {
        SimulatorCommand command = new SimulatorCommand();
        CommandLine commandLine = SimulatorCommand.commandLine(command);
        commandLine.setDefaultValueProvider(new FakeEnvironment(Map.of("BSA_LOG_LEVEL", given)));
        commandLine.parseArgs();

        assertThatThrownBy(() -> command.options.logLevel())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--log-level (BSA_LOG_LEVEL) must be TRACE, DEBUG, INFO, WARN, ERROR or OFF, was " + given);
    }

    @Test
    void theReadyFile_isOptional_andNamedAsAnAbsolutePath(@TempDir Path directory) {
        SimulatorCommand command = new SimulatorCommand();
        CommandLine commandLine = SimulatorCommand.commandLine(command);
        commandLine.setDefaultValueProvider(new FakeEnvironment(
                Map.of("BSA_READY_FILE", directory.resolve("ready.json").toString())));
        commandLine.parseArgs();

        assertThat(command.options.readyFile())
                .contains(directory.resolve("ready.json").toAbsolutePath());
        assertThat(parseOptions(FakeEnvironment.empty()).readyFile()).isEmpty();
        assertThat(parseOptions(new FakeEnvironment(Map.of("BSA_READY_FILE", "")))
                        .readyFile())
                .as("an empty variable is no variable")
                .isEmpty();
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            127.0.0.1,       127.0.0.1
            0.0.0.0,         0.0.0.0
            localhost,       localhost
            sim-1.example.test, sim-1.example.test
            ::1,             ::1
            '[::1]',         ::1
            ' 127.0.0.1 ',   127.0.0.1
            """)
    void aHostNameOrAddress_isAHost(String given, String host) {
        assertThat(parse(FakeEnvironment.empty(), "--host", given).host()).isEqualTo(host);
    }

    @Test
    void thePublicUrl_losesItsTrailingSlashes() {
        assertThat(parse(FakeEnvironment.empty(), "--public-url", "http://bsa.example.test:8080/sim//")
                        .publicBaseUrl())
                .contains("http://bsa.example.test:8080/sim");
    }

    private static SimulatorConfig everyOptionChanged() {
        return SimulatorConfig.defaults()
                .withPort(0)
                .withHost("0.0.0.0")
                .withJdbcUrl("jdbc:h2:file:./data/bsa")
                .withSeed(SeedSource.file(Path.of("seeds/team.yaml")))
                .withVirtualClock(START)
                .withAuthDeadline(Duration.ofSeconds(30))
                .withTotpLimit(9)
                .withRetention(new Retention(Duration.ofSeconds(600)))
                .withAdminToken("secret")
                .withPublicBaseUrl("https://bsa.example.test");
    }

    private static SimulatorOptions parseOptions(FakeEnvironment environment, String... args) {
        SimulatorCommand command = new SimulatorCommand();
        CommandLine commandLine = SimulatorCommand.commandLine(command);
        commandLine.setDefaultValueProvider(environment);
        commandLine.parseArgs(args);
        return command.options;
    }

    private static SimulatorConfig parse(FakeEnvironment environment, String... args) {
        SimulatorCommand command = new SimulatorCommand();
        CommandLine commandLine = SimulatorCommand.commandLine(command);
        commandLine.setDefaultValueProvider(environment);
        commandLine.parseArgs(args);
        return command.options.toConfig();
    }
}
