package dev.bsa.sim.adapter.in.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A small HTTP client for the simulator's API over loopback, on the JDK's {@link HttpClient}. */
public final class ApiClient {

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;

    public ApiClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public Call get(String path) {
        return new Call("GET", path);
    }

    public Call post(String path) {
        return new Call("POST", path);
    }

    public Call put(String path) {
        return new Call("PUT", path);
    }

    public Call delete(String path) {
        return new Call("DELETE", path);
    }

    public Call method(String method, String path) {
        return new Call(method, path);
    }

    /** One request being built. */
    public final class Call {

        private final String method;
        private final HttpRequest.Builder request;
        private HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();

        Call(String method, String path) {
            this.method = method;
            this.request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30));
        }

        public Call header(String name, String value) {
            request.header(name, value);
            return this;
        }

        /** The website's client key. */
        public Call client(String clientKey) {
            return header("X-BSA-Client-Key", clientKey);
        }

        /** The phone's device token. */
        public Call device(String token) {
            return header("X-BSA-Device-Token", token);
        }

        /** The admin bearer token. */
        public Call admin(String token) {
            return header("Authorization", "Bearer " + token);
        }

        /** Prefers Korean texts. */
        public Call korean() {
            return header("Accept-Language", "ko-KR,ko;q=0.9,en;q=0.5");
        }

        /** A JSON body. */
        public Call json(String json) {
            header("Content-Type", "application/json");
            body = HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8);
            return this;
        }

        /** Any body, as bytes. */
        public Call bytes(byte[] bytes, String contentType) {
            header("Content-Type", contentType);
            body = HttpRequest.BodyPublishers.ofByteArray(bytes);
            return this;
        }

        public ApiResponse send() {
            try {
                HttpResponse<String> response = http.send(
                        request.method(method, body).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                return new ApiResponse(response.statusCode(), response.body(), response.headers());
            } catch (IOException failed) {
                throw new UncheckedIOException(failed);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(interrupted);
            }
        }
    }
}
