package dev.bsa.sim.adapter.in.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
            --port 70000                 | bsa-server-sim: --port (BSA_PORT) must be a whole number between 0 and 65535, was 70000
            --port abc                   | bsa-server-sim: --port (BSA_PORT) must be a whole number between 0 and 65535, was abc
            --host 'a b'                 | bsa-server-sim: --host (BSA_HOST) must be a host name or IP address of this machine
            --clock sometimes            | bsa-server-sim: --clock (BSA_CLOCK) must be system or virtual, was sometimes
            --clock-start yesterday      | bsa-server-sim: --clock-start (BSA_CLOCK_START) must be an ISO-8601 instant such as 2026-01-05T09:00:00Z, was yesterday
            --deadline -1                | bsa-server-sim: --deadline (BSA_DEADLINE) must be a whole number between 1 and 3600 seconds, was -1
            --totp-limit 0               | bsa-server-sim: --totp-limit (BSA_TOTP_LIMIT) must be a whole number between 1 and 1000000, was 0
            --retention 0                | bsa-server-sim: --retention (BSA_RETENTION) must be a whole number between 1 and 2592000 seconds, was 0
            --seed missing-seed.yaml     | bsa-server-sim: the seed file missing-seed.yaml does not exist
            --db jdbc:mysql://localhost/bsa | bsa-server-sim: --db (BSA_DB_URL) must be a JDBC URL starting with jdbc:h2: or jdbc:postgresql:, was jdbc:mysql://localhost/bsa
            --admin-token 'a b'          | bsa-server-sim: --admin-token (BSA_ADMIN_TOKEN) must be 1 to 512 visible ASCII characters without spaces
            --public-url localhost:8080  | bsa-server-sim: --public-url (BSA_PUBLIC_URL) must be an http:// or https:// URL, was localhost:8080
            --log-level loud             | bsa-server-sim: --log-level (BSA_LOG_LEVEL) must be TRACE, DEBUG, INFO, WARN, ERROR or OFF, was loud
            --ready-file /no-such-directory/ready.json | bsa-server-sim: --ready-file (BSA_READY_FILE) must name a file in an existing directory
            --colour blue                | bsa-server-sim: Unknown options: '--colour', 'blue' (see --help)
            --port                       | bsa-server-sim: Missing required parameter for option '--port' (PORT) (see --help)
            """)
    void aBadValue_exitsWith2_andOneClearLineOnStandardError(String args, String message) {
        int exit = execute(FakeEnvironment.empty(), arguments(args));

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString().lines())
                .singleElement()
                .asString()
                .startsWith(message)
                .doesNotContain("Exception");
        assertThat(out.toString()).as("no banner and no usage text").isEmpty();
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', textBlock = """
            BSA_PORT        | eighty       | bsa-server-sim: --port (BSA_PORT) must be a whole number between 0 and 65535, was eighty
            BSA_HOST        | http://x     | bsa-server-sim: --host (BSA_HOST) must be a host name or IP address
            BSA_DB_URL      | mysql        | bsa-server-sim: --db (BSA_DB_URL) must be a JDBC URL starting with jdbc:h2: or jdbc:postgresql:, was mysql
            BSA_SEED        | nowhere.yaml | bsa-server-sim: the seed file nowhere.yaml does not exist
            BSA_CLOCK       | fast         | bsa-server-sim: --clock (BSA_CLOCK) must be system or virtual, was fast
            BSA_CLOCK_START | 2026-03-02T09:00:00Z | bsa-server-sim: --clock-start (BSA_CLOCK_START) needs --clock virtual
            BSA_DEADLINE    | 60s          | bsa-server-sim: --deadline (BSA_DEADLINE) must be a whole number between 1 and 3600 seconds, was 60s
            BSA_TOTP_LIMIT  | many         | bsa-server-sim: --totp-limit (BSA_TOTP_LIMIT) must be a whole number between 1 and 1000000, was many
            BSA_RETENTION   | forever      | bsa-server-sim: --retention (BSA_RETENTION) must be a whole number between 1 and 2592000 seconds, was forever
            BSA_ADMIN_TOKEN | 'a b'        | bsa-server-sim: --admin-token (BSA_ADMIN_TOKEN) must be 1 to 512 visible ASCII characters
            BSA_PUBLIC_URL  | bsa.test     | bsa-server-sim: --public-url (BSA_PUBLIC_URL) must be an http:// or https:// URL, was bsa.test
            BSA_LOG_LEVEL   | chatty       | bsa-server-sim: --log-level (BSA_LOG_LEVEL) must be TRACE, DEBUG, INFO, WARN, ERROR or OFF, was chatty
            BSA_READY_FILE  | /no-such-directory/ready.json | bsa-server-sim: --ready-file (BSA_READY_FILE) must name a file in an existing directory
            """)
    void aBadEnvironmentVariable_exitsWith2_andOneLineNamingTheOptionItsVariableAndWhatItTakes(
            String variable, String value, String message) {
        // The port is given as a flag (which wins over BSA_PORT) unless BSA_PORT is the variable under test.
        String[] args = variable.equals("BSA_PORT") ? new String[0] : new String[] {"--port", "0"};
        int exit = execute(new FakeEnvironment(Map.of(variable, value)), args);

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString().lines())
                .singleElement()
                .asString()
                .startsWith(message)
                .doesNotContain("Exception");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aSeedFileThatBreaksTheSchema_exitsWith2_andNamesThePathInTheFile() throws IOException {
        Path seed = Files.writeString(
                directory.resolve("seed.yaml"), "users:\n  - key: uma\n  - key: vic\n    status: SLEEPING\n");

        int exit = execute(FakeEnvironment.empty(), "--port", "0", "--seed", seed.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString().lines())
                .singleElement()
                .asString()
                .isEqualTo("bsa-server-sim: " + seed + ": users[1].status: must be one of ACTIVE, UNAPPROVED, "
                        + "TEMPORARILY_SUSPENDED, PERMANENTLY_SUSPENDED, WITHDRAWN, was SLEEPING");
    }

    @Test
    void anH2FileWhereNoDirectoryCanBe_exitsWith1_andSaysSo_inOneLine() throws IOException {
        Path notADirectory = Files.writeString(directory.resolve("a-file"), "");
        String db = "jdbc:h2:file:" + notADirectory.resolve("data").resolve("bsa");

        int exit = execute(FakeEnvironment.empty(), "--port", "0", "--seed", "none", "--db", db);

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString().lines())
                .singleElement()
                .asString()
                .startsWith("bsa-server-sim: cannot start: the H2 database's directory " + notADirectory.resolve("data")
                        + " cannot be created")
                .doesNotContain("\tat ");
    }

    @Test
    void anUnreachableDatabase_exitsWith1_andSaysSo_inOneLine() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        String db = "jdbc:postgresql://127.0.0.1:" + closedPort + "/bsa?connectTimeout=10";

        int exit = execute(FakeEnvironment.empty(), "--port", "0", "--seed", "none", "--db", db);

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString().lines())
                .singleElement()
                .asString()
                .startsWith("bsa-server-sim: cannot start: ")
                .contains(Integer.toString(closedPort));
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
                        "--log-level=LEVEL",
                        "--ready-file=FILE",
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
                        "BSA_PUBLIC_URL",
                        "BSA_LOG_LEVEL",
                        "BSA_READY_FILE");
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

    @Test
    void givenAReadyFile_itAppearsOnceTheSimulatorAnswers_namesItsUrlTokenAndClientKey_andGoesAtTheStop()
            throws Exception {
        Path readyFile = directory.resolve("ready.json");
        SimulatorCommand command = new SimulatorCommand();
        CompletableFuture<Integer> exit = run(command, "--port", "0", "--ready-file", readyFile.toString());

        JsonNode ready = awaitReadyFile(readyFile, exit);

        assertThat(ready.path("clientKey").asText()).isEqualTo("demo-client-key");
        assertThat(ready.path("pid").asLong()).isEqualTo(ProcessHandle.current().pid());
        assertThat(ready.path("baseUrl").asText())
                .isEqualTo("http://localhost:" + ready.path("port").asInt());
        ApiClient http = new ApiClient(ready.path("baseUrl").asText());
        assertThat(http.get("/health").send().status()).isEqualTo(200);
        assertThat(http.get("/api/v1/admin/clock")
                        .admin(ready.path("adminToken").asText())
                        .send()
                        .status())
                .isEqualTo(200);
        assertThat(out.toString())
                .contains("Admin token:  " + ready.path("adminToken").asText());
        try (var files = Files.list(directory)) {
            assertThat(files).as("no temporary file left beside it").containsExactly(readyFile);
        }

        command.stop();

        assertThat(exit.get(WAIT_MILLIS, TimeUnit.MILLISECONDS)).isZero();
        assertThat(readyFile).doesNotExist();
    }

    @Test
    void aReadyFileLeftByACrashedRun_isRemovedAsTheNextStartBegins_evenIfThatStartFails() throws IOException {
        Path readyFile = Files.writeString(directory.resolve("ready.json"), "{\"baseUrl\": \"http://localhost:1\"}");
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int exit = execute(
                    FakeEnvironment.empty(),
                    "--port",
                    Integer.toString(taken.getLocalPort()),
                    "--seed",
                    "none",
                    "--ready-file",
                    readyFile.toString());

            assertThat(exit).isEqualTo(1);
        }
        assertThat(readyFile).doesNotExist();
    }

    @Test
    void withoutTheDemoSeed_theReadyFileHasNoClientKey() throws Exception {
        Path readyFile = directory.resolve("ready.json");
        SimulatorCommand command = new SimulatorCommand();
        CompletableFuture<Integer> exit =
                run(command, "--port", "0", "--seed", "none", "--ready-file", readyFile.toString());

        JsonNode ready = awaitReadyFile(readyFile, exit);

        assertThat(ready.has("clientKey")).isTrue();
        assertThat(ready.path("clientKey").isNull()).isTrue();
        command.stop();
        assertThat(exit.get(WAIT_MILLIS, TimeUnit.MILLISECONDS)).isZero();
    }

    /** Waits (bounded) for the ready file, failing at once when the command ends first. */
    private JsonNode awaitReadyFile(Path readyFile, CompletableFuture<Integer> exit) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(WAIT_MILLIS);
        while (!Files.exists(readyFile)) {
            assertThat(exit)
                    .as("the command ended before it was ready; stderr: %s", err)
                    .isNotDone();
            assertThat(System.nanoTime())
                    .as("the ready file within %d ms; stderr: %s", WAIT_MILLIS, err)
                    .isLessThan(deadline);
            Thread.sleep(10);
        }
        return new ObjectMapper().readTree(readyFile.toFile());
    }

    /** The words of a command line, a quoted one ('a b') as one. */
    private static String[] arguments(String line) {
        List<String> words = new ArrayList<>();
        Matcher word = Pattern.compile("'([^']*)'|(\\S+)").matcher(line);
        while (word.find()) {
            words.add(word.group(1) != null ? word.group(1) : word.group(2));
        }
        return words.toArray(String[]::new);
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
