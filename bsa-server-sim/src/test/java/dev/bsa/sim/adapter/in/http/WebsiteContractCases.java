package dev.bsa.sim.adapter.in.http;

import static dev.bsa.sim.adapter.in.http.ContractCase.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bsa.sim.adapter.in.http.ContractCase.Answer;
import dev.bsa.sim.adapter.in.http.ContractCase.Calls;
import dev.bsa.sim.adapter.in.support.ApiResponse;
import dev.bsa.sim.adapter.in.support.ChannelSocketProbe;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The website's side of the contract: logins, channels, tokens and the live status socket. */
final class WebsiteContractCases {

    private static final String PUSH = "POST /api/v1/auth/push";
    private static final String OTP = "POST /api/v1/auth/otp";
    private static final String TOTP = "POST /api/v1/auth/totp";
    private static final String QR = "POST /api/v1/auth/qr";
    private static final String CANCEL = "POST /api/v1/auth/push/cancel";
    private static final String CANCEL_CHANNEL = "POST /api/v1/channels/{channelKey}/cancel";
    private static final String CHANNEL = "GET /api/v1/channels/{channelKey}";
    private static final String REFRESH = "POST /api/v1/tokens/refresh";
    private static final String VERIFY = "POST /api/v1/tokens/verify";
    private static final String SOCKET = "GET /ws/v1/channels/{channelKey}";
    private static final String NO_CHANNEL = "00000000000000000000000000000000";
    /** A hang guard only: every message here is sent at once, none waits for the clock. */
    private static final Duration WAIT = Duration.ofSeconds(30);

    private WebsiteContractCases() {}

    static List<ContractCase> all() {
        List<ContractCase> cases = new ArrayList<>();
        cases.addAll(logins());
        cases.addAll(cancels());
        cases.addAll(channelsAndTokens());
        return cases;
    }

    private static List<ContractCase> logins() {
        return List.of(
                http(PUSH, 200, "started", calls -> calls.steps().push("alice")),
                http(
                        PUSH,
                        400,
                        "without userKey",
                        calls -> calls.website("POST", "/api/v1/auth/push")
                                .json("{}")
                                .send()),
                http(
                        PUSH,
                        401,
                        "without client key",
                        calls -> calls.api()
                                .post("/api/v1/auth/push")
                                .json("{\"userKey\":\"alice\"}")
                                .send()),
                http(PUSH, 403, "unapproved user", calls -> calls.steps().push("erin")),
                http(PUSH, 404, "user without phone", calls -> calls.steps().push("ivan")),
                http(
                        PUSH,
                        404,
                        "unknown user, in Korean",
                        calls -> calls.website("POST", "/api/v1/auth/push")
                                .korean()
                                .json("{\"userKey\":\"nobody\"}")
                                .send()),
                http(PUSH, 409, "already in progress", calls -> {
                    calls.steps().pushStarted("alice");
                    return calls.steps().push("alice");
                }),
                http(
                        PUSH,
                        413,
                        "body over 64 KiB",
                        calls -> calls.website("POST", "/api/v1/auth/push")
                                .json("{\"userKey\":\"" + "a".repeat(70 * 1024) + "\"}")
                                .send()),
                http(PUSH, 502, "push fault", calls -> {
                    calls.steps().faults("{\"push\":1}");
                    return calls.steps().push("alice");
                }),
                http(PUSH, 503, "channel fault", calls -> {
                    calls.steps().faults("{\"channel\":1}");
                    return calls.steps().push("alice");
                }),
                http(PUSH, 500, "server fault", calls -> {
                    calls.steps().faults("{\"server\":1}");
                    return calls.steps().push("alice");
                }),
                http(
                        PUSH,
                        401,
                        "unknown client key",
                        calls -> calls.api()
                                .post("/api/v1/auth/push")
                                .client("no-such-client")
                                .json("{\"userKey\":\"alice\"}")
                                .send()),
                http(PUSH, 403, "site not linked", calls -> calls.steps().push("judy")),
                http(
                        PUSH,
                        403,
                        "site without login type",
                        calls -> calls.api()
                                .post("/api/v1/auth/push")
                                .client("unconfigured-client-key")
                                .json("{\"userKey\":\"alice\"}")
                                .send()),
                http(OTP, 200, "started", calls -> otp(calls, calls.steps().appOtpCode("alice"))),
                http(TOTP, 429, "daily limit", calls -> {
                    calls.steps()
                            .admin("PUT", "/api/v1/admin/settings")
                            .json("{\"totp\":{\"dailyLimit\":1}}")
                            .send();
                    totp(calls, wrong(calls.steps().totpCode("alice")));
                    return totp(calls, calls.steps().totpCode("alice"));
                }),
                http(OTP, 400, "letters for a code", calls -> otp(calls, "abc")),
                http(OTP, 401, "unknown code", calls -> otp(calls, "0")),
                http(TOTP, 200, "logged in", calls -> totp(calls, calls.steps().totpCode("alice"))),
                http(
                        TOTP,
                        401,
                        "wrong code",
                        calls -> totp(calls, wrong(calls.steps().totpCode("alice")))),
                http(
                        TOTP,
                        400,
                        "without totpCode",
                        calls -> calls.website("POST", "/api/v1/auth/totp")
                                .json("{\"userKey\":\"alice\"}")
                                .send()),
                http(QR, 200, "started", calls -> calls.steps().qrStarted()),
                http(
                        QR,
                        403,
                        "site without login type",
                        calls -> calls.api()
                                .post("/api/v1/auth/qr")
                                .client("unconfigured-client-key")
                                .json("{}")
                                .send()),
                http(
                        QR,
                        400,
                        "unknown field",
                        calls -> calls.website("POST", "/api/v1/auth/qr")
                                .json("{\"reason\":1}")
                                .send()));
    }

