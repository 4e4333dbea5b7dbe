package dev.bsa.sim.adapter.in.http;

import dev.bsa.domain.error.ErrorCode;
import dev.bsa.domain.model.ClientKey;
import dev.bsa.sim.control.DirectoryService;
import dev.bsa.sim.control.FaultPlan;
import dev.bsa.sim.control.FaultPlan.FaultKind;
import io.javalin.http.Context;

/**
 * The website-side credential: the {@code X-BSA-Client-Key} header must name a registered client
 * (2000 otherwise). Checked before the body is read, so a bad key is reported as 2000 whatever the body.
 * A queued {@link FaultKind#SERVER} fault then fails the call with 2001 before anything happens.
 */
final class WebsiteClient {

    /** The header websites send their client key in. */
    static final String HEADER = "X-BSA-Client-Key";

    private final DirectoryService directory;
    private final FaultPlan faults;

    WebsiteClient(DirectoryService directory, FaultPlan faults) {
        this.directory = directory;
        this.faults = faults;
    }

    /** The raw client key of a request from a registered client. */
    String require(Context ctx) {
        String raw = ctx.header(HEADER);
        ClientKey key = RequestRejected.unwrap(ClientKey.parse(raw));
        if (directory.client(key).isEmpty()) {
            throw RequestRejected.of(ErrorCode.INVALID_CLIENT_KEY, "no client has this key");
        }
        RequestRejected.unwrap(faults.run(FaultKind.SERVER));
        return raw;
    }
}
