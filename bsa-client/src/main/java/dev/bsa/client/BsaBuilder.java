package dev.bsa.client;

import dev.bsa.client.internal.HttpTransport;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Configures a {@link Bsa}: the client key (required), the server's base URL (default
 * {@value #DEFAULT_BASE_URL}), the executor callbacks run on, time-outs and the polling pace.
 * Not thread-safe; the {@link Bsa} it builds is.
 */
public final class BsaBuilder {

    /** Where a BSA server (or the simulator) listens by default. */
    public static final String DEFAULT_BASE_URL = "http://localhost:8080";

    final String clientKey;
    String baseUrl = DEFAULT_BASE_URL;
    Executor callbackExecutor;
    Duration timeout = Duration.ofSeconds(10);
    Duration pollInterval = Duration.ofSeconds(1);
    Locale locale;
    HttpClient httpClient;

    BsaBuilder(String clientKey) {
        this.clientKey = Objects.requireNonNull(clientKey, "clientKey");
    }

    /**
     * The server's base URL.
     *
     * @param baseUrl e.g. {@code http://localhost:8080} (a trailing slash is ignored)
     * @return this builder
     * @throws IllegalArgumentException when it is not an {@code http} or {@code https} URL
     */
    public BsaBuilder baseUrl(String baseUrl) {
        String url = Objects.requireNonNull(baseUrl, "baseUrl");
        if (!url.startsWith("http://") && !url.startsWith("https://")) {
            throw new IllegalArgumentException("baseUrl must start with http:// or https://: " + url);
        }
        this.baseUrl = url;
        return this;
    }

    /**
     * The executor every callback runs on. The callbacks of one request still run one at a time and
     * in order. By default a pool of daemon threads owned by the {@link Bsa} (shut down by {@link Bsa#close()}).
     *
     * @param executor e.g. a UI thread's executor, or {@code Runnable::run} to run them on SDK threads
     * @return this builder
     */
    public BsaBuilder callbackExecutor(Executor executor) {
        this.callbackExecutor = Objects.requireNonNull(executor, "executor");
        return this;
    }

    /**
     * The time-out of every HTTP call, of connecting, and of opening a WebSocket.
     *
     * @param timeout a positive duration (default 10 s)
     * @return this builder
     * @throws IllegalArgumentException when it is not positive
     */
    public BsaBuilder timeout(Duration timeout) {
        this.timeout = positive(timeout, "timeout");
        return this;
    }

    /**
     * The pause between two reads of a channel's status once its WebSocket is unavailable.
     *
     * @param pollInterval a positive duration (default 1 s)
     * @return this builder
     * @throws IllegalArgumentException when it is not positive
     */
    public BsaBuilder pollInterval(Duration pollInterval) {
        this.pollInterval = positive(pollInterval, "pollInterval");
        return this;
    }

    /**
     * The language of error messages ({@code Accept-Language}); the server answers in Korean for
     * {@link Locale#KOREAN} and in English otherwise.
     *
     * @param locale the preferred locale
     * @return this builder
     */
    public BsaBuilder locale(Locale locale) {
        this.locale = Objects.requireNonNull(locale, "locale");
        return this;
    }

    /**
     * The HTTP client to use (for a proxy, TLS settings, an executor). By default one for HTTP/1.1
     * with the connect time-out of {@link #timeout(Duration)}.
     *
     * @param httpClient the client
     * @return this builder
     */
    public BsaBuilder httpClient(HttpClient httpClient) {
        this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
        return this;
    }

    /**
     * Builds the client. It opens no connection until a login is requested.
     *
     * @return the client
     */
    public Bsa build() {
        return new Bsa(wiring());
    }

    /** The parts of a {@link Bsa}: its flows over one transport, its scheduler, the executor it owns (or null). */
    record Wiring(Logins logins, ScheduledExecutorService scheduler, ExecutorService ownedCallbackExecutor) {}

    Wiring wiring() {
        Map<String, String> headers = new HashMap<>();
        headers.put("X-BSA-Client-Key", clientKey);
        if (locale != null) {
            headers.put("Accept-Language", locale.toLanguageTag());
        }
        HttpTransport http = new HttpTransport(
                httpClient != null ? httpClient : HttpTransport.newClient(timeout), baseUrl, headers, timeout);
        ScheduledExecutorService scheduler =
                Executors.newScheduledThreadPool(2, SdkThreads.named("bsa-client-scheduler"));
        ExecutorService owned = callbackExecutor == null
                ? Executors.newCachedThreadPool(SdkThreads.named("bsa-client-callback"))
                : null;
        Logins logins = new Logins(http, callbackExecutor != null ? callbackExecutor : owned, scheduler, pollInterval);
        return new Wiring(logins, scheduler, owned);
    }

    private static Duration positive(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isZero() || value.isNegative()) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
        return value;
    }
}
