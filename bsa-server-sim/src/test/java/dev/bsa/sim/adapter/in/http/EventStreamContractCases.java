package dev.bsa.sim.adapter.in.http;

import static dev.bsa.sim.adapter.in.http.ContractCase.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bsa.sim.adapter.in.http.ContractCase.Answer;
import dev.bsa.sim.adapter.in.http.ContractCase.Calls;
import dev.bsa.sim.adapter.in.support.RunningSimulator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/** The admin's Server-Sent-Events stream: its media type, and each event's data read as a SimEvent. */
final class EventStreamContractCases {

    private static final String EVENTS = "GET /api/v1/admin/events";
    private static final ObjectMapper JSON = new ObjectMapper();

    private EventStreamContractCases() {}

    static List<ContractCase> all() {
        return List.of(
                new ContractCase(EVENTS, 200, "a login's replayed events", EventStreamContractCases::replayed),
                http(
                        EVENTS,
                        406,
                        "without Accept: text/event-stream",
                        calls -> calls.admin("GET", "/api/v1/admin/events")
                                .header("Accept", "application/json")
                                .send()),
                http(
                        EVENTS,
                        401,
                        "without admin token",
                        calls -> calls.api()
                                .get("/api/v1/admin/events")
                                .header("Accept", "text/event-stream")
                                .send()));
    }

    /** Starts a push login, then opens the stream and reads the events it replays up to the push. */
    private static Answer replayed(Calls calls) {
        calls.steps().pushStarted("alice");
        HttpRequest request = HttpRequest.newBuilder(URI.create(calls.sim().baseUrl() + "/api/v1/admin/events"))
                .header("Authorization", "Bearer " + RunningSimulator.ADMIN_TOKEN)
                .header("Accept", "text/event-stream")
                .build();
        try {
            HttpResponse<Stream<String>> response =
                    HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofLines());
            try (Stream<String> lines = response.body()) {
                return new Answer(
                        response.statusCode(),
                        response.headers().firstValue("Content-Type").orElse(""),
                        dataUpToThePush(lines.iterator()));
            }
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    private static List<JsonNode> dataUpToThePush(Iterator<String> lines) throws IOException {
        List<JsonNode> data = new ArrayList<>();
        while (data.stream().noneMatch(event -> event.path("type").asText().equals("push"))) {
            String line = lines.next();
            if (line.startsWith("data:")) {
                data.add(JSON.readTree(line.substring("data:".length()).trim()));
            }
        }
        return data;
    }
}
