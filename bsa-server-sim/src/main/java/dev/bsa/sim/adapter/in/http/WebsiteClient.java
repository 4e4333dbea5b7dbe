package dev.bsa.sim.adapter.in.http;

import dev.bsa.sim.application.port.in.AuthenticateWebsiteUseCase;
import io.javalin.http.Context;

/**
 * The website-side credential: the {@code X-BSA-Client-Key} header, checked by the client-key rule before
 * the body is read, so that a bad key is reported as 2000 whatever the body (and a queued server fault as
 * 2001 before anything happens).
 */
final class WebsiteClient {

    /** The header websites send their client key in. */
    static final String HEADER = "X-BSA-Client-Key";

    private final AuthenticateWebsiteUseCase websites;

    WebsiteClient(AuthenticateWebsiteUseCase websites) {
        this.websites = websites;
    }

    /** The raw client key of a request from a registered client. */
    String require(Context ctx) {
        String raw = ctx.header(HEADER);
        RequestRejected.unwrap(websites.authenticate(raw));
        return raw;
    }
}