    private static List<ContractCase> cancels() {
        return List.of(
                http(CANCEL, 200, "canceled", calls -> {
                    calls.steps().pushStarted("alice");
                    return cancel(calls, "alice");
                }),
                http(CANCEL, 404, "unknown user", calls -> cancel(calls, "nobody")),
                http(CANCEL, 409, "nothing in progress", calls -> cancel(calls, "alice")),
                http(CANCEL, 409, "after the deadline, the login swept", calls -> {
                    calls.steps().pushStarted("alice");
                    calls.steps().advanceSeconds(3600);
                    return cancel(calls, "alice");
                }),
                http(CANCEL_CHANNEL, 410, "after the deadline", calls -> {
                    String channel = calls.steps().pushStarted("alice").text("channelKey");
                    calls.steps().advanceSeconds(3600);
                    return calls.website("POST", "/api/v1/channels/" + channel + "/cancel")
                            .send();
                }),
                http(CANCEL_CHANNEL, 409, "already ended", calls -> {
                    ApiResponse started = calls.steps().pushStarted("alice");
                    calls.steps().answer("alice", started.text("sessionId"), "reject");
                    return calls.website("POST", "/api/v1/channels/" + started.text("channelKey") + "/cancel")
                            .send();
                }),
                http(CANCEL_CHANNEL, 200, "canceled", calls -> {
                    String channel = calls.steps().pushStarted("alice").text("channelKey");
                    return calls.website("POST", "/api/v1/channels/" + channel + "/cancel")
                            .send();
                }),
                http(
                        CANCEL_CHANNEL,
                        404,
                        "unknown channel",
                        calls -> calls.website("POST", "/api/v1/channels/" + NO_CHANNEL + "/cancel")
                                .send()),
                http(
                        CANCEL_CHANNEL,
                        401,
                        "without client key",
                        calls -> calls.api()
                                .post("/api/v1/channels/" + NO_CHANNEL + "/cancel")
                                .send()));
    }

