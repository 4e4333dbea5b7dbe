package dev.bsa.sim.adapter.in.http;

import static dev.bsa.sim.adapter.in.support.RunningSimulator.DEMO_CLIENT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bsa.sim.adapter.in.support.RunningSimulator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A client's kept-alive connection serves its next request whatever the server did with the last one's body: a body
 * over the limit is read and dropped before the 413 is sent, and a body sent to a route that takes none is read and
 * dropped before the answer (Jetty otherwise closed the connection after a 200 that did not say so, when the body
 * came after the request's head, and the client's next request on it got no answer at all).
 */
class KeptAliveConnectionTest {

    /**
     * How long the body waits behind the head. The test passes whatever the server's speed; it catches a server
     * that answers before reading the body whenever that answer comes within this time, which is nearly always.
     */
    private static final long BODY_AFTER_HEAD_MILLIS = 300;

    @RegisterExtension
    static final RunningSimulator sim = new RunningSimulator();

    @Test
    void aTooLargeBody_gets413InTheEnvelope_andTheConnectionServesTheNextRequest() throws IOException {
        URI base = URI.create(sim.baseUrl());
        byte[] body = ("{\"userKey\":\"" + "a".repeat(70 * 1024) + "\"}").getBytes(StandardCharsets.US_ASCII);
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();

            out.write(("POST /api/v1/auth/push HTTP/1.1\r\nHost: localhost\r\nX-BSA-Client-Key: " + DEMO_CLIENT
                            + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            String refused = readResponse(in);

            assertThat(refused).startsWith("HTTP/1.1 413").contains("\"rtCode\":2002");
            assertThat(refused.toLowerCase(Locale.ROOT)).doesNotContain("connection: close");

            out.write("GET /health HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            assertThat(readResponse(in)).startsWith("HTTP/1.1 200");
        }
    }

    @ParameterizedTest(name = "{0} with token {1}")
    @CsvSource({
        "/api/v1/device/otp, demo-device-alice, HTTP/1.1 200",
        "/api/v1/device/pushes/0123456789abcdef0123456789abcdef/approve, no-such-device, HTTP/1.1 401",
    })
    void aBodySentToARouteThatTakesNone_isDropped_andTheConnectionServesTheNextRequest(
            String path, String deviceToken, String status) throws IOException, InterruptedException {
        URI base = URI.create(sim.baseUrl());
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();

            out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nX-BSA-Device-Token: " + deviceToken
                            + "\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            // The body comes after the head, as from a client that writes them apart: had the server answered
            // without waiting for it, as it did, the connection was closed by the time the body arrived.
            Thread.sleep(BODY_AFTER_HEAD_MILLIS);
            out.write("{}".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String answered = readResponse(in);

            assertThat(answered).startsWith(status);
            assertThat(answered.toLowerCase(Locale.ROOT)).doesNotContain("connection: close");

            out.write("GET /health HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            assertThat(readResponse(in)).startsWith("HTTP/1.1 200");
        }
    }

    /** One response with a Content-Length body: its head and body as text. */
    private static String readResponse(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
            int next = in.read();
            if (next < 0) {
                throw new IOException("the connection closed after " + head.toString(StandardCharsets.US_ASCII));
            }
            head.write(next);
        }
        String text = head.toString(StandardCharsets.US_ASCII);
        int length = text.lines()
                .filter(line -> line.toLowerCase(Locale.ROOT).startsWith("content-length:"))
                .map(line ->
                        Integer.parseInt(line.substring(line.indexOf(':') + 1).trim()))
                .findFirst()
                .orElse(0);
        return text + new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }
}
