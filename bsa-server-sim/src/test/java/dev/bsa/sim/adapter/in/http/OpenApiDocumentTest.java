package dev.bsa.sim.adapter.in.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bsa.domain.error.ErrorCode;
import dev.bsa.sim.adapter.in.support.ApiResponse;
import dev.bsa.sim.adapter.in.support.RunningSimulator;
import dev.bsa.sim.adapter.in.ws.ChannelSocket;
import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The hand-kept OpenAPI document and the routes Javalin really has must name the same operations. */
class OpenApiDocumentTest {

    @RegisterExtension
    static final RunningSimulator sim = new RunningSimulator();

    private static final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
    private static Javalin app;

    @BeforeAll
    static void buildAnAppWithEveryRoute() {
        HttpApi http =
                new HttpApi(sim.services(), sim.control(), WireJson.mapper(), HttpApiOptions.withAdminToken("token"));
        ChannelSocket socket = new ChannelSocket(sim.control(), WireJson.mapper(), sim.clock(), ticker);
        app = Javalin.create(config -> {
            http.install(config);
            socket.install(config);
        });
    }

    @AfterAll
    static void stopTicker() {
        ticker.shutdownNow();
    }

    @Test
    void everyRegisteredRouteIsDocumented_andEveryDocumentedRouteIsRegistered() throws Exception {
        Set<String> registered = registeredOperations();

        assertThat(registered)
                .hasSizeGreaterThan(40)
                .contains("POST /api/v1/auth/push", "GET /ws/v1/channels/{channelKey}", "GET /api/v1/admin/events");
        assertThat(documentedOperations()).isEqualTo(registered);
    }

    @Test
    void noOptionsRouteIsRegistered_preflightsAreAnsweredBeforeRouting() {
        assertThat(app.unsafe.internalRouter.allHttpHandlers())
                .noneMatch(parsed -> parsed.endpoint.method.equals(HandlerType.OPTIONS));
    }

    @Test
    void theDocumentIsServedAtOpenapiJson() throws Exception {
        ApiResponse served = sim.api().get("/openapi.json").send();

        assertThat(served.status()).isEqualTo(200);
        assertThat(served.json().path("openapi").asText()).startsWith("3.");
        assertThat(served.json()).isEqualTo(document());
    }

    @Test
    void everyOperationDocumentsASuccessAndEverySchemaReferenceResolves() throws Exception {
        JsonNode document = document();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            path.getValue()
                    .properties()
                    .forEach(operation -> assertThat(
                                    operation.getValue().path("responses").fieldNames())
                            .as(operation.getKey() + " " + path.getKey())
                            .toIterable()
                            .anyMatch(
                                    status -> status.startsWith("2") || status.equals("101") || status.equals("403")));
        }
        assertReferencesResolve(document, document);
    }

    @Test
    void theDocumentedErrorCodesAreTheCatalogue() throws Exception {
        Set<Integer> documented = new TreeSet<>();
        document().at("/components/schemas/ErrorCode/enum").forEach(code -> documented.add(code.asInt()));

        assertThat(documented)
                .containsExactlyInAnyOrderElementsOf(
                        Arrays.stream(ErrorCode.values()).map(ErrorCode::code).toList());
    }

    @Test
    void everyCodeAnErrorResponseLists_isAnsweredWithThatResponsesStatus() throws Exception {
        for (Map.Entry<String, JsonNode> response :
                document().at("/components/responses").properties()) {
            int status = Integer.parseInt(response.getKey().substring("Error".length()));
            JsonNode codes = response.getValue().at("/content/application~1json/schema/allOf/1/properties/rtCode/enum");
            assertThat(codes).as(response.getKey()).isNotEmpty();
            codes.forEach(code -> {
                ErrorCode listed = ErrorCode.ofCode(code.asInt()).orElseThrow();
                if (listed != ErrorCode.INVALID_PARAMETER) { // 2002 is also a refused route, method, size or token
                    assertThat(ErrorResponses.statusOf(listed))
                            .as(response.getKey() + " lists " + listed.code())
                            .isEqualTo(status);
                }
            });
        }
    }

    private static Set<String> registeredOperations() {
        Set<String> operations = new TreeSet<>();
        app.unsafe.internalRouter.allHttpHandlers().stream()
                .map(parsed -> parsed.endpoint)
                .filter(endpoint -> endpoint.method.isHttpMethod())
                .forEach(endpoint ->
                        operations.add(endpoint.method.name().toUpperCase(Locale.ROOT) + " " + endpoint.path));
        app.unsafe.internalRouter.allWsHandlers().forEach(ws -> operations.add("GET " + ws.getPath()));
        return operations;
    }

    private static Set<String> documentedOperations() {
        return OpenApiContract.load().operations();
    }

    private static void assertReferencesResolve(JsonNode node, JsonNode document) {
        if (node.isObject()) {
            JsonNode reference = node.get("$ref");
            if (reference != null) {
                String pointer = reference.asText().substring(1);
                assertThat(document.at(pointer).isMissingNode())
                        .as("reference " + reference.asText())
                        .isFalse();
            }
            node.elements().forEachRemaining(child -> assertReferencesResolve(child, document));
        } else if (node.isArray()) {
            node.elements().forEachRemaining(child -> assertReferencesResolve(child, document));
        }
    }

    private static JsonNode document() {
        return OpenApiContract.load().document();
    }
}
