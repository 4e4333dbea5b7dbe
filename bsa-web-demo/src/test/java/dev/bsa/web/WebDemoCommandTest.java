package dev.bsa.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bsa.sim.adapter.in.cli.SimulatorCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The web demo's command: the simulator's options and one-line errors, the pages' URLs in the banner, a graceful stop. */
class WebDemoCommandTest {

    private static final long WAIT_MILLIS = 30_000;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final ExecutorService runner = Executors.newSingleThreadExecutor();

    @AfterEach
    void stopRunner() {
        runner.shutdownNow();
    }

    @Test
    void givenFreePort_theDemoServesThePagesAndTheApi_printsTheirUrls_andStopsWithExit0() throws Exception {
        WebDemoCommand command = new WebDemoCommand();
        CommandLine commandLine = commandLine(command);
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(
                () -> commandLine.execute("--port", "0", "--admin-token", "demo-console-token"), runner);
        Matcher login = awaitBanner();
        String base = login.group(1);

        assertThat(out.toString())
                .contains(
                        "Phone page:   " + base + "/phone.html?user=alice#admin=demo-console-token",
                        "Console:      " + base + "/admin.html#admin=demo-console-token",
                        "Client key:   demo-client-key");
        assertThat(get(base + "/bsa.js")).contains("global.Guardian = BSA");
        assertThat(get(base + "/")).contains("<html");
        assertThat(get(base + "/health")).isNotBlank();
        JsonNode links =
                new ObjectMapper().readTree(get(base + "/api/v1")).path("data").path("links");
        assertThat(links.properties())
                .extracting(Map.Entry::getKey)
                .containsExactly(
                        "openapi",
                        "health",
                        "seedSchema",
                        "jwks",
                        "loginPage",
                        "phonePage",
                        "console",
                        "script",
                        "typeDeclarations");
        for (Map.Entry<String, JsonNode> link : links.properties()) {
            assertThat(get(base + link.getValue().asText())).as(link.getKey()).isNotBlank();
        }

        command.stop();

        assertThat(exit.get(WAIT_MILLIS, TimeUnit.MILLISECONDS)).isZero();
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void givenAnImpossiblePort_theDemoSaysSoInOneLine_andExitsWith2() {
        int exit = commandLine(new WebDemoCommand()).execute("--port", "70000");

        assertThat(exit).isEqualTo(SimulatorCommand.BAD_INPUT);
        assertThat(err.toString().lines())
                .hasSize(1)
                .first()
                .asString()
                .startsWith("bsa-web-demo: ")
                .contains("port");
        assertThat(out.toString()).isEmpty();
    }

    private CommandLine commandLine(WebDemoCommand command) {
        CommandLine commandLine = SimulatorCommand.commandLine(command);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine;
    }

    private Matcher awaitBanner() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(WAIT_MILLIS);
        while (!out.toString().contains("Press Ctrl+C to stop.")) {
            assertThat(System.nanoTime())
                    .as("the banner within %d ms; stderr: %s", WAIT_MILLIS, err)
                    .isLessThan(deadline);
            Thread.sleep(20);
        }
        Matcher login = Pattern.compile("Login page: +(http://localhost:\\d+)/").matcher(out.toString());
        assertThat(login.find()).as(out.toString()).isTrue();
        return login;
    }

    private static String get(String url) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(url).isEqualTo(200);
        return response.body();
    }
}
