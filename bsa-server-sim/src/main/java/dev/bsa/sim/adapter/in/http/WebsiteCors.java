package dev.bsa.sim.adapter.in.http;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.List;

/**
 * Cross-origin access for the routes browsers call from other origins: the website side (the
 * browser SDK on integrators' login pages) and the device side (phone pages). Any origin is allowed:
 * these routes authenticate with headers, never with cookies. The admin routes stay same-origin.
 * Preflight requests are answered here (204), before routing, so no OPTIONS route is registered.
 */
final class WebsiteCors implements RouteGroup {

    /** The path patterns cross-origin calls are allowed on. */
    static final List<String> PATHS =
            List.of("/api/v1/auth/*", "/api/v1/channels/*", "/api/v1/tokens/*", "/api/v1/jwks", "/api/v1/device/*");

    /** The request headers a cross-origin caller may send. */
    static final String ALLOWED_HEADERS =
            "Content-Type, Accept, Accept-Language, " + WebsiteClient.HEADER + ", " + DeviceAuthenticator.HEADER;

    private static final String ALLOWED_METHODS = "GET, POST, OPTIONS";
    private static final String MAX_AGE_SECONDS = "600";

    @Override
    public void addTo(JavalinDefaultRoutingApi routes) {
        for (String path : PATHS) {
            routes.before(path, this::crossOrigin);
        }
    }

    void crossOrigin(Context ctx) {
        ctx.header("Access-Control-Allow-Origin", "*");
        if (ctx.method() == HandlerType.OPTIONS) {
            ctx.header("Access-Control-Allow-Methods", ALLOWED_METHODS)
                    .header("Access-Control-Allow-Headers", ALLOWED_HEADERS)
                    .header("Access-Control-Max-Age", MAX_AGE_SECONDS)
                    .status(204)
                    .skipRemainingHandlers();
        }
    }
}
