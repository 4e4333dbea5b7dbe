package dev.bsa.bench.load;

import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Push logins as a website's page does them, with the same client as the TOTP calls: {@code POST
 * /api/v1/auth/push}, then the channel's WebSocket until its {@code result} brings the tokens. Either the
 * simulated phone approves by itself (AUTO_APPROVE, 0 ms), or this generator is the phone: once the socket has
 * caught up ({@code SelectNodes} arrived) it posts the approval through the device API, and the time from
 * sending that approval to the result arriving over the WebSocket is the attempt's approval-to-result latency.
 * Latency: push request to tokens.
 */
final class PushSocketLogins implements LoginRunner {

    private final WireClient wire;
    private final Map<String, String> website;
    private final boolean generatorIsThePhone;
    private final Duration timeout;

    /**
     * @param generatorIsThePhone false: the users' phones approve by themselves; true: they answer by hand and this
     *                            runner approves through the device API with their seeded tokens
     */
    PushSocketLogins(WireClient wire, String clientKey, boolean generatorIsThePhone) {
        this.wire = wire;
        this.website = Map.of(TotpCodeCalls.CLIENT_KEY_HEADER, clientKey);
        this.generatorIsThePhone = generatorIsThePhone;
        this.timeout = wire.timeout();
    }

    @Override
    public Attempt attempt(WorkerUsers users) throws InterruptedException {
        LoadUser user = users.next();
        long started = System.nanoTime();
        WireClient.Reply push = wire.post("/api/v1/auth/push", website, Map.of("userKey", user.key()));
        if (push.error() != null) {
            return new Attempt(started, System.nanoTime() - started, push.error());
        }
        String channelKey = push.body().path("data").path("channelKey").asText();
        String sessionId = push.body().path("data").path("sessionId").asText();
        LoadChannelListener channel = new LoadChannelListener("SelectNodes");
        WebSocket socket = null;
        try {
            socket = wire.webSocket("/ws/v1/channels/" + channelKey, channel)
                    .get(timeout.toNanos(), TimeUnit.NANOSECONDS);
            long approvalSent = -1;
            CompletableFuture<HttpResponse<String>> approval = null;
            if (generatorIsThePhone) {
                channel.statusSeen().get(timeout.toNanos(), TimeUnit.NANOSECONDS);
                approvalSent = System.nanoTime();
                approval = wire.postAsync(
                        "/api/v1/device/pushes/" + sessionId + "/approve",
                        Map.of("X-BSA-Device-Token", LoadSeed.deviceToken(user.key())),
                        Map.of());
            }
            LoadChannelListener.Outcome outcome = channel.result().get(timeout.toNanos(), TimeUnit.NANOSECONDS);
            String error = outcome.error();
            if (approval != null) {
                String approvalError = wire.await(approval).error();
                error = error != null ? error : approvalError == null ? null : "approve " + approvalError;
            }
            if (error != null) {
                cancel(user);
            }
            return new Attempt(
                    started,
                    outcome.receivedNanos() - started,
                    error,
                    approvalSent < 0 || error != null ? -1 : outcome.receivedNanos() - approvalSent);
        } catch (TimeoutException late) {
            cancel(user);
            return new Attempt(started, System.nanoTime() - started, ErrorTally.CLIENT_TIMEOUT);
        } catch (ExecutionException failed) {
            cancel(user);
            return new Attempt(
                    started,
                    System.nanoTime() - started,
                    "socket " + failed.getCause().getClass().getSimpleName());
        } finally {
            close(socket, channel);
        }
    }

    /**
     * A login given up on is cancelled, as a site would, so that the user's next login does not meet 2010 (the
     * simulator's virtual clock, which ends a forgotten login, stands still while push logins run).
     */
    private void cancel(LoadUser user) throws InterruptedException {
        try {
            wire.post("/api/v1/auth/push/cancel", website, Map.of("userKey", user.key()));
        } catch (RuntimeException alreadyOver) {
            // Nothing to cancel, or the server is gone: the attempt is counted as failed either way.
        }
    }

    /** The server closes the channel after its result; a channel given up on is dropped at once. */
    private static void close(WebSocket socket, LoadChannelListener channel) {
        if (socket == null || socket.isOutputClosed()) {
            return;
        }
        if (channel.result().isDone()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").exceptionally(ignored -> null);
        } else {
            socket.abort();
        }
    }
}
