package dev.bsa.client;

import static dev.bsa.client.Simulators.PROMPTLY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bsa.junit.BsaSimulatorTest;
import dev.bsa.junit.SimulatorHandle;
import java.io.IOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import org.junit.jupiter.api.Test;

/** An HTTP client without WebSocket support (as behind some proxies): every login still completes by polling. */
@BsaSimulatorTest
class WithoutWebSocketTest {

    @Test
    void pushLogin_completesThroughPolling_withEveryStatusOnceAndInOrder(SimulatorHandle simulator) throws Exception {
        HttpClient withoutWebSocket = new HttpOnlyClient(
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build());
        try (Bsa bsa = Bsa.builder(simulator.clientKey())
                .baseUrl(simulator.baseUrl())
                .httpClient(withoutWebSocket)
                .pollInterval(Duration.ofMillis(100))
                .build()) {
            LoginRecorder login = new LoginRecorder().listenTo(bsa);
            BsaDevice phone = Simulators.phoneOf(simulator, "alice");

            bsa.requestAuthCallback("alice", login.onSuccess(), login.onError());
            String session = phone.awaitPush(PROMPTLY).orElseThrow().sessionId();
            login.awaitStatus("SelectNodes", PROMPTLY);
            phone.start(session);
            login.awaitStatus("StartAuth", PROMPTLY);
            phone.approve(session);

            login.awaitEnd(PROMPTLY);
            assertThat(login.eventsWithoutTimer())
                    .containsExactly(
                            "status:RequestAuth",
                            "status:CreateChannel",
                            "status:SelectNodes",
                            "status:StartAuth",
                            "status:StartVerificationOfNodes",
                            "status:CompleteVerificationOfNodes",
                            "status:AuthCompleted",
                            "success");
        }
    }

    /** Delegates HTTP to a real client and keeps {@link HttpClient#newWebSocketBuilder()} unsupported. */
    private static final class HttpOnlyClient extends HttpClient {
        private final HttpClient http;

        HttpOnlyClient(HttpClient http) {
            this.http = http;
        }

        @Override
        public Optional<CookieHandler> cookieHandler() {
            return http.cookieHandler();
        }

        @Override
        public Optional<Duration> connectTimeout() {
            return http.connectTimeout();
        }

        @Override
        public Redirect followRedirects() {
            return http.followRedirects();
        }

        @Override
        public Optional<ProxySelector> proxy() {
            return http.proxy();
        }

        @Override
        public SSLContext sslContext() {
            return http.sslContext();
        }

        @Override
        public SSLParameters sslParameters() {
            return http.sslParameters();
        }

        @Override
        public Optional<Authenticator> authenticator() {
            return http.authenticator();
        }

        @Override
        public Version version() {
            return http.version();
        }

        @Override
        public Optional<Executor> executor() {
            return http.executor();
        }

        @Override
        public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
                throws IOException, InterruptedException {
            return http.send(request, handler);
        }

        @Override
        public <T> CompletableFuture<HttpResponse<T>> sendAsync(
                HttpRequest request, HttpResponse.BodyHandler<T> handler) {
            return http.sendAsync(request, handler);
        }

        @Override
        public <T> CompletableFuture<HttpResponse<T>> sendAsync(
                HttpRequest request,
                HttpResponse.BodyHandler<T> handler,
                HttpResponse.PushPromiseHandler<T> pushPromiseHandler) {
            return http.sendAsync(request, handler, pushPromiseHandler);
        }
    }
}