    private static List<ContractCase> channelsAndTokens() {
        return List.of(
                http(
                        CHANNEL,
                        200,
                        "live",
                        calls -> calls.steps()
                                .poll(calls.steps().pushStarted("alice").text("channelKey"))),
                http(CHANNEL, 200, "completed", calls -> calls.steps().poll(approvedChannel(calls))),
                http(CHANNEL, 200, "failed", calls -> {
                    ApiResponse started = calls.steps().pushStarted("alice");
                    calls.steps().answer("alice", started.text("sessionId"), "reject");
                    return calls.steps().poll(started.text("channelKey"));
                }),
                http(CHANNEL, 404, "unknown channel", calls -> calls.steps().poll(NO_CHANNEL)),
                http(CHANNEL, 400, "malformed key", calls -> calls.steps().poll("not-a-key")),
                http(CHANNEL, 500, "server fault", calls -> {
                    String channel = calls.steps().pushStarted("alice").text("channelKey");
                    calls.steps().faults("{\"server\":1}");
                    return calls.steps().poll(channel);
                }),
                http(
                        REFRESH,
                        200,
                        "rotated",
                        calls -> refresh(
                                calls, tokens(calls).path("refreshToken").asText())),
                http(
                        REFRESH,
                        401,
                        "without client key",
                        calls -> calls.api()
                                .post("/api/v1/tokens/refresh")
                                .json("{\"refreshToken\":\"nonsense\"}")
                                .send()),
                http(
                        VERIFY,
                        401,
                        "without client key",
                        calls -> calls.api()
                                .post("/api/v1/tokens/verify")
                                .json("{\"accessToken\":\"nonsense\"}")
                                .send()),
                http(REFRESH, 400, "not a refresh token", calls -> refresh(calls, "nonsense")),
                http(REFRESH, 400, "used twice", calls -> {
                    String token = tokens(calls).path("refreshToken").asText();
                    refresh(calls, token);
                    return refresh(calls, token);
                }),
                http(
                        VERIFY,
                        200,
                        "claims",
                        calls -> calls.website("POST", "/api/v1/tokens/verify")
                                .json("{\"accessToken\":\""
                                        + tokens(calls).path("accessToken").asText() + "\"}")
                                .send()),
                http(VERIFY, 400, "not a token", calls -> verify(calls, "nonsense")),
                http(VERIFY, 400, "a forged signature", calls -> {
                    String token = tokens(calls).path("accessToken").asText();
                    return verify(calls, token.substring(0, token.lastIndexOf('.') + 1) + "AAAA");
                }),
                http(
                        "GET /api/v1/jwks",
                        200,
                        "key set",
                        calls -> calls.api().get("/api/v1/jwks").send()),
                new ContractCase(SOCKET, 101, "a completed login's messages", calls -> {
                    ApiResponse started = calls.steps().pushStarted("alice");
                    ChannelSocketProbe channel = calls.sim().watch(started.text("channelKey"));
                    calls.steps().answer("alice", started.text("sessionId"), "approve");
                    List<JsonNode> messages = new ArrayList<>(channel.untilResult(WAIT));
                    return new Answer(101, "application/json", messages);
                }),
                new ContractCase(SOCKET, 101, "a failed login's messages", calls -> {
                    ApiResponse started = calls.steps().pushStarted("alice");
                    ChannelSocketProbe channel = calls.sim().watch(started.text("channelKey"));
                    calls.steps().answer("alice", started.text("sessionId"), "reject");
                    return new Answer(101, "application/json", channel.untilResult(WAIT));
                }),
                new ContractCase(SOCKET, 101, "an unknown channel's error", calls -> {
                    ChannelSocketProbe channel = calls.sim().watch(NO_CHANNEL);
                    return new Answer(101, "application/json", channel.untilResult(WAIT));
                }),
                new ContractCase(SOCKET, 101, "a live login's statuses up to its first tick", calls -> {
                    ChannelSocketProbe channel =
                            calls.sim().watch(calls.steps().pushStarted("alice").text("channelKey"));
                    List<JsonNode> messages = new ArrayList<>();
                    while (messages.stream()
                            .noneMatch(message -> message.path("type").asText().equals("tick"))) {
                        messages.add(channel.next(WAIT));
                    }
                    return new Answer(101, "application/json", messages);
                }));
    }

    private static ApiResponse otp(Calls calls, String code) {
        return calls.website("POST", "/api/v1/auth/otp")
                .json("{\"code\":\"" + code + "\"}")
                .send();
    }

    private static ApiResponse totp(Calls calls, String code) {
        return calls.website("POST", "/api/v1/auth/totp")
                .json("{\"userKey\":\"alice\",\"totpCode\":\"" + code + "\"}")
                .send();
    }

    private static ApiResponse cancel(Calls calls, String user) {
        return calls.website("POST", "/api/v1/auth/push/cancel")
                .json("{\"userKey\":\"" + user + "\"}")
                .send();
    }

    private static ApiResponse verify(Calls calls, String token) {
        return calls.website("POST", "/api/v1/tokens/verify")
                .json("{\"accessToken\":\"" + token + "\"}")
                .send();
    }

    private static ApiResponse refresh(Calls calls, String token) {
        return calls.website("POST", "/api/v1/tokens/refresh")
                .json("{\"refreshToken\":\"" + token + "\"}")
                .send();
    }

    /** The same number of digits, each one changed. */
    private static String wrong(String code) {
        StringBuilder wrong = new StringBuilder();
        code.chars().forEach(digit -> wrong.append((char) ('0' + (digit - '0' + 1) % 10)));
        return wrong.toString();
    }

    /** The tokens of a TOTP login of alice. */
    private static JsonNode tokens(Calls calls) {
        return totp(calls, calls.steps().totpCode("alice")).data();
    }

    /** The channel of alice's push login, approved on her phone. */
    private static String approvedChannel(Calls calls) {
        ApiResponse started = calls.steps().pushStarted("alice");
        calls.steps().answer("alice", started.text("sessionId"), "start");
        calls.steps().answer("alice", started.text("sessionId"), "approve");
        return started.text("channelKey");
    }
}
