package dev.bsa.sim.adapter.in.http;

import dev.bsa.sim.application.port.in.WebsiteTokensUseCase;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;

/** Tokens for websites and their back-ends: refresh with rotation, verification, and the public keys (JWKS). */
final class TokenRoutes implements RouteGroup {

    /** The media type of a JWK Set (RFC 7517). */
    static final String JWK_SET_TYPE = "application/jwk-set+json";

    private final WebsiteTokensUseCase tokens;
    private final WebsiteClient website;
    private final BodyReader bodies;

    TokenRoutes(WebsiteTokensUseCase tokens, WebsiteClient website, BodyReader bodies) {
        this.tokens = tokens;
        this.website = website;
        this.bodies = bodies;
    }

    @Override
    public void addTo(JavalinDefaultRoutingApi routes) {
        routes.post("/api/v1/tokens/refresh", this::refresh);
        routes.post("/api/v1/tokens/verify", this::verify);
        routes.get("/api/v1/jwks", this::jwks);
    }

    void refresh(Context ctx) {
        String clientKey = website.require(ctx);
        String refreshToken =
                bodies.optional(ctx, RequestBodies.RefreshBody.class).refreshToken();
        ctx.json(Envelope.ok(
                WebsiteViews.TokenPair.of(RequestRejected.unwrap(tokens.refresh(clientKey, refreshToken)))));
    }

    void verify(Context ctx) {
        String clientKey = website.require(ctx);
        String accessToken =
                bodies.optional(ctx, RequestBodies.VerifyBody.class).accessToken();
        ctx.json(Envelope.ok(WebsiteViews.Claims.of(RequestRejected.unwrap(tokens.verify(clientKey, accessToken)))));
    }

    void jwks(Context ctx) {
        ctx.contentType(JWK_SET_TYPE).result(tokens.jwks());
    }
}
