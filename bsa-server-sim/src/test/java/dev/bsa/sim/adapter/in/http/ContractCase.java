package dev.bsa.sim.adapter.in.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.bsa.sim.adapter.in.support.ApiClient;
import dev.bsa.sim.adapter.in.support.ApiResponse;
import dev.bsa.sim.adapter.in.support.RunningSimulator;
import dev.bsa.sim.adapter.in.support.Scenarios;
import java.util.List;
import java.util.function.Function;

/**
 * One call of a documented operation and the status it must answer with; {@link OpenApiResponsesTest}
 * checks that the answer is documented for the operation and matches its schema.
 *
 * @param operation the documented operation, {@code "METHOD /path/{template}"}
 * @param status    the HTTP status this call must answer with
 * @param situation what the call does, for the test's name
 * @param call      makes the call against a freshly reset simulator
 */
record ContractCase(String operation, int status, String situation, Function<Calls, Answer> call) {

    /** A plain HTTP call. */
    static ContractCase http(String operation, int status, String situation, Function<Calls, ApiResponse> call) {
        return new ContractCase(operation, status, situation, calls -> Answer.of(call.apply(calls)));
    }

    @Override
    public String toString() {
        return operation + " " + status + " " + situation;
    }

    /** What came back: the status, the media type and the JSON bodies to check against the schema. */
    record Answer(int status, String contentType, List<JsonNode> bodies) {

        static Answer of(ApiResponse response) {
            String contentType = response.header("Content-Type").orElse("");
            if (!OpenApiContract.isJson(contentType)) {
                return new Answer(response.status(), contentType, List.of());
            }
            JsonNode body = response.json().isMissingNode() ? TextNode.valueOf(response.body()) : response.json();
            return new Answer(response.status(), contentType, List.of(body));
        }
    }

    /** The ways a case calls the simulator: as the demo website, a user's phone or the admin. */
    record Calls(RunningSimulator sim, Scenarios steps) {

        ApiClient api() {
            return sim.api();
        }

        /** A call of the demo website. */
        ApiClient.Call website(String method, String path) {
            return sim.api().method(method, path).client(RunningSimulator.DEMO_CLIENT);
        }

        /** A call of {@code user}'s phone. */
        ApiClient.Call phone(String user, String method, String path) {
            return sim.api().method(method, path).device(RunningSimulator.deviceTokenOf(user));
        }

        /** A call with the admin token. */
        ApiClient.Call admin(String method, String path) {
            return steps.admin(method, path);
        }
    }
}
