package dev.bsa.sim.adapter.in.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bsa.sim.app.Simulator;
import dev.bsa.sim.app.SimulatorConfig;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.Iterator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Rule: stopping the simulator ends the console's open event streams first, so no request thread is
 * left waiting to write to a server that is gone (it would wake up later on a dead request).
 */
class EventStreamShutdownTest {

    private static final String ADMIN_TOKEN = "stream-shutdown-token";

    @Test
    void givenAnOpenEventStream_closingTheSimulator_endsTheStreamAndLeavesNoThreadServingIt() throws Exception {
        Simulator simulator =
                Simulator.start(SimulatorConfig.defaults().withPort(0).withAdminToken(ADMIN_TOKEN));
        HttpResponse<Stream<String>> response;
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(simulator.baseUrl() + "/api/v1/admin/events"))
                    .header("Authorization", "Bearer " + ADMIN_TOKEN)
                    .header("Accept", "text/event-stream")
                    .build();
            response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofLines());
            assertThat(response.statusCode()).isEqualTo(200);
            awaitStreamThreads(simulator, 1);
        } finally {
            simulator.close();
        }

        assertThat(streamThreads())
                .as("threads still inside the event stream handler")
                .isZero();
        CompletableFuture<Void> drained = CompletableFuture.runAsync(() -> {
            Iterator<String> lines = response.body().iterator();
            while (lines.hasNext()) {
                lines.next();
            }
        });
        drained.get(60, TimeUnit.SECONDS);
    }

    private static void awaitStreamThreads(Simulator simulator, int expected) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (streamThreads() < expected && System.nanoTime() < deadline) {
            Thread.sleep(25);
        }
        assertThat(streamThreads())
                .as("threads serving an event stream on " + simulator.baseUrl())
                .isEqualTo(expected);
    }

    private static long streamThreads() {
        return Thread.getAllStackTraces().values().stream()
                .filter(frames -> Arrays.stream(frames)
                        .anyMatch(frame -> frame.getClassName().equals(AdminInspectionRoutes.class.getName())
                                && frame.getMethodName().equals("events")))
                .count();
    }
}
