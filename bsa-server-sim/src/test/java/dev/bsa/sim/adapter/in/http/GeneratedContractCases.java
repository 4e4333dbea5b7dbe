package dev.bsa.sim.adapter.in.http;

import static dev.bsa.sim.adapter.in.http.ContractCase.http;

import dev.bsa.sim.adapter.in.support.ApiClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Cases made from the document itself, so a new route gets them without a line here: every
 * operation that documents 401 and asks for a credential is called without it.
 */
final class GeneratedContractCases {

    /** A value for each path parameter of the document: a seeded user and client, an unknown 128-bit key. */
    private static final Map<String, String> PATH_VALUES = Map.of(
            "userKey", "alice",
            "clientKey", "demo-client-key",
            "channelKey", "00000000000000000000000000000000",
            "sessionId", "00000000000000000000000000000000",
            "qrId", "00000000000000000000000000000000");

    private GeneratedContractCases() {}

    static List<ContractCase> all(OpenApiContract contract) {
        List<ContractCase> cases = new ArrayList<>();
        for (String operation : contract.operations()) {
            if (contract.statuses(operation).contains(401)
                    && !contract.security(operation).isEmpty()) {
                cases.add(http(
                        operation,
                        401,
                        "without credential",
                        calls -> request(calls.api(), operation).json("{}").send()));
            }
        }
        return cases;
    }

    private static ApiClient.Call request(ApiClient api, String operation) {
        String method = operation.substring(0, operation.indexOf(' '));
        String path = operation.substring(operation.indexOf(' ') + 1);
        for (Map.Entry<String, String> value : PATH_VALUES.entrySet()) {
            path = path.replace("{" + value.getKey() + "}", value.getValue());
        }
        return api.method(method, path);
    }
}
