package dev.bsa.sim.adapter.in.http;

import io.javalin.config.NoValueForKeyException;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The service's own routes: the health check, the OpenAPI document, the JSON Schema of seed files, and the API's
 * index ({@code /api/v1}), which links to them and to the pages the server also serves.
 */
final class ServiceRoutes implements RouteGroup {

    /** Where the hand-kept OpenAPI document lies on the class path. */
    static final String OPENAPI_RESOURCE = "/dev/bsa/sim/adapter/in/http/openapi.json";
    /** Where the JSON Schema of seed files lies on the class path (the seed reader checks seeds against it). */
    static final String SEED_SCHEMA_RESOURCE = "/dev/bsa/sim/app/seed.schema.json";
    /** The address the seed schema is served at. */
    static final String SEED_SCHEMA_PATH = "/api/v1/seed.schema.json";

    private final byte[] openApi;
    private final byte[] seedSchema;

    ServiceRoutes() {
        this.openApi = load(OPENAPI_RESOURCE);
        this.seedSchema = load(SEED_SCHEMA_RESOURCE);
    }

    @Override
    public void addTo(JavalinDefaultRoutingApi routes) {
        routes.get("/health", this::health);
        routes.get("/openapi.json", this::openApi);
        routes.get("/api/v1", this::index);
        routes.get(SEED_SCHEMA_PATH, this::seedSchema);
    }

    void health(Context ctx) {
        ctx.json(Envelope.ok(Map.of("status", "UP")));
    }

    void openApi(Context ctx) {
        ctx.contentType("application/json").result(openApi);
    }

    void seedSchema(Context ctx) {
        ctx.contentType("application/schema+json").result(seedSchema);
    }

    /** What is where: the documents, the health check, and the pages an embedding server added (the web demo's). */
    void index(Context ctx) {
        Map<String, String> links = new LinkedHashMap<>();
        links.put("openapi", "/openapi.json");
        links.put("health", "/health");
        links.put("seedSchema", SEED_SCHEMA_PATH);
        links.put("jwks", "/api/v1/jwks");
        links.putAll(pages(ctx));
        Map<String, Object> index = new LinkedHashMap<>();
        index.put("service", "BSA Simulator");
        index.put("version", "v1");
        index.put("links", links);
        ctx.json(Envelope.ok(index));
    }

    private static Map<String, String> pages(Context ctx) {
        try {
            return ctx.appData(HttpApi.INDEX_PAGES);
        } catch (NoValueForKeyException noPages) {
            return Map.of();
        }
    }

    private static byte[] load(String resource) {
        try (InputStream input = ServiceRoutes.class.getResourceAsStream(resource)) {
            if (input == null) {
                throw new IllegalStateException(resource + " is missing from the class path");
            }
            return input.readAllBytes();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
