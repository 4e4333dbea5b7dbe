package dev.bsa.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bsa.junit.BsaSimulatorTest;
import dev.bsa.junit.SimulatorHandle;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The WebSocket dies mid-session: the watch goes on by polling, and no status is lost or repeated. */
@BsaSimulatorTest
class ChannelFallbackTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(15);
    private static final List<String> COMPLETED = List.of(
            "RequestAuth",
            "CreateChannel",
            "SelectNodes",
            "StartAuth",
            "StartVerificationOfNodes",
            "CompleteVerificationOfNodes",
            "AuthCompleted");

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private HttpTransport website;
    private HttpTransport alicesPhone;
    private String channelKey;

    @BeforeEach
    void connect(SimulatorHandle simulator) {
        Duration timeout = Duration.ofSeconds(10);
        website = new HttpTransport(
                HttpTransport.newClient(timeout),
                simulator.baseUrl(),
                Map.of("X-BSA-Client-Key", simulator.clientKey()),
                timeout);
        alicesPhone = new HttpTransport(
                HttpTransport.newClient(timeout),
                simulator.baseUrl(),
                Map.of("X-BSA-Device-Token", "demo-device-alice"),
                timeout);
    }

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
    }

    @Test
    void socketKilledMidSession_theLoginCompletesThroughPolling_withEveryStatusOnce() throws Exception {
        String sessionId = startPush();
        RecordingListener listener = new RecordingListener();
        ChannelWatch watch = ChannelWatch.open(website, channelKey, listener, scheduler, Duration.ofMillis(200));
        listener.awaitStatus("SelectNodes");

        watch.dropSocket();
        assertThat(watch.isPolling()).isTrue();
        HttpTransport.await(alicesPhone.postAsync("/api/v1/device/pushes/" + sessionId + "/approve", null));

        ChannelOutcome outcome = listener.end.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        assertThat(outcome.succeeded()).isTrue();
        assertThat(outcome.accessToken()).isNotBlank();
        assertThat(listener.statuses).containsExactlyElementsOf(COMPLETED);
    }

    @Test
    void socketKilledBeforeAnyMessage_everyStatusStillArrivesOnce() throws Exception {
        String sessionId = startPush();
        RecordingListener listener = new RecordingListener();
        ChannelWatch watch = ChannelWatch.open(website, channelKey, listener, scheduler, Duration.ofMillis(200));
        watch.dropSocket();
        HttpTransport.await(alicesPhone.postAsync("/api/v1/device/pushes/" + sessionId + "/start", null));
        listener.awaitStatus("StartAuth");

        HttpTransport.await(alicesPhone.postAsync("/api/v1/device/pushes/" + sessionId + "/approve", null));

        assertThat(listener.end.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS).succeeded())
                .isTrue();
        assertThat(listener.statuses).containsExactlyElementsOf(COMPLETED);
    }

    @Test
    void unknownChannel_endsWith2004() throws Exception {
        RecordingListener listener = new RecordingListener();

        ChannelWatch.open(website, "0123456789abcdef0123456789abcdef", listener, scheduler, Duration.ofMillis(200));

        assertThat(listener.end.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS).errorCode())
                .isEqualTo(2004);
        assertThat(listener.statuses).isEmpty();
    }

    private String startPush() {
        JsonNode started = HttpTransport.await(website.postAsync("/api/v1/auth/push", Map.of("userKey", "alice")));
        channelKey = started.get("channelKey").asText();
        return started.get("sessionId").asText();
    }

    /** Records statuses and the outcome, and fails on a second outcome or anything after it. */
    private static final class RecordingListener implements ChannelListener {
        final List<String> statuses = new CopyOnWriteArrayList<>();
        final CompletableFuture<ChannelOutcome> end = new CompletableFuture<>();

        @Override
        public void onStatus(String status) {
            assertThat(end).as("a status after the end").isNotDone();
            statuses.add(status);
        }

        @Override
        public void onRemaining(int seconds) {
            assertThat(end).as("a countdown after the end").isNotDone();
        }

        @Override
        public void onEnd(ChannelOutcome outcome) {
            assertThat(end.complete(outcome)).as("one outcome").isTrue();
        }

        void awaitStatus(String status) throws InterruptedException {
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (!statuses.contains(status)) {
                assertThat(System.nanoTime())
                        .as("waiting for " + status + "; so far " + statuses)
                        .isLessThan(deadline);
                Thread.sleep(20);
            }
        }
    }
}
