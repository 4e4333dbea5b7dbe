package dev.bsa.sim.adapter.in.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bsa.sim.adapter.in.support.ApiResponse;
import dev.bsa.sim.adapter.in.support.RunningSimulator;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code /api/v1} is an index of what the server offers, and every link in it answers. */
class ApiIndexTest {

    @RegisterExtension
    static final RunningSimulator sim = new RunningSimulator();

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1", "/api/v1/"})
    void theApiRoot_answers200_withAnEnvelopedIndex_notAnUnknownRoute(String path) {
        ApiResponse index = sim.api().get(path).send();

        assertThat(index.status()).isEqualTo(200);
        assertThat(index.rtCode()).isZero();
        assertThat(index.text("service")).isEqualTo("BSA Simulator");
        assertThat(index.data().path("links").properties())
                .extracting(Map.Entry::getKey)
                .containsExactly("openapi", "health", "seedSchema", "jwks");
    }

    @Test
    void everyLinkOfTheIndex_answers200() {
        JsonNode links = sim.api().get("/api/v1").send().data().path("links");

        links.properties()
                .forEach(link -> assertThat(
                                sim.api().get(link.getValue().asText()).send().status())
                        .as(link.getKey() + " " + link.getValue().asText())
                        .isEqualTo(200));
    }

    @Test
    void theSeedSchema_isServed_asTheSchemaTheSimulatorChecksSeedsWith_andAsDocumented() throws Exception {
        HttpResponse<byte[]> served = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(sim.baseUrl() + "/api/v1/seed.schema.json"))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());

        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/schema+json"));
        assertThat(served.body())
                .isEqualTo(resource(ServiceRoutes.SEED_SCHEMA_RESOURCE))
                .isEqualTo(Files.readAllBytes(Path.of("..", "docs", "seed.schema.json")));
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream input = ServiceRoutes.class.getResourceAsStream(name)) {
            return input.readAllBytes();
        }
    }
}
