package dev.bsa.sim.adapter.in.http;

import static dev.bsa.sim.adapter.in.http.ContractCase.http;

import dev.bsa.sim.adapter.in.http.ContractCase.Calls;
import dev.bsa.sim.adapter.in.support.ApiResponse;
import java.util.List;

/** The phone's side of the contract: the device API and the page a camera app opens. */
final class DeviceContractCases {

    private static final String NO_SESSION = "00000000000000000000000000000000";

    private DeviceContractCases() {}

    static List<ContractCase> all() {
        return List.of(
                http(
                        "GET /api/v1/device/me",
                        200,
                        "alice",
                        calls ->
                                calls.phone("alice", "GET", "/api/v1/device/me").send()),
                http(
                        "GET /api/v1/device/me",
                        401,
                        "unknown token",
                        calls -> calls.api()
                                .get("/api/v1/device/me")
                                .device("nobody")
                                .send()),
                http("GET /api/v1/device/pushes", 200, "one pending", calls -> {
                    calls.steps().pushStarted("alice");
                    return calls.phone("alice", "GET", "/api/v1/device/pushes").send();
                }),
                http(
                        "GET /api/v1/device/pushes",
                        401,
                        "without token",
                        calls -> calls.api().get("/api/v1/device/pushes").send()),
                http("POST /api/v1/device/pushes/{sessionId}/start", 200, "started", calls -> answer(calls, "start")),
                http(
                        "POST /api/v1/device/pushes/{sessionId}/start",
                        404,
                        "unknown session",
                        calls -> calls.steps().answer("alice", NO_SESSION, "start")),
                http(
                        "POST /api/v1/device/pushes/{sessionId}/approve",
                        200,
                        "approved",
                        calls -> answer(calls, "approve")),
                http("POST /api/v1/device/pushes/{sessionId}/approve", 409, "answered twice", calls -> {
                    String session = calls.steps().pushStarted("alice").text("sessionId");
                    calls.steps().answer("alice", session, "approve");
                    return calls.steps().answer("alice", session, "approve");
                }),
                http(
                        "POST /api/v1/device/pushes/{sessionId}/reject",
                        200,
                        "rejected",
                        calls -> answer(calls, "reject")),
                http("POST /api/v1/device/pushes/{sessionId}/reject", 410, "after the deadline", calls -> {
                    String session = calls.steps().pushStarted("alice").text("sessionId");
                    calls.steps().advanceSeconds(3600);
                    return calls.steps().answer("alice", session, "reject");
                }),
                http(
                        "POST /api/v1/device/pushes/{sessionId}/reject",
                        400,
                        "malformed session id",
                        calls -> calls.steps().answer("alice", "not-an-id", "reject")),
                http(
                        "POST /api/v1/device/otp",
                        200,
                        "issued",
                        calls -> calls.phone("alice", "POST", "/api/v1/device/otp")
                                .send()),
                http(
                        "POST /api/v1/device/otp",
                        403,
                        "unapproved user",
                        calls -> calls.phone("erin", "POST", "/api/v1/device/otp")
                                .send()),
                http(
                        "GET /api/v1/device/totp",
                        200,
                        "current code",
                        calls -> calls.phone("alice", "GET", "/api/v1/device/totp")
                                .send()),
                http(
                        "GET /api/v1/device/totp",
                        401,
                        "without token",
                        calls -> calls.api().get("/api/v1/device/totp").send()),
                http(
                        "GET /api/v1/device/totp/enrolment",
                        200,
                        "enrolment",
                        calls -> calls.phone("alice", "GET", "/api/v1/device/totp/enrolment")
                                .send()),
                http(
                        "GET /api/v1/device/totp/enrolment",
                        401,
                        "without token",
                        calls ->
                                calls.api().get("/api/v1/device/totp/enrolment").send()),
                http(
                        "POST /api/v1/device/qr/scan",
                        200,
                        "scanned",
                        calls -> scan(calls, calls.steps().qrStarted().text("qrPayload"))),
                http("POST /api/v1/device/qr/scan", 404, "unknown QR id", calls -> scan(calls, NO_SESSION)),
                http("POST /api/v1/device/qr/scan", 404, "an expired QR code", calls -> {
                    String payload = calls.steps().qrStarted().text("qrPayload");
                    calls.steps().advanceSeconds(3600);
                    return scan(calls, payload);
                }),
                http("POST /api/v1/device/qr/scan", 404, "scanned twice", calls -> {
                    String payload = calls.steps().qrStarted().text("qrPayload");
                    scan(calls, payload);
                    return scan(calls, payload);
                }),
                http("POST /api/v1/device/qr/scan", 409, "while a push login is in progress", calls -> {
                    String payload = calls.steps().qrStarted().text("qrPayload");
                    calls.steps().pushStarted("alice");
                    return scan(calls, payload);
                }),
                http(
                        "POST /api/v1/device/qr/scan",
                        403,
                        "an unapproved user",
                        calls -> calls.phone("erin", "POST", "/api/v1/device/qr/scan")
                                .json("{\"qrPayload\":\""
                                        + calls.steps().qrStarted().text("qrId") + "\"}")
                                .send()),
                http("POST /api/v1/device/pushes/{sessionId}/approve", 502, "node fault", calls -> {
                    String session = calls.steps().pushStarted("alice").text("sessionId");
                    calls.steps().faults("{\"node\":1}");
                    return calls.steps().answer("alice", session, "approve");
                }),
                http("POST /api/v1/device/pushes/{sessionId}/approve", 409, "a canceled login", calls -> {
                    String session = calls.steps().pushStarted("alice").text("sessionId");
                    calls.website("POST", "/api/v1/auth/push/cancel")
                            .json("{\"userKey\":\"alice\"}")
                            .send();
                    return calls.steps().answer("alice", session, "approve");
                }),
                http("POST /api/v1/device/pushes/{sessionId}/start", 410, "after the deadline", calls -> {
                    String session = calls.steps().pushStarted("alice").text("sessionId");
                    calls.steps().advanceSeconds(3600);
                    return calls.steps().answer("alice", session, "start");
                }),
                http(
                        "POST /api/v1/device/otp",
                        401,
                        "without token",
                        calls -> calls.api().post("/api/v1/device/otp").send()),
                http(
                        "POST /api/v1/device/qr/scan",
                        400,
                        "without qrPayload",
                        calls -> calls.phone("alice", "POST", "/api/v1/device/qr/scan")
                                .json("{}")
                                .send()),
                http(
                        "GET /q/{qrId}",
                        403,
                        "opened by a camera app",
                        calls -> calls.api()
                                .get("/q/" + calls.steps().qrStarted().text("qrId"))
                                .header("Accept", "text/html")
                                .send()),
                http(
                        "GET /q/{qrId}",
                        404,
                        "unknown QR id",
                        calls -> calls.api()
                                .get("/q/" + NO_SESSION)
                                .header("Accept", "text/html")
                                .send()));
    }

    /** Alice's phone answers her new push login. */
    private static ApiResponse answer(Calls calls, String answer) {
        String session = calls.steps().pushStarted("alice").text("sessionId");
        return calls.steps().answer("alice", session, answer);
    }

    private static ApiResponse scan(Calls calls, String payload) {
        return calls.phone("alice", "POST", "/api/v1/device/qr/scan")
                .json("{\"qrPayload\":\"" + payload + "\"}")
                .send();
    }
}
