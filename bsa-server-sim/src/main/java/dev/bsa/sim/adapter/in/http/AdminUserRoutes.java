package dev.bsa.sim.adapter.in.http;

import dev.bsa.domain.error.ErrorCode;
import dev.bsa.domain.model.TotpSecret;
import dev.bsa.domain.model.User;
import dev.bsa.domain.model.UserKey;
import dev.bsa.domain.model.UserStatus;
import dev.bsa.sim.application.model.Base32;
import dev.bsa.sim.application.model.PhoneAnswering;
import dev.bsa.sim.application.port.in.ControlPlane;
import dev.bsa.sim.application.port.in.InspectSimulationUseCase.TotpCounters;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.time.Duration;
import java.util.Optional;

/** The control plane's users: accounts, their phones (device tokens and behaviour) and their TOTP counters. */
final class AdminUserRoutes implements RouteGroup {

    private final ControlPlane control;
    private final BodyReader bodies;

    AdminUserRoutes(ControlPlane control, BodyReader bodies) {
        this.control = control;
        this.bodies = bodies;
    }

    @Override
    public void addTo(JavalinDefaultRoutingApi routes) {
        routes.get("/api/v1/admin/users", this::users);
        routes.get("/api/v1/admin/users/{userKey}", this::user);
        routes.put("/api/v1/admin/users/{userKey}", this::saveUser);
        routes.delete("/api/v1/admin/users/{userKey}", this::deleteUser);
        routes.post("/api/v1/admin/users/{userKey}/device", this::registerDevice);
        routes.delete("/api/v1/admin/users/{userKey}/device", this::unregisterDevice);
        routes.get("/api/v1/admin/users/{userKey}/phone", this::phone);
        routes.put("/api/v1/admin/users/{userKey}/phone", this::setPhone);
        routes.get("/api/v1/admin/users/{userKey}/totp", this::totpState);
    }

    void users(Context ctx) {
        ctx.json(Envelope.ok(control.directory().users().stream()
                .map(AdminViews.UserView::of)
                .toList()));
    }

    void user(Context ctx) {
        ctx.json(Envelope.ok(AdminViews.UserView.of(existing(AdminDirectoryRoutes.userKey(ctx)))));
    }

    /** Registers or replaces a user; fields left out keep the existing user's values (new users: ACTIVE, no device, a random secret). */
    void saveUser(Context ctx) {
        UserKey key = AdminDirectoryRoutes.userKey(ctx);
        RequestBodies.UserBody body = bodies.required(ctx, RequestBodies.UserBody.class);
        Optional<User> before = control.directory().user(key);
        UserStatus status = body.status() != null
                ? ExactNames.of(UserStatus.class, body.status(), "status")
                : before.map(User::status).orElse(UserStatus.ACTIVE);
        boolean device = body.deviceRegistered() != null
                ? body.deviceRegistered()
                : before.map(User::deviceRegistered).orElse(false);
        Optional<TotpSecret> secret =
                body.totpSecret() != null ? Optional.of(secret(body.totpSecret())) : before.flatMap(User::totpSecret);
        User saved = control.directory().saveUser(key, status, device, secret);
        ctx.json(Envelope.ok(AdminViews.UserView.of(saved)));
    }

    void deleteUser(Context ctx) {
        UserKey key = AdminDirectoryRoutes.userKey(ctx);
        ctx.json(Envelope.ok(new AdminViews.Deleted(control.directory().deleteUser(key))));
    }

    void registerDevice(Context ctx) {
        String token = RequestRejected.unwrap(control.devices().issueToken(AdminDirectoryRoutes.userKey(ctx)));
        ctx.json(Envelope.ok(new AdminViews.DeviceToken(token)));
    }

    void unregisterDevice(Context ctx) {
        UserKey key = existing(AdminDirectoryRoutes.userKey(ctx)).key();
        ctx.json(Envelope.ok(new AdminViews.Deleted(control.devices().unregister(key))));
    }

    void phone(Context ctx) {
        UserKey key = existing(AdminDirectoryRoutes.userKey(ctx)).key();
        ctx.json(Envelope.ok(DeviceViews.Phone.of(control.devices().behaviour(key))));
    }

    void setPhone(Context ctx) {
        UserKey key = AdminDirectoryRoutes.userKey(ctx);
        RequestBodies.PhoneBody body = bodies.required(ctx, RequestBodies.PhoneBody.class);
        if (body.mode() == null) {
            throw RequestRejected.badInput("mode is missing: one of " + ExactNames.allowed(PhoneAnswering.Mode.class));
        }
        PhoneAnswering.Mode mode = ExactNames.of(PhoneAnswering.Mode.class, body.mode(), "mode");
        long delayMillis = body.delayMillis() == null ? 0 : body.delayMillis();
        if (delayMillis < 0 || delayMillis > PhoneAnswering.MAX_DELAY.toMillis()) {
            throw RequestRejected.badInput("delayMillis must be between 0 and " + PhoneAnswering.MAX_DELAY.toMillis());
        }
        PhoneAnswering behaviour = new PhoneAnswering(mode, Duration.ofMillis(delayMillis));
        ctx.json(Envelope.ok(
                DeviceViews.Phone.of(RequestRejected.unwrap(control.devices().setBehaviour(key, behaviour)))));
    }

    void totpState(Context ctx) {
        TotpCounters counters =
                RequestRejected.unwrap(control.inspection().totpCounters(AdminDirectoryRoutes.userKey(ctx)));
        ctx.json(Envelope.ok(new AdminViews.TotpState(
                counters.attempts(),
                counters.dailyLimit(),
                counters.day(),
                counters.lastAcceptedStep().orElse(null))));
    }

    private User existing(UserKey key) {
        return control.directory()
                .user(key)
                .orElseThrow(
                        () -> RequestRejected.of(ErrorCode.UNREGISTERED_USER, "user " + key + " is not registered"));
    }

    private static TotpSecret secret(String base32) {
        try {
            return TotpSecret.of(Base32.decode(base32));
        } catch (IllegalArgumentException invalid) {
            throw RequestRejected.badInput("totpSecret must be Base32 of at least " + TotpSecret.MIN_BYTES + " bytes");
        }
    }
}
