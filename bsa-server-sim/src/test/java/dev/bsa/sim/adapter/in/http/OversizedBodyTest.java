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

/**
 * A body over the limit is read and dropped before the 413 is sent, so the client that sent it reads the refusal and
 * its connection stays usable for the next request.
 */
class OversizedBodyTest {

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
