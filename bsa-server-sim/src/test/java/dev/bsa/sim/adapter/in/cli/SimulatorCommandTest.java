package dev.bsa.sim.adapter.in.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bsa.sim.adapter.in.support.ApiClient;
import dev.bsa.sim.adapter.in.support.ApiResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/** The command as {@code java -jar} runs it, in process: exit codes, what it prints, and a real start and stop. */
class SimulatorCommandTest {

    private static final Pattern API_LINE = Pattern.compile("API: +(http://localhost:(\\d+))/api/v1");
    /** A guard against a hang on a loaded machine: every wait ends as soon as what it waits for happens. */
    private static final long WAIT_MILLIS = 120_000;

    private final ExecutorService runner = Executors.newSingleThreadExecutor();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path directory;

    @AfterEach
    void stopTheRunner() {
        runner.shutdownNow();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            --port 70000                 | bsa-server-sim: --port (BSA_PORT) must be between 0 and 65535, was 70000
            --clock sometimes            | bsa-server-sim: --clock (BSA_CLOCK) must be system or virtual, was sometimes
            --deadline -1                | bsa-server-sim: --deadline (BSA_DEADLINE) must be between 1 and 3600 seconds, was -1
            --totp-limit 0               | bsa-server-sim: --totp-limit (BSA_TOTP_LIMIT) must be between 1 and 1000000, was 0
            --retention 0                | bsa-server-sim: --retention (BSA_RETENTION) must be between 1 and 2592000 seconds, was 0
            --seed missing-seed.yaml     | bsa-server-sim: the seed file missing-seed.yaml does not exist
            --db jdbc:mysql://localhost/bsa | bsa-server-sim: unsupported database URL (use jdbc:h2:... or jdbc:postgresql:...): jdbc:mysql://localhost/bsa
            --port abc                   | bsa-server-sim: Invalid value for option '--port': 'abc' is not an int (see --help)
            --clock-start yesterday      | bsa-server-sim: Invalid value for option '--clock-start': 'yesterday' is not an ISO-8601 instant such as 2026-01-05T09:00:00Z (see --help)
            --colour blue                | bsa-server-sim: Unknown options: '--colour', 'blue' (see --help)
            --port                       | bsa-server-sim: Missing required parameter for option '--port' (PORT) (see --help)
            """)
    void aBadValue_exitsWith2_andOneClearLineOnStandardError(String args, String message) {
        int exit = execute(FakeEnvironment.empty(), args.split(" "));

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString().lines())
                .singleElement()
                .asString()
                .startsWith(message)
                .doesNotContain("Exception");
        assertThat(out.toString()).as("no banner and no usage text").isEmpty();
    }

    @Test
    void aBadEnvironmentVariable_exitsWith2_andOneLineNamingTheOption() {
        int exit = execute(new FakeEnvironment(Map.of("BSA_PORT", "eighty")));

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString().lines())
                .singleElement()
                .asString()
                .isEqualTo("bsa-server-sim: Invalid value for option '--port': 'eighty' is not an int (see --help)");
    }

    @Test
    void aPortInUse_exitsWith1_andSaysSo_inOneLine() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int exit = execute(
                    FakeEnvironment.empty(), "--port", Integer.toString(taken.getLocalPort()), "--seed", "none");

            assertThat(exit).isEqualTo(1);
            assertThat(err.toString().lines())
                    .singleElement()
                    .asString()
                    .startsWith("bsa-server-sim: cannot start: ")
                    .contains(Integer.toString(taken.getLocalPort()));
        }
    }

    @Test
    void help_listsEveryOptionWithItsVariable_andExitsWith0() {
        int exit = execute(FakeEnvironment.empty(), "--help");

        assertThat(exit).isZero();
        assertThat(out.toString())
                .startsWith("Usage: bsa-server-sim")
                .contains(
                        "--port=PORT",
                        "--host=HOST",
                        "--db=JDBC_URL",
                        "--seed=demo|none|FILE",
                        "--clock=system|virtual",
                        "--clock-start=INSTANT",
                        "--deadline=SECONDS",
                        "--totp-limit=N",
                        "--retention=SECONDS",
                        "--admin-token=TOKEN",
                        "--public-url=URL",
                        "-h, --help",
                        "-V, --version")
                .contains(
                        "BSA_PORT",
                        "BSA_HOST",
                        "BSA_DB_URL",
                        "BSA_SEED",
                        "BSA_CLOCK",
                        "BSA_CLOCK_START",
                        "BSA_DEADLINE",
                        "BSA_TOTP_LIMIT",
                        "BSA_RETENTION",
                        "BSA_ADMIN_TOKEN",
                        "BSA_PUBLIC_URL");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void version_printsTheVersion_andExitsWith0() {
        int exit = execute(FakeEnvironment.empty(), "--version");

        assertThat(exit).isZero();
        assertThat(out.toString()).isEqualTo("BSA Simulator 0.1.0" + System.lineSeparator());
    }

    @Test
    void givenGoodOptions_theCommandServesUntilStopped_thenClosesThePortAndExitsWith0() throws Exception {
        SimulatorCommand command = new SimulatorCommand();
        CompletableFuture<Integer> exit = run(
                command,
                "--port",
                "0",
                "--seed",
                "none",
                "--clock",
                "virtual",
                "--clock-start",
                "2026-03-02T09:00:00Z",
                "--admin-token",
                "cli-admin-token");
        Matcher api = awaitBanner();
        int port = Integer.parseInt(api.group(2));
        ApiClient http = new ApiClient(api.group(1));

        assertThat(http.get("/health").send().status()).isEqualTo(200);
        ApiResponse clock =
                http.get("/api/v1/admin/clock").admin("cli-admin-token").send();
        assertThat(clock.text("now")).isEqualTo("2026-03-02T09:00:00Z");
        assertThat(clock.data().path("virtual").asBoolean()).isTrue();
        assertThat(http.get("/api/v1/admin/users")
                        .admin("cli-admin-token")
                        .send()
                        .data())
                .as("seed none")
                .isEmpty();
        assertThat(out.toString())
                .contains("(virtual clock)", "Admin token:  cli-admin-token")
                .doesNotContain("demo-client-key");

        command.stop();

        assertThat(exit.get(WAIT_MILLIS, TimeUnit.MILLISECONDS)).isZero();
        assertThatThrownBy(() ->
                        new Socket().connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 2_000))
                .isInstanceOf(ConnectException.class);
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void givenTheDemoSeed_theBannerShowsTheDemoCredentials_andTheyWork() throws Exception {
        SimulatorCommand command = new SimulatorCommand();
        CompletableFuture<Integer> exit = run(command, "--port", "0");
        Matcher api = awaitBanner();
        Matcher token = Pattern.compile("Admin token: +(\\S+)").matcher(out.toString());
        assertThat(token.find()).as(out.toString()).isTrue();
        ApiClient http = new ApiClient(api.group(1));

        assertThat(out.toString()).contains("Client key:   demo-client-key", "demo-device-<user>");
        assertThat(http.get("/api/v1/device/me")
                        .device("demo-device-alice")
                        .send()
                        .text("userKey"))
                .isEqualTo("alice");
        assertThat(http.get("/api/v1/admin/clients")
                        .admin(token.group(1))
                        .send()
                        .data())
                .anyMatch(client -> client.path("clientKey").asText().equals("demo-client-key"));

        command.stop();
        assertThat(exit.get(WAIT_MILLIS, TimeUnit.MILLISECONDS)).isZero();
    }

    private int execute(FakeEnvironment environment, String... args) {
        return commandLine(new SimulatorCommand(), environment).execute(args);
    }

    private CompletableFuture<Integer> run(SimulatorCommand command, String... args) {
        CommandLine commandLine = commandLine(command, FakeEnvironment.empty());
        return CompletableFuture.supplyAsync(() -> commandLine.execute(args), runner);
    }

    private CommandLine commandLine(SimulatorCommand command, FakeEnvironment environment) {
        CommandLine commandLine = SimulatorCommand.commandLine(command);
        commandLine.setDefaultValueProvider(environment);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine;
    }

    /** Waits (bounded) until the banner is printed, and returns its API line. */
    private Matcher awaitBanner() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(WAIT_MILLIS);
        while (!out.toString().contains("Press Ctrl+C to stop.")) {
            assertThat(System.nanoTime())
                    .as("the banner within %d ms; stderr: %s", WAIT_MILLIS, err)
                    .isLessThan(deadline);
            Thread.sleep(10);
        }
        Matcher api = API_LINE.matcher(out.toString());
        assertThat(api.find()).as(out.toString()).isTrue();
        return api;
    }
}
