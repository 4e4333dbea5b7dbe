package dev.bsa.sim.adapter.in.http;

import dev.bsa.domain.port.in.BsaUseCases;
import dev.bsa.domain.port.in.RequestOtpUseCase.RequestOtpCommand;
import dev.bsa.domain.port.in.RequestPushUseCase.RequestPushCommand;
import dev.bsa.domain.port.in.RequestQrUseCase.RequestQrCommand;
import dev.bsa.domain.port.in.RequestTotpUseCase.RequestTotpCommand;
import dev.bsa.domain.port.in.RequestTotpUseCase.TotpLogin;
import dev.bsa.domain.port.in.SessionStarted;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.Base64;
import java.util.Optional;

/** The website starts logins: push, OTP, TOTP and QR ({@code requestAuthCallback} and friends). */
final class LoginRoutes implements RouteGroup {

    /** The width of QR images, in pixels. */
    static final int QR_IMAGE_PIXELS = 256;

    private final BsaUseCases services;
    private final WebsiteClient website;
    private final BodyReader bodies;
    private final QrImages qr;
    private final Optional<String> publicBaseUrl;

    LoginRoutes(
            BsaUseCases services,
            WebsiteClient website,
            BodyReader bodies,
            QrImages qr,
            Optional<String> publicBaseUrl) {
        this.services = services;
        this.website = website;
        this.bodies = bodies;
        this.qr = qr;
        this.publicBaseUrl = publicBaseUrl;
    }

    @Override
    public void addTo(JavalinDefaultRoutingApi routes) {
        routes.post("/api/v1/auth/push", this::push);
        routes.post("/api/v1/auth/otp", this::otp);
        routes.post("/api/v1/auth/totp", this::totp);
        routes.post("/api/v1/auth/qr", this::qr);
    }

    void push(Context ctx) {
        String clientKey = website.require(ctx);
        String userKey = bodies.optional(ctx, RequestBodies.UserKeyBody.class).userKey();
        SessionStarted started =
                RequestRejected.unwrap(services.requestPush().requestPush(new RequestPushCommand(clientKey, userKey)));
        ctx.json(Envelope.ok(WebsiteViews.Started.of(started)));
    }

    void otp(Context ctx) {
        String clientKey = website.require(ctx);
        String code = bodies.optional(ctx, RequestBodies.OtpBody.class).code();
        SessionStarted started =
                RequestRejected.unwrap(services.requestOtp().requestOtp(new RequestOtpCommand(clientKey, code)));
        ctx.json(Envelope.ok(WebsiteViews.Started.of(started)));
    }

    void totp(Context ctx) {
        String clientKey = website.require(ctx);
        RequestBodies.TotpBody body = bodies.optional(ctx, RequestBodies.TotpBody.class);
        String userKey = body.userKey();
        String code = body.totpCode();
        TotpLogin login = RequestRejected.unwrap(
                services.requestTotp().requestTotp(new RequestTotpCommand(clientKey, userKey, code)));
        ctx.json(Envelope.ok(new WebsiteViews.TotpLogin(
                login.session().value(),
                login.tokens().accessToken(),
                login.tokens().refreshToken())));
    }

    void qr(Context ctx) {
        String clientKey = website.require(ctx);
        bodies.optional(ctx, RequestBodies.Empty.class);
        SessionStarted started =
                RequestRejected.unwrap(services.requestQr().requestQr(new RequestQrCommand(clientKey)));
        String qrId = started.qrId().orElseThrow().value();
        String payload = baseUrl(ctx) + "/q/" + qrId;
        String image = "data:image/png;base64," + Base64.getEncoder().encodeToString(qr.png(payload, QR_IMAGE_PIXELS));
        ctx.json(Envelope.ok(new WebsiteViews.QrStarted(
                started.session().value(),
                started.channelKey().value(),
                started.method().name(),
                qrId,
                payload,
                image,
                started.expiresAt(),
                started.remainingSeconds())));
    }

    private String baseUrl(Context ctx) {
        return publicBaseUrl.orElseGet(() -> {
            String host = ctx.host();
            return ctx.scheme() + "://" + (host == null || host.isBlank() ? "localhost" : host);
        });
    }
}
