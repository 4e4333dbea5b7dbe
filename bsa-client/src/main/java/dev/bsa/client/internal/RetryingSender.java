package dev.bsa.client.internal;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpTimeoutException;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Sends a request once, and once more when it is idempotent and its pooled connection turned out to
 * be closed by the server (an I/O failure before any answer, not a time-out).
 */
final class RetryingSender {

    private static final Set<String> IDEMPOTENT = Set.of("GET", "PUT", "DELETE");

    private final HttpClient client;

    RetryingSender(HttpClient client) {
        this.client = client;
    }

    CompletableFuture<HttpResponse<String>> send(HttpRequest request) {
        CompletableFuture<HttpResponse<String>> first = client.sendAsync(request, BodyHandlers.ofString());
        if (!IDEMPOTENT.contains(request.method())) {
            return first;
        }
        return first.handle((response, failure) -> {
                    if (failure == null) {
                        return CompletableFuture.completedFuture(response);
                    }
                    Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                            ? failure.getCause()
                            : failure;
                    if (cause instanceof IOException && !(cause instanceof HttpTimeoutException)) {
                        return client.sendAsync(request, BodyHandlers.ofString());
                    }
                    return CompletableFuture.<HttpResponse<String>>failedFuture(cause);
                })
                .thenCompose(next -> next);
    }
}
