package dev.bsa.sim.adapter.in.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bsa.domain.error.ErrorCode;
import dev.bsa.sim.adapter.in.support.RunningSimulator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the web server refuses before any route runs is answered like every other error: the envelope (2002 with
 * the HTTP status the server chose, or the code of the route that took the request) and a detail a user can act
 * on, naming no class or library.
 */
class ServerLevelRefusalsTest {

    @RegisterExtension
    static final RunningSimulator sim = new RunningSimulator();

    private static final String LONG = "a".repeat(20_000);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a NUL byte in the path            | GET /api/v1/%00 HTTP/1.1\\r\\nHost: x\\r\\nConnection: close\\r\\n\\r\\n
            bytes that are not UTF-8          | GET /api/v1/%ff%fe HTTP/1.1\\r\\nHost: x\\r\\nConnection: close\\r\\n\\r\\n
            an encoded slash                  | GET /api/v1/channels/a%2Fb HTTP/1.1\\r\\nHost: x\\r\\nConnection: close\\r\\n\\r\\n
            an encoded backslash              | GET /api/v1/channels/a%5Cb HTTP/1.1\\r\\nHost: x\\r\\nConnection: close\\r\\n\\r\\n
            a URI too long                    | GET /api/v1/LONG HTTP/1.1\\r\\nHost: x\\r\\nConnection: close\\r\\n\\r\\n
            headers too large                 | GET /health HTTP/1.1\\r\\nHost: x\\r\\nConnection: close\\r\\nX-Big: LONG\\r\\n\\r\\n
            conflicting length and chunking   | POST /api/v1/auth/push HTTP/1.1\\r\\nHost: x\\r\\nConnection: close\\r\\nContent-Length: 2\\r\\nTransfer-Encoding: chunked\\r\\n\\r\\n0\\r\\n\\r\\n
            two different lengths             | POST /api/v1/auth/push HTTP/1.1\\r\\nHost: x\\r\\nConnection: close\\r\\nContent-Length: 2\\r\\nContent-Length: 3\\r\\n\\r\\n{}
            an unknown HTTP version           | GET /health HTTP/3.7\\r\\nHost: x\\r\\nConnection: close\\r\\n\\r\\n
            a request line that is not HTTP   | HELLO\\r\\n\\r\\n
            """)
    void aRequestTheWebServerRefusesOrNoRouteTakes_getsTheEnvelope_withAnActionableDetail(String what, String request)
            throws IOException {
        Answer answer = send(request.replace("LONG", LONG).replace("\\r\\n", "\r\n"));

        assertThat(answer.status()).as(what).isBetween(400, 505);
        assertThat(answer.contentType()).as(what).startsWith("application/json");
        JsonNode body = new ObjectMapper().readTree(answer.body());
        assertThat(ErrorCode.ofCode(body.path("rtCode").asInt()))
                .as(what + ": a catalogue code")
                .isPresent();
        assertThat(body.path("rtMsg").asText()).as(what).isNotBlank();
        assertThat(body.path("data").path("detail").asText()).as(what).isNotBlank();
        assertThat(answer.body().toLowerCase(Locale.ROOT))
                .as(what)
                .doesNotContain("exception")
                .doesNotContain("jetty")
                .doesNotContain("org.")
                .doesNotContain("<html");
    }

    private static Answer send(String request) throws IOException {
        try (Socket socket =
                new Socket(InetAddress.getLoopbackAddress(), sim.simulator().port())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            String response = readHead(socket.getInputStream());
            int headEnd = response.indexOf("\r\n\r\n");
            String head = response.substring(0, headEnd);
            int status = Integer.parseInt(head.substring(9, 12));
            String contentType = head.lines()
                    .filter(line -> line.toLowerCase(Locale.ROOT).startsWith("content-type:"))
                    .map(line -> line.substring("content-type:".length()).strip())
                    .findFirst()
                    .orElse("");
            int length = head.lines()
                    .filter(line -> line.toLowerCase(Locale.ROOT).startsWith("content-length:"))
                    .map(line -> Integer.parseInt(
                            line.substring("content-length:".length()).strip()))
                    .findFirst()
                    .orElse(-1);
            String body = response.substring(headEnd + 4);
            return new Answer(
                    status, contentType, length >= 0 ? body.substring(0, Math.min(length, body.length())) : body);
        }
    }

    /** The whole answer, up to the connection's end or a complete body. */
    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] chunk = new byte[8192];
        int read;
        while ((read = in.read(chunk)) != -1) {
            bytes.write(chunk, 0, read);
            String soFar = bytes.toString(StandardCharsets.UTF_8);
            int headEnd = soFar.indexOf("\r\n\r\n");
            if (headEnd >= 0 && complete(soFar, headEnd)) {
                break;
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static boolean complete(String soFar, int headEnd) {
        return soFar.substring(0, headEnd)
                .lines()
                .filter(line -> line.toLowerCase(Locale.ROOT).startsWith("content-length:"))
                .map(line -> Integer.parseInt(
                        line.substring("content-length:".length()).strip()))
                .findFirst()
                .map(length -> soFar.getBytes(StandardCharsets.UTF_8).length - headEnd - 4 >= length)
                .orElse(false);
    }

    private record Answer(int status, String contentType, String body) {}
}
