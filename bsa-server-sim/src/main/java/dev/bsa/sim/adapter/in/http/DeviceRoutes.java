package dev.bsa.sim.adapter.in.http;

import dev.bsa.domain.error.ErrorCode;
import dev.bsa.domain.error.Result;
import dev.bsa.domain.model.AppOtpCode;
import dev.bsa.domain.model.AuthSession;
import dev.bsa.domain.model.Client;
import dev.bsa.domain.model.User;
import dev.bsa.domain.model.UserKey;
import dev.bsa.domain.port.in.BsaUseCases;
import dev.bsa.domain.port.in.CurrentTotpQuery;
import dev.bsa.domain.port.in.DeviceCommand;
import dev.bsa.domain.port.in.ScanQrUseCase.ScanQrCommand;
import dev.bsa.sim.application.port.in.ControlPlane;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/** The virtual phone: its inbox, its answers, its OTP and TOTP codes, its QR scans. */
final class DeviceRoutes implements RouteGroup {

    private final BsaUseCases services;
    private final ControlPlane control;
    private final DeviceAuthenticator devices;
    private final BodyReader bodies;

    DeviceRoutes(BsaUseCases services, ControlPlane control, DeviceAuthenticator devices, BodyReader bodies) {
        this.services = services;
        this.control = control;
        this.devices = devices;
        this.bodies = bodies;
    }

    @Override
    public void addTo(JavalinDefaultRoutingApi routes) {
        routes.get("/api/v1/device/me", this::me);
        routes.get("/api/v1/device/pushes", this::pushes);
        routes.post("/api/v1/device/pushes/{sessionId}/start", ctx -> answer(ctx, services.deviceStart()::start));
        routes.post("/api/v1/device/pushes/{sessionId}/approve", ctx -> answer(ctx, services.deviceApprove()::approve));
        routes.post("/api/v1/device/pushes/{sessionId}/reject", ctx -> answer(ctx, services.deviceReject()::reject));
        routes.post("/api/v1/device/otp", this::issueOtp);
        routes.get("/api/v1/device/totp", this::currentTotp);
        routes.get("/api/v1/device/totp/enrolment", this::enrolment);
        routes.post("/api/v1/device/qr/scan", this::scanQr);
    }

    void me(Context ctx) {
        UserKey key = devices.user(ctx);
        User user = control.directory()
                .user(key)
                .orElseThrow(
                        () -> RequestRejected.of(ErrorCode.UNREGISTERED_USER, "user " + key + " is not registered"));
        ctx.json(Envelope.ok(DeviceViews.Me.of(user, control.devices().behaviour(key))));
    }

    void pushes(Context ctx) {
        UserKey user = devices.user(ctx);
        Instant now = control.time().now();
        List<DeviceViews.Push> inbox = control.devices().pending(user).stream()
                .map(session -> DeviceViews.Push.of(session, clientName(session), now))
                .toList();
        ctx.json(Envelope.ok(inbox));
    }

    private void answer(Context ctx, Function<DeviceCommand, Result<AuthSession>> useCase) {
        UserKey user = devices.user(ctx);
        AuthSession session =
                RequestRejected.unwrap(useCase.apply(new DeviceCommand(user, ctx.pathParam("sessionId"))));
        ctx.json(Envelope.ok(DeviceViews.Answer.of(session)));
    }

    void issueOtp(Context ctx) {
        UserKey user = devices.user(ctx);
        AppOtpCode code = RequestRejected.unwrap(services.issueAppOtp().issue(user));
        ctx.json(Envelope.ok(DeviceViews.OtpCode.of(
                code.code(), code.expiresAt(), control.time().now())));
    }

    void currentTotp(Context ctx) {
        UserKey user = devices.user(ctx);
        CurrentTotpQuery.TotpCode code =
                RequestRejected.unwrap(services.currentTotp().currentCode(user));
        long stepSeconds = control.settings().current().totp().step().getSeconds();
        ctx.json(Envelope.ok(
                new DeviceViews.TotpCode(code.code(), code.stepStart(), code.remainingSeconds(), stepSeconds)));
    }

    void enrolment(Context ctx) {
        UserKey user = devices.user(ctx);
        ctx.json(Envelope.ok(RequestRejected.unwrap(control.devices().enrolment(user))));
    }

    void scanQr(Context ctx) {
        UserKey user = devices.user(ctx);
        String payload = bodies.required(ctx, RequestBodies.ScanBody.class).qrPayload();
        if (payload == null) {
            throw RequestRejected.badInput("qrPayload is missing: the text the camera read from the QR code");
        }
        AuthSession session = RequestRejected.unwrap(services.scanQr().scan(new ScanQrCommand(user, qrIdOf(payload))));
        ctx.json(Envelope.ok(
                new DeviceViews.Scanned(session.id().value(), session.status().wireName())));
    }

    /** The QR id in a scanned payload: the last path segment after {@code /q/} of a URL, or the payload itself. */
    static String qrIdOf(String payload) {
        String trimmed = payload.strip();
        int marker = trimmed.lastIndexOf("/q/");
        if (marker < 0) {
            return trimmed;
        }
        String rest = trimmed.substring(marker + 3);
        int end = rest.length();
        for (char stop : new char[] {'?', '#', '/'}) {
            int at = rest.indexOf(stop);
            if (at >= 0) {
                end = Math.min(end, at);
            }
        }
        return rest.substring(0, end);
    }

    private String clientName(AuthSession session) {
        return control.directory()
                .client(session.client())
                .map(Client::name)
                .orElse(session.client().value());
    }
}
