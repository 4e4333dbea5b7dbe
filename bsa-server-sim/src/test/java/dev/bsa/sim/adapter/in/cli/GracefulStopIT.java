package dev.bsa.sim.adapter.in.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bsa.sim.adapter.in.support.ApiClient;
import dev.bsa.sim.adapter.in.support.ApiResponse;
import dev.bsa.sim.adapter.in.support.SimulatorProcess;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM while requests are being served and WebSockets are open: every request the server had on a connection it
 * accepted gets a complete response (the answer, or 503 for one that arrived once the stop began), every WebSocket
 * gets a close frame (after its {@code result} when its login ended), nothing is logged at ERROR, and the process
 * ends as a JVM that SIGTERM ended.
 */
class GracefulStopIT {

    private static final String ADMIN = "stop-admin-token";
    private static final String SHOP = "stop-shop";
    private static final int LOAD_CONNECTIONS = 12;
    private static final int SOCKETS = 8;
    private static final int REQUESTS_BEFORE_STOP = 30;
    private static final int TERMINATED_BY_SIGTERM = 128 + 15;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path directory;

    @Test
    void givenRequestsInFlightAndOpenWebSockets_sigterm_answersEveryRequest_closesEverySocket_andLogsNoError()
            throws Exception {
        Path seed = writeSeed();
        String db = "jdbc:h2:file:" + directory.resolve("bsa").toAbsolutePath();
        try (SimulatorProcess simulator = SimulatorProcess.start(
                "--port",
                "0",
                "--db",
                db,
                "--seed",
                seed.toString(),
                "--admin-token",
                ADMIN,
                "--totp-limit",
                "1000000")) {
            try {
                stopUnderLoad(simulator);
            } finally {
                System.out.println(simulator.output());
            }
        }
    }

    private static void stopUnderLoad(SimulatorProcess simulator) throws Exception {
        String baseUrl = simulator.awaitStarted();
        int port = URI.create(baseUrl).getPort();
        ApiClient api = new ApiClient(baseUrl);

        List<Login> logins = new ArrayList<>();
        HttpClient webSockets = HttpClient.newHttpClient();
        for (int i = 0; i < SOCKETS; i++) {
            logins.add(Login.start(api, webSockets, baseUrl, "ws-" + i));
        }
        for (Login login : logins) {
            login.awaitFirstStatus();
        }
        AtomicBoolean stopSent = new AtomicBoolean();
        AtomicInteger answeredAfterStop = new AtomicInteger();
        CountDownLatch warmedUp = new CountDownLatch(LOAD_CONNECTIONS);
        ExecutorService clients = Executors.newFixedThreadPool(LOAD_CONNECTIONS + SOCKETS / 2);
        List<Future<List<String>>> load = new ArrayList<>();
        for (int i = 0; i < LOAD_CONNECTIONS; i++) {
            String user = "load-" + i;
            String channelKey = logins.get(i % SOCKETS).channelKey;
            load.add(clients.submit(
                    () -> requestUntilTold(port, user, channelKey, warmedUp, stopSent, answeredAfterStop)));
        }
        assertThat(warmedUp.await(SimulatorProcess.HANG_GUARD.toMillis(), TimeUnit.MILLISECONDS))
                .isTrue();

        List<Future<Response>> approvals = new ArrayList<>();
        // Half the logins are approved by requests sent just before the signal, each on a connection that a first
        // request has just shown to be open.
        for (int i = 0; i < SOCKETS / 2; i++) {
            Connection connection = Connection.open(port);
            Login login = logins.get(i);
            connection.send("GET", "/health", login.deviceHeader(), null);
            assertThat(connection.read().status()).isEqualTo(200);
            connection.send("POST", "/api/v1/device/pushes/" + login.sessionId + "/approve", login.deviceHeader(), "");
            approvals.add(clients.submit(connection::read));
        }
        simulator.terminate();
        stopSent.set(true);

        int exit = simulator.awaitExit();
        assertThat(exit)
                .as("the exit status of a JVM ended by SIGTERM; it wrote:%n%s", simulator.output())
                .isEqualTo(TERMINATED_BY_SIGTERM);
        List<String> lost = new ArrayList<>();
        for (Future<List<String>> connection : load) {
            lost.addAll(connection.get(SimulatorProcess.HANG_GUARD.toMillis(), TimeUnit.MILLISECONDS));
        }
        assertThat(lost).as("requests that got no complete response").isEmpty();
        assertThat(answeredAfterStop.get())
                .as("responses that came after the signal was sent (the stop met requests in flight)")
                .isPositive();

        for (int i = 0; i < approvals.size(); i++) {
            Response approved = approvals.get(i).get(SimulatorProcess.HANG_GUARD.toMillis(), TimeUnit.MILLISECONDS);
            assertThat(approved.status()).as(approved.toString()).isIn(200, 503);
            logins.get(i).approved = approved.status() == 200;
        }
        for (Login login : logins) {
            login.assertClosedProperly();
        }
        clients.shutdownNow();

        assertThat(simulator.lines())
                .as("log lines at ERROR")
                .noneMatch(line -> line.matches("^\\S+ ERROR .*") || line.contains(" ERROR "));
        assertThat(simulator.output()).contains("BSA simulator stopped");
    }

