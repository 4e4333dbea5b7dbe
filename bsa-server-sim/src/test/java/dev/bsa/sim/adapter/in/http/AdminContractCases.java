package dev.bsa.sim.adapter.in.http;

import static dev.bsa.sim.adapter.in.http.ContractCase.http;

import dev.bsa.sim.adapter.in.http.ContractCase.Calls;
import dev.bsa.sim.adapter.in.support.ApiResponse;
import java.util.ArrayList;
import java.util.List;

/** The admin's side of the contract, and the service routes. */
final class AdminContractCases {

    private AdminContractCases() {}

    static List<ContractCase> all() {
        List<ContractCase> cases = new ArrayList<>();
        cases.addAll(directory());
        cases.addAll(phonesAndLinks());
        cases.addAll(simulation());
        cases.addAll(inspection());
        return cases;
    }

    private static List<ContractCase> directory() {
        return List.of(
                admin("GET /api/v1/admin/clients", "/api/v1/admin/clients"),
                http(
                        "PUT /api/v1/admin/clients/{clientKey}",
                        200,
                        "saved",
                        calls -> calls.admin("PUT", "/api/v1/admin/clients/shop")
                                .json("{\"name\":\"Shop\",\"loginTypes\":[\"PUSH\"]}")
                                .send()),
                http(
                        "PUT /api/v1/admin/clients/{clientKey}",
                        400,
                        "unknown login type",
                        calls -> calls.admin("PUT", "/api/v1/admin/clients/shop")
                                .json("{\"loginTypes\":[\"FAX\"]}")
                                .send()),
                admin("DELETE /api/v1/admin/clients/{clientKey}", "/api/v1/admin/clients/demo-client-key"),
                admin("GET /api/v1/admin/users", "/api/v1/admin/users"),
                admin("GET /api/v1/admin/users/{userKey}", "/api/v1/admin/users/alice"),
                http(
                        "GET /api/v1/admin/users/{userKey}",
                        404,
                        "unknown user",
                        calls ->
                                calls.admin("GET", "/api/v1/admin/users/nobody").send()),
                http(
                        "PUT /api/v1/admin/users/{userKey}",
                        200,
                        "saved",
                        calls -> calls.admin("PUT", "/api/v1/admin/users/zoe")
                                .json("{\"status\":\"ACTIVE\"}")
                                .send()),
                http(
                        "PUT /api/v1/admin/users/{userKey}",
                        400,
                        "unknown status",
                        calls -> calls.admin("PUT", "/api/v1/admin/users/zoe")
                                .json("{\"status\":\"HAPPY\"}")
                                .send()),
                admin("DELETE /api/v1/admin/users/{userKey}", "/api/v1/admin/users/alice"));
    }

    private static List<ContractCase> phonesAndLinks() {
        return List.of(
                admin("POST /api/v1/admin/users/{userKey}/device", "/api/v1/admin/users/ivan/device"),
                http(
                        "POST /api/v1/admin/users/{userKey}/device",
                        404,
                        "unknown user",
                        calls -> calls.admin("POST", "/api/v1/admin/users/nobody/device")
                                .send()),
                admin("DELETE /api/v1/admin/users/{userKey}/device", "/api/v1/admin/users/alice/device"),
                admin("GET /api/v1/admin/users/{userKey}/phone", "/api/v1/admin/users/bob/phone"),
                http(
                        "GET /api/v1/admin/users/{userKey}/phone",
                        404,
                        "unknown user",
                        calls -> calls.admin("GET", "/api/v1/admin/users/nobody/phone")
                                .send()),
                http(
                        "PUT /api/v1/admin/users/{userKey}/phone",
                        200,
                        "set",
                        calls -> calls.admin("PUT", "/api/v1/admin/users/alice/phone")
                                .json("{\"mode\":\"AUTO_APPROVE\",\"delayMillis\":0}")
                                .send()),
                http(
                        "PUT /api/v1/admin/users/{userKey}/phone",
                        400,
                        "unknown mode",
                        calls -> calls.admin("PUT", "/api/v1/admin/users/alice/phone")
                                .json("{\"mode\":\"SOMETIMES\"}")
                                .send()),
                http("GET /api/v1/admin/users/{userKey}/totp", 200, "after a login", calls -> {
                    calls.website("POST", "/api/v1/auth/totp")
                            .json("{\"userKey\":\"alice\",\"totpCode\":\""
                                    + calls.steps().totpCode("alice") + "\"}")
                            .send();
                    return calls.admin("GET", "/api/v1/admin/users/alice/totp").send();
                }),
                http(
                        "GET /api/v1/admin/users/{userKey}/totp",
                        404,
                        "unknown user",
                        calls -> calls.admin("GET", "/api/v1/admin/users/nobody/totp")
                                .send()),
                admin("GET /api/v1/admin/links", "/api/v1/admin/links"),
                http(
                        "PUT /api/v1/admin/links/{userKey}/{clientKey}",
                        200,
                        "linked",
                        calls -> calls.admin("PUT", "/api/v1/admin/links/judy/demo-client-key")
                                .send()),
                http(
                        "PUT /api/v1/admin/links/{userKey}/{clientKey}",
                        404,
                        "unknown user",
                        calls -> calls.admin("PUT", "/api/v1/admin/links/nobody/demo-client-key")
                                .send()),
                admin("DELETE /api/v1/admin/links/{userKey}/{clientKey}", "/api/v1/admin/links/alice/demo-client-key"));
    }

