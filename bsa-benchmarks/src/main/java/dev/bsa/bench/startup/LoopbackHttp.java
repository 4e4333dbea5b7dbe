package dev.bsa.bench.startup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@code GET} to a server on this machine over a plain socket, reading only the status: what the
 * start-up timer probes {@code /health} with (a JDK {@code HttpClient} polling often would take a share of
 * the processors from the start it measures).
 */
final class LoopbackHttp {

    private static final int TIMEOUT_MILLIS = 10_000;
    private static final Pattern STATUS_LINE = Pattern.compile("HTTP/1\\.[01] (\\d{3})\\b.*");

    private LoopbackHttp() {}

    /**
     * The status of {@code GET path} on the loopback port, after reading the whole answer; 0 when the
     * connection closed before a status line.
     *
     * @throws IOException when nothing listens there or the connection fails
     */
    static int status(int port, String path) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), TIMEOUT_MILLIS);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            socket.getOutputStream()
                    .write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nConnection: close\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            BufferedReader response =
                    new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            String statusLine = response.readLine();
            while (response.readLine() != null) {
                // read the whole answer, as a client would
            }
            Matcher status = statusLine == null ? null : STATUS_LINE.matcher(statusLine);
            return status != null && status.matches() ? Integer.parseInt(status.group(1)) : 0;
        }
    }
}