    /**
     * One client on one kept-alive connection: requests one after the other (a wrong TOTP code, a write; a channel's
     * status, a read) until a response says the connection closes or the process is gone. Returns every request that
     * was written but got no complete response.
     */
    private static List<String> requestUntilTold(
            int port,
            String user,
            String channelKey,
            CountDownLatch warmedUp,
            AtomicBoolean stopSent,
            AtomicInteger answeredAfterStop)
            throws IOException {
        List<String> lost = new ArrayList<>();
        try (Connection connection = Connection.open(port)) {
            for (int n = 0; ; n++) {
                boolean write = n % 2 == 0;
                String request = write ? "POST /api/v1/auth/totp" : "GET /api/v1/channels/" + channelKey;
                boolean afterStop = stopSent.get();
                Response response;
                try {
                    if (write) {
                        connection.send(
                                "POST",
                                "/api/v1/auth/totp",
                                "X-BSA-Client-Key: " + SHOP,
                                "{\"userKey\":\"" + user + "\",\"totpCode\":\"000000\"}");
                    } else {
                        connection.send("GET", "/api/v1/channels/" + channelKey, "X-BSA-Client-Key: " + SHOP, null);
                    }
                    response = connection.read();
                } catch (IOException cut) {
                    lost.add(request + " (request " + n + "): " + cut);
                    return lost;
                }
                if (!afterStop && stopSent.get()) {
                    answeredAfterStop.incrementAndGet();
                }
                if (response.status() != 200 && response.status() != 401 && response.status() != 503) {
                    lost.add(request + ": unexpected " + response);
                }
                if (response.status() == 503 && !response.body().contains("\"rtCode\":2001")) {
                    lost.add(request + ": a 503 that is not the service's envelope (2001): " + response);
                }
                if (n == REQUESTS_BEFORE_STOP) {
                    warmedUp.countDown();
                }
                if (response.closesConnection()) {
                    if (n < REQUESTS_BEFORE_STOP) {
                        warmedUp.countDown();
                    }
                    return lost;
                }
            }
        }
    }

    /** A push login and the WebSocket that watches it. */
    private static final class Login implements WebSocket.Listener {

        final String user;
        final String sessionId;
        final String channelKey;
        final List<JsonNode> messages = new CopyOnWriteArrayList<>();
        final CountDownLatch firstStatus = new CountDownLatch(1);
        final CompletableFuture<Integer> closeCode = new CompletableFuture<>();
        private final StringBuilder partial = new StringBuilder();
        volatile boolean approved;

        private Login(String user, String sessionId, String channelKey) {
            this.user = user;
            this.sessionId = sessionId;
            this.channelKey = channelKey;
        }

        static Login start(ApiClient api, HttpClient webSockets, String baseUrl, String user) {
            ApiResponse started = api.post("/api/v1/auth/push")
                    .client(SHOP)
                    .json("{\"userKey\":\"" + user + "\"}")
                    .send();
            assertThat(started.status()).as(started.toString()).isEqualTo(200);
            Login login = new Login(user, started.text("sessionId"), started.text("channelKey"));
            webSockets
                    .newWebSocketBuilder()
                    .buildAsync(
                            URI.create(baseUrl.replace("http:", "ws:") + "/ws/v1/channels/" + login.channelKey), login)
                    .join();
            return login;
        }

        String deviceHeader() {
            return "X-BSA-Device-Token: stop-device-" + user;
        }

        void awaitFirstStatus() throws InterruptedException {
            assertThat(firstStatus.await(SimulatorProcess.HANG_GUARD.toMillis(), TimeUnit.MILLISECONDS))
                    .as("the first status on the socket of " + user)
                    .isTrue();
        }

