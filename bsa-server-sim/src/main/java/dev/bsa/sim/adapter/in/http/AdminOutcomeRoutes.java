package dev.bsa.sim.adapter.in.http;

import dev.bsa.domain.error.ErrorCode;
import dev.bsa.domain.model.AuthMethod;
import dev.bsa.domain.model.ClientKey;
import dev.bsa.domain.model.UserKey;
import dev.bsa.sim.application.model.Outcome;
import dev.bsa.sim.application.port.in.ArrangeOutcomeUseCase;
import dev.bsa.sim.application.port.in.ArrangeOutcomeUseCase.Arrangement;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.List;
import java.util.Optional;

/** The outcome catalogue: every outcome a site's login must handle, and one call to arrange the next login's. */
final class AdminOutcomeRoutes implements RouteGroup {

    private final ArrangeOutcomeUseCase outcomes;
    private final BodyReader bodies;

    AdminOutcomeRoutes(ArrangeOutcomeUseCase outcomes, BodyReader bodies) {
        this.outcomes = outcomes;
        this.bodies = bodies;
    }

    /** {@code POST /admin/outcomes/next}: which outcome, for whom. */
    record NextOutcomeBody(String outcome, String userKey, String clientKey) {}

    /** One entry of the catalogue. */
    record OutcomeView(
            String outcome, Integer code, List<String> flows, boolean namesUser, String userSees, String siteShould) {
        static OutcomeView of(Outcome outcome) {
            return new OutcomeView(
                    outcome.name(),
                    outcome.code().map(ErrorCode::code).orElse(null),
                    outcome.flows().stream().sorted().map(AuthMethod::name).toList(),
                    outcome.namesUser(),
                    outcome.userSees(),
                    outcome.siteShould());
        }
    }

    /** What was arranged. */
    record ArrangedView(String outcome, Integer code, String userKey, String how) {
        static ArrangedView of(Arrangement arrangement) {
            return new ArrangedView(
                    arrangement.outcome().name(),
                    arrangement.outcome().code().map(ErrorCode::code).orElse(null),
                    arrangement.user().map(UserKey::value).orElse(null),
                    arrangement.how());
        }
    }

    @Override
    public void addTo(JavalinDefaultRoutingApi routes) {
        routes.get("/api/v1/admin/outcomes", this::catalogue);
        routes.post("/api/v1/admin/outcomes/next", this::arrangeNext);
    }

    void catalogue(Context ctx) {
        ctx.json(Envelope.ok(outcomes.catalogue().stream().map(OutcomeView::of).toList()));
    }

    void arrangeNext(Context ctx) {
        NextOutcomeBody body = bodies.required(ctx, NextOutcomeBody.class);
        if (body.outcome() == null) {
            throw RequestRejected.badInput("outcome is missing: one of " + ExactNames.allowed(Outcome.class));
        }
        Outcome outcome = ExactNames.of(Outcome.class, body.outcome(), "outcome");
        Optional<UserKey> user =
                Optional.ofNullable(body.userKey()).map(key -> RequestRejected.unwrap(UserKey.parse(key)));
        Optional<ClientKey> client =
                Optional.ofNullable(body.clientKey()).map(key -> RequestRejected.unwrap(ClientKey.parse(key)));
        ctx.json(Envelope.ok(ArrangedView.of(RequestRejected.unwrap(outcomes.arrangeNext(outcome, user, client)))));
    }
}