    private static List<ContractCase> simulation() {
        return List.of(
                admin("GET /api/v1/admin/faults", "/api/v1/admin/faults"),
                put(
                        "PUT /api/v1/admin/faults",
                        200,
                        "every fault",
                        "{\"channel\":1,\"push\":2,\"node\":3,\"server\":4,\"clientKey\":5}"),
                put("PUT /api/v1/admin/faults", 400, "a negative count", "{\"push\":-1}"),
                admin("GET /api/v1/admin/settings", "/api/v1/admin/settings"),
                put(
                        "PUT /api/v1/admin/settings",
                        200,
                        "changed",
                        "{\"authDeadlineSeconds\":90,\"totp\":{\"window\":2}}"),
                put("PUT /api/v1/admin/settings", 400, "a zero deadline", "{\"authDeadlineSeconds\":0}"),
                admin("GET /api/v1/admin/clock", "/api/v1/admin/clock"),
                put("PUT /api/v1/admin/clock", 200, "set", "{\"instant\":\"2026-01-05T09:00:00Z\"}"),
                put("PUT /api/v1/admin/clock", 400, "not an instant", "{\"instant\":\"tomorrow\"}"),
                http("POST /api/v1/admin/clock/advance", 200, "a session expires", calls -> {
                    calls.steps().pushStarted("alice");
                    return calls.admin("POST", "/api/v1/admin/clock/advance")
                            .json("{\"seconds\":3600}")
                            .send();
                }),
                http(
                        "POST /api/v1/admin/clock/advance",
                        400,
                        "backwards",
                        calls -> calls.admin("POST", "/api/v1/admin/clock/advance")
                                .json("{\"seconds\":-1}")
                                .send()),
                admin("POST /api/v1/admin/reset", "/api/v1/admin/reset"),
                admin("GET /api/v1/admin/outcomes", "/api/v1/admin/outcomes"),
                http(
                        "POST /api/v1/admin/outcomes/next",
                        200,
                        "a channel fault for anyone",
                        calls -> calls.admin("POST", "/api/v1/admin/outcomes/next")
                                .json("{\"outcome\":\"CHANNEL_FAILED\"}")
                                .send()),
                http(
                        "POST /api/v1/admin/outcomes/next",
                        200,
                        "rejected for alice",
                        calls -> calls.admin("POST", "/api/v1/admin/outcomes/next")
                                .json("{\"outcome\":\"REJECTED\",\"userKey\":\"alice\"}")
                                .send()),
                http(
                        "POST /api/v1/admin/outcomes/next",
                        404,
                        "unknown user",
                        calls -> calls.admin("POST", "/api/v1/admin/outcomes/next")
                                .json("{\"outcome\":\"REJECTED\",\"userKey\":\"nobody\"}")
                                .send()),
                http(
                        "POST /api/v1/admin/outcomes/next",
                        400,
                        "unknown outcome",
                        calls -> calls.admin("POST", "/api/v1/admin/outcomes/next")
                                .json("{\"outcome\":\"MAYBE\"}")
                                .send()));
    }

    private static List<ContractCase> inspection() {
        return List.of(
                admin("GET /api/v1/admin/state", "/api/v1/admin/state"),
                http("PUT /api/v1/admin/state", 200, "its own export", calls -> {
                    String exported =
                            calls.admin("GET", "/api/v1/admin/state").send().body();
                    return calls.admin("PUT", "/api/v1/admin/state")
                            .json(exported)
                            .send();
                }),
                put("PUT /api/v1/admin/state", 400, "not a state document", "{\"format\":\"other\"}"),
                http("GET /api/v1/admin/sessions", 200, "one session", calls -> {
                    calls.steps().pushStarted("alice");
                    return calls.admin("GET", "/api/v1/admin/sessions").send();
                }),
                http(
                        "GET /api/v1/admin/sessions",
                        400,
                        "a negative limit",
                        calls -> calls.admin("GET", "/api/v1/admin/sessions?limit=-1")
                                .send()),
                http("GET /api/v1/admin/audit", 200, "one session", calls -> {
                    calls.steps().pushStarted("alice");
                    return calls.admin("GET", "/api/v1/admin/audit").send();
                }),
                http(
                        "GET /api/v1/admin/audit",
                        400,
                        "a limit that is no number",
                        calls -> calls.admin("GET", "/api/v1/admin/audit?limit=many")
                                .send()),
                http(
                        "GET /health",
                        200,
                        "up",
                        calls -> calls.api().get("/health").send()),
                http(
                        "GET /openapi.json",
                        200,
                        "the document",
                        calls -> calls.api().get("/openapi.json").send()),
                http(
                        "GET /api/v1",
                        200,
                        "the index",
                        calls -> calls.api().get("/api/v1").send()),
                http(
                        "GET /api/v1/seed.schema.json",
                        200,
                        "the seed schema",
                        calls -> calls.api().get("/api/v1/seed.schema.json").send()));
    }

    /** A call with the admin token and no body that answers 200. */
    private static ContractCase admin(String operation, String path) {
        String method = operation.substring(0, operation.indexOf(' '));
        return http(
                operation, 200, "as admin", calls -> calls.admin(method, path).send());
    }

    private static ContractCase put(String operation, int status, String situation, String json) {
        String path = operation.substring(operation.indexOf(' ') + 1);
        String method = operation.substring(0, operation.indexOf(' '));
        return http(operation, status, situation, (Calls calls) -> {
            ApiResponse answer = calls.admin(method, path).json(json).send();
            return answer;
        });
    }
}