        void assertClosedProperly() throws Exception {
            int code = closeCode.get(SimulatorProcess.HANG_GUARD.toMillis(), TimeUnit.MILLISECONDS);
            List<String> types = messages.stream()
                    .map(message -> message.path("type").asText())
                    .toList();
            if (approved) {
                assertThat(types)
                        .as("the socket of %s, approved, closed with %d: %s", user, code, messages)
                        .endsWith("result");
                assertThat(messages.get(messages.size() - 1).path("status").asText())
                        .isEqualTo("AuthCompleted");
                assertThat(code).as("the close frame after the result").isEqualTo(1000);
            } else {
                assertThat(types).as("the socket of " + user + ", still live").doesNotContain("result", "error");
                assertThat(code).as("the close frame of a server going away").isEqualTo(1001);
            }
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                try {
                    messages.add(JSON.readTree(partial.toString()));
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
                partial.setLength(0);
                firstStatus.countDown();
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closeCode.complete(statusCode);
            return webSocket.sendClose(WebSocket.NORMAL_CLOSURE, "");
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closeCode.completeExceptionally(new AssertionError("the socket of " + user + " failed: " + error, error));
        }
    }

    /** A status, its headers and its body, read off the wire. */
    private record Response(int status, String headers, String body) {

        boolean closesConnection() {
            return headers.toLowerCase(Locale.ROOT).contains("connection: close");
        }
    }

    /** One HTTP/1.1 connection, kept alive, spoken by hand so that every byte of every response is accounted for. */
    private static final class Connection implements AutoCloseable {

        private final Socket socket;
        private final OutputStream out;
        private final InputStream in;

        private Connection(Socket socket) throws IOException {
            this.socket = socket;
            this.out = socket.getOutputStream();
            this.in = socket.getInputStream();
        }

        static Connection open(int port) throws IOException {
            Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
            socket.setSoTimeout((int) SimulatorProcess.HANG_GUARD.toMillis());
            return new Connection(socket);
        }

        void send(String method, String path, String header, String body) throws IOException {
            byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            String head = method + " " + path + " HTTP/1.1\r\nHost: localhost\r\n" + header + "\r\n"
                    + (body == null
                            ? ""
                            : "Content-Type: application/json\r\nContent-Length: " + content.length + "\r\n")
                    + "\r\n";
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(content);
            out.flush();
        }

        /** The next complete response; an exception when the connection ends before one is complete. */
        Response read() throws IOException {
            String statusLine = line();
            StringBuilder headers = new StringBuilder();
            int length = -1;
            boolean chunked = false;
            for (String header = line(); !header.isEmpty(); header = line()) {
                headers.append(header).append('\n');
                String lower = header.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = Integer.parseInt(
                            header.substring(header.indexOf(':') + 1).trim());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                }
            }
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            if (chunked) {
                for (int size = Integer.parseInt(line().trim(), 16);
                        size > 0;
                        size = Integer.parseInt(line().trim(), 16)) {
                    body.write(exactly(size));
                    line();
                }
                line();
            } else if (length > 0) {
                body.write(exactly(length));
            }
            int status = Integer.parseInt(statusLine.split(" ")[1]);
            return new Response(status, headers.toString(), body.toString(StandardCharsets.UTF_8));
        }

        private byte[] exactly(int count) throws IOException {
            byte[] bytes = in.readNBytes(count);
            if (bytes.length < count) {
                throw new IOException("the connection ended after " + bytes.length + " of " + count + " bytes of body");
            }
            return bytes;
        }

        private String line() throws IOException {
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new IOException("the connection ended in the middle of a response (read: " + line + ")");
                }
                if (c != '\r') {
                    line.append((char) c);
                }
            }
            return line.toString();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    private Path writeSeed() throws IOException {
        StringBuilder yaml = new StringBuilder();
        yaml.append("clients: [{key: ").append(SHOP).append(", loginTypes: [PUSH, TOTP]}]\nusers:\n");
        for (int i = 0; i < SOCKETS; i++) {
            yaml.append("  - key: ws-")
                    .append(i)
                    .append("\n    deviceToken: stop-device-ws-")
                    .append(i)
                    .append("\n    links: [")
                    .append(SHOP)
                    .append("]\n");
        }
        for (int i = 0; i < LOAD_CONNECTIONS; i++) {
            yaml.append("  - key: load-")
                    .append(i)
                    .append("\n    totpSecret: JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP\n    links: [")
                    .append(SHOP)
                    .append("]\n");
        }
        return Files.writeString(directory.resolve("stop-seed.yaml"), yaml.toString());
    }
}
