package dev.bsa.sim.adapter.in.http;

import dev.bsa.domain.model.AuthSession;
import dev.bsa.domain.port.in.BsaUseCases;
import dev.bsa.domain.port.in.CancelUseCase.CancelByChannelCommand;
import dev.bsa.domain.port.in.CancelUseCase.CancelByUserCommand;
import dev.bsa.sim.application.port.in.ControlClockUseCase;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;

/** The website follows and cancels its logins: cancel by user key or by channel, and status polling. */
final class ChannelRoutes implements RouteGroup {

    private final BsaUseCases services;
    private final WebsiteClient website;
    private final BodyReader bodies;
    private final ControlClockUseCase time;

    ChannelRoutes(BsaUseCases services, WebsiteClient website, BodyReader bodies, ControlClockUseCase time) {
        this.services = services;
        this.website = website;
        this.bodies = bodies;
        this.time = time;
    }

    @Override
    public void addTo(JavalinDefaultRoutingApi routes) {
        routes.post("/api/v1/auth/push/cancel", this::cancelByUser);
        routes.post("/api/v1/channels/{channelKey}/cancel", this::cancelByChannel);
        routes.get("/api/v1/channels/{channelKey}", this::status);
    }

    void cancelByUser(Context ctx) {
        String clientKey = website.require(ctx);
        String userKey = bodies.optional(ctx, RequestBodies.UserKeyBody.class).userKey();
        AuthSession canceled =
                RequestRejected.unwrap(services.cancel().cancelByUser(new CancelByUserCommand(clientKey, userKey)));
        ctx.json(Envelope.ok(WebsiteViews.Canceled.of(canceled, PreferredLanguage.of(ctx))));
    }

    void cancelByChannel(Context ctx) {
        String clientKey = website.require(ctx);
        AuthSession canceled = RequestRejected.unwrap(
                services.cancel().cancelByChannel(new CancelByChannelCommand(clientKey, ctx.pathParam("channelKey"))));
        ctx.json(Envelope.ok(WebsiteViews.Canceled.of(canceled, PreferredLanguage.of(ctx))));
    }

    void status(Context ctx) {
        String clientKey = website.require(ctx);
        AuthSession session =
                RequestRejected.unwrap(services.queries().statusByChannel(clientKey, ctx.pathParam("channelKey")));
        ctx.json(Envelope.ok(WebsiteViews.ChannelStatus.of(session, time.now(), PreferredLanguage.of(ctx))));
    }
}
