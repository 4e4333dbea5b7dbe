package dev.bsa.sim.adapter.in.http;

import dev.bsa.domain.error.ErrorCode;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Guards the control plane: every admin route needs {@code Authorization: Bearer <admin token>}
 * (401 with 2002 otherwise). The event stream also accepts {@code ?token=}, since a browser's
 * EventSource cannot set headers.
 */
final class AdminGuard implements RouteGroup {

    /** The path prefix of the admin routes. */
    static final String PREFIX = "/api/v1/admin";
    /** The admin route that also accepts the token as a query parameter. */
    static final String EVENTS_PATH = PREFIX + "/events";

    private final byte[] adminToken;

    AdminGuard(String adminToken) {
        this.adminToken = adminToken.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void addTo(JavalinDefaultRoutingApi routes) {
        routes.before(PREFIX, this::check);
        routes.before(PREFIX + "/*", this::check);
    }

    void check(Context ctx) {
        String token = presentedToken(ctx);
        if (ctx.method() == HandlerType.OPTIONS || token != null && matches(token)) {
            return;
        }
        throw RequestRejected.withStatus(401, ErrorCode.INVALID_PARAMETER, "admin token missing or wrong");
    }

    private static String presentedToken(Context ctx) {
        String authorization = ctx.header("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return authorization.substring(7).strip();
        }
        return ctx.path().equals(EVENTS_PATH) ? ctx.queryParam("token") : null;
    }

    private boolean matches(String candidate) {
        return MessageDigest.isEqual(adminToken, candidate.getBytes(StandardCharsets.UTF_8));
    }
}
