package dev.bsa.sim.adapter.in.http;

import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/** The service's own routes: the health check and the OpenAPI document. */
final class ServiceRoutes implements RouteGroup {

    /** Where the hand-kept OpenAPI document lies on the class path. */
    static final String OPENAPI_RESOURCE = "/dev/bsa/sim/adapter/in/http/openapi.json";

    private final byte[] openApi;

    ServiceRoutes() {
        this.openApi = load(OPENAPI_RESOURCE);
    }

    @Override
    public void addTo(JavalinDefaultRoutingApi routes) {
        routes.get("/health", this::health);
        routes.get("/openapi.json", this::openApi);
    }

    void health(Context ctx) {
        ctx.json(Envelope.ok(Map.of("status", "UP")));
    }

    void openApi(Context ctx) {
        ctx.contentType("application/json").result(openApi);
    }

    private static byte[] load(String resource) {
        try (InputStream input = ServiceRoutes.class.getResourceAsStream(resource)) {
            if (input == null) {
                throw new IllegalStateException("the OpenAPI document " + resource + " is missing from the class path");
            }
            return input.readAllBytes();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
