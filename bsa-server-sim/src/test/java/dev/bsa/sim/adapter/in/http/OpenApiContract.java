package dev.bsa.sim.adapter.in.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The OpenAPI document as a test oracle: which statuses and media types an operation documents, and
 * whether an answer's body matches the documented schema (OpenAPI 3.0 dialect, {@code $ref}s
 * resolved inside the document, formats asserted).
 *
 * <p>Read strictly: every object schema that lists its properties is closed here
 * ({@code additionalProperties: false}, except the members of an {@code allOf}, which only add to
 * each other), so a field the server sends but the document does not name fails too. The served
 * document stays open, so integrators' readers tolerate fields a later version adds.
 */
final class OpenApiContract {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The name the document is registered under; never fetched. */
    private static final String DOCUMENT_IRI = "urn:bsa-simulator:openapi";

    private final JsonNode document;
    private final SchemaRegistry registry;

    private OpenApiContract(JsonNode document) {
        this.document = document;
        JsonNode strict = closed(document.deepCopy(), false);
        this.registry = SchemaRegistry.withDialect(
                Dialects.getOpenApi30(),
                builder -> builder.schemas(Map.of(DOCUMENT_IRI, strict.toString()))
                        .schemaRegistryConfig(SchemaRegistryConfig.builder()
                                .formatAssertionsEnabled(true)
                                .build()));
    }

    /** The document the simulator serves, read from its classpath resource. */
    static OpenApiContract load() {
        try (InputStream input = OpenApiContract.class.getResourceAsStream(ServiceRoutes.OPENAPI_RESOURCE)) {
            return new OpenApiContract(JSON.readTree(input));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** The document as read. */
    JsonNode document() {
        return document;
    }

    /** Every documented operation, as {@code "METHOD /path/{template}"}. */
    Set<String> operations() {
        Set<String> operations = new TreeSet<>();
        document.path("paths")
                .properties()
                .forEach(path -> path.getValue()
                        .fieldNames()
                        .forEachRemaining(
                                method -> operations.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));
        return operations;
    }

    /** The HTTP statuses {@code operation} documents. */
    Set<Integer> statuses(String operation) {
        Set<Integer> statuses = new TreeSet<>();
        operationNode(operation)
                .path("responses")
                .fieldNames()
                .forEachRemaining(status -> statuses.add(Integer.parseInt(status)));
        return statuses;
    }

    /** The security schemes {@code operation} asks for (its own, else the document's). */
    Set<String> security(String operation) {
        JsonNode requirements = operationNode(operation).path("security");
        if (requirements.isMissingNode()) {
            requirements = document.path("security");
        }
        Set<String> schemes = new TreeSet<>();
        requirements.forEach(requirement -> requirement.fieldNames().forEachRemaining(schemes::add));
        return schemes;
    }

    /**
     * What is wrong with an answer of {@code operation}: an undocumented status or media type, or a
     * JSON body that does not match the documented schema; empty when the answer is as documented.
     *
     * @param bodies the JSON bodies to check against the schema (one for plain HTTP, each message of
     *     a WebSocket or event stream), none when the media type is not JSON
     */
    List<String> problems(String operation, int status, String contentType, List<JsonNode> bodies) {
        String responsePointer =
                "/paths/" + escape(pathOf(operation)) + "/" + methodOf(operation) + "/responses/" + status;
        JsonNode response = document.at(responsePointer);
        if (response.isMissingNode()) {
            return List.of(operation + " answered " + status + ", which it does not document (documented: "
                    + statuses(operation) + ")");
        }
        if (response.has("$ref")) {
            responsePointer = response.path("$ref").asText().substring(1);
            response = document.at(responsePointer);
        }
        String mediaType = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        if (!response.path("content").has(mediaType)) {
            return List.of(operation + " " + status + " answered " + contentType + ", documented: "
                    + response.path("content").properties().stream()
                            .map(Map.Entry::getKey)
                            .toList());
        }
        String schemaPointer = responsePointer + "/content/" + escape(mediaType) + "/schema";
        var schema = registry.getSchema(SchemaLocation.of(DOCUMENT_IRI + "#" + schemaPointer));
        List<String> problems = new ArrayList<>();
        for (JsonNode body : bodies) {
            for (Error error : schema.validate(body)) {
                problems.add(operation + " " + status + ": " + error + " in " + body);
            }
        }
        return problems;
    }

    private JsonNode operationNode(String operation) {
        JsonNode node = document.path("paths").path(pathOf(operation)).path(methodOf(operation));
        if (node.isMissingNode()) {
            throw new IllegalArgumentException("the document has no operation " + operation);
        }
        return node;
    }

    private static String methodOf(String operation) {
        return operation.substring(0, operation.indexOf(' ')).toLowerCase(Locale.ROOT);
    }

    private static String pathOf(String operation) {
        return operation.substring(operation.indexOf(' ') + 1);
    }

    /** RFC 6901: one path segment of a JSON pointer. */
    private static String escape(String segment) {
        return segment.replace("~", "~0").replace("/", "~1");
    }

    /** Closes every object schema that lists its properties, except the members of an allOf. */
    private static JsonNode closed(JsonNode node, boolean memberOfAllOf) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            if (object.path("properties").isObject() && !object.has("additionalProperties") && !memberOfAllOf) {
                object.put("additionalProperties", false);
            }
            object.properties().forEach(field -> {
                if (field.getKey().equals("allOf")) {
                    field.getValue().forEach(member -> closed(member, true));
                } else {
                    closed(field.getValue(), false);
                }
            });
        } else if (node.isArray()) {
            node.forEach(element -> closed(element, false));
        }
        return node;
    }

    /** True when a {@code Content-Type} names JSON ({@code application/json} or a {@code +json} type). */
    static boolean isJson(String contentType) {
        return Optional.ofNullable(contentType)
                .map(type -> type.split(";", 2)[0].trim())
                .filter(type -> type.equals("application/json") || type.endsWith("+json"))
                .isPresent();
    }
}
