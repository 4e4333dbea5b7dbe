package dev.bsa.sim.adapter.in.http;

import dev.bsa.domain.model.Settings;
import dev.bsa.sim.application.model.FaultKind;
import dev.bsa.sim.application.model.SettingsDocument;
import dev.bsa.sim.application.port.in.ControlClockUseCase;
import dev.bsa.sim.application.port.in.ControlPlane;
import dev.bsa.sim.application.port.in.ManageStateUseCase.SigningKeyOnImport;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/** The control plane's levers on the simulation: faults, settings, the clock, reset, export and import. */
final class AdminSimulationRoutes implements RouteGroup {

    private final ControlPlane control;
    private final BodyReader bodies;

    AdminSimulationRoutes(ControlPlane control, BodyReader bodies) {
        this.control = control;
        this.bodies = bodies;
    }

    @Override
    public void addTo(JavalinDefaultRoutingApi routes) {
        routes.get("/api/v1/admin/faults", this::faults);
        routes.put("/api/v1/admin/faults", this::setFaults);
        routes.get("/api/v1/admin/settings", this::settings);
        routes.put("/api/v1/admin/settings", this::changeSettings);
        routes.get("/api/v1/admin/clock", this::clock);
        routes.put("/api/v1/admin/clock", this::setClock);
        routes.post("/api/v1/admin/clock/advance", this::advanceClock);
        routes.post("/api/v1/admin/reset", this::reset);
        routes.get("/api/v1/admin/state", this::exportState);
        routes.put("/api/v1/admin/state", this::importState);
    }

    void faults(Context ctx) {
        ctx.json(Envelope.ok(faultView()));
    }

    /** Queues the next N failures of each step given; steps left out keep what is queued. */
    void setFaults(Context ctx) {
        RequestBodies.FaultsBody body = bodies.required(ctx, RequestBodies.FaultsBody.class);
        Map<FaultKind, Integer> counts = new EnumMap<>(FaultKind.class);
        queue(counts, FaultKind.CHANNEL, body.channel());
        queue(counts, FaultKind.PUSH, body.push());
        queue(counts, FaultKind.NODE, body.node());
        queue(counts, FaultKind.SERVER, body.server());
        queue(counts, FaultKind.CLIENT_KEY, body.clientKey());
        counts.forEach(control.faults()::failNext);
        ctx.json(Envelope.ok(faultView()));
    }

    void settings(Context ctx) {
        ctx.json(Envelope.ok(SettingsDocument.of(control.settings().current())));
    }

    /** Changes the settings given; the rest stay. Out-of-range values change nothing and get 2002. */
    void changeSettings(Context ctx) {
        RequestBodies.SettingsBody body = bodies.required(ctx, RequestBodies.SettingsBody.class);
        RequestBodies.AppOtpBody otp = body.appOtp();
        RequestBodies.TotpRulesBody rules = body.totp();
        SettingsDocument document = new SettingsDocument(
                body.authDeadlineSeconds(),
                otp == null ? null : new SettingsDocument.AppOtp(otp.digits(), otp.validitySeconds()),
                rules == null
                        ? null
                        : new SettingsDocument.Totp(
                                rules.algorithm(),
                                rules.digits(),
                                rules.stepSeconds(),
                                rules.window(),
                                rules.dailyLimit(),
                                rules.dayZone()));
        Settings changed = RequestRejected.unwrap(control.settings().change(document));
        ctx.json(Envelope.ok(SettingsDocument.of(changed)));
    }

    void clock(Context ctx) {
        ctx.json(Envelope.ok(
                new AdminViews.ClockView(control.time().now(), control.time().isVirtual())));
    }

    /** Advances a virtual clock by {@code millis} or {@code seconds} (exactly one of them). */
    void advanceClock(Context ctx) {
        RequestBodies.AdvanceBody body = bodies.required(ctx, RequestBodies.AdvanceBody.class);
        if ((body.millis() == null) == (body.seconds() == null)) {
            throw RequestRejected.badInput("give exactly one of millis and seconds");
        }
        long millis;
        if (body.millis() != null) {
            millis = body.millis();
        } else if (body.seconds() < 0 || body.seconds() > ControlClockUseCase.MAX_ADVANCE.toSeconds()) {
            throw RequestRejected.badInput("seconds must be between 0 and "
                    + ControlClockUseCase.MAX_ADVANCE.toSeconds() + " (10 years), was " + body.seconds());
        } else {
            millis = body.seconds() * 1000;
        }
        int expired = RequestRejected.unwrap(control.time().advance(millis));
        ctx.json(Envelope.ok(new AdminViews.Advanced(control.time().now(), expired)));
    }

    void reset(Context ctx) {
        control.state().reset();
        ctx.json(Envelope.ok(Map.of("reset", true)));
    }

    /** The whole state, raw (not enveloped), so that it can be stored and put back as it is. */
    void exportState(Context ctx) {
        ctx.contentType("application/json").result(control.state().export());
    }

    void importState(Context ctx) {
        String document = bodies.text(ctx, HttpApiOptions.STATE_IMPORT_MAX_BYTES);
        RequestRejected.unwrap(control.state().importState(document, signingKeyOnImport(ctx)));
        ctx.json(Envelope.ok(Map.of("imported", true)));
    }

    /** Sets the virtual clock to any instant, forward or back ({@code {"instant": "..."}}). */
    void setClock(Context ctx) {
        RequestBodies.ClockBody body = bodies.required(ctx, RequestBodies.ClockBody.class);
        if (body.instant() == null) {
            throw RequestRejected.badInput(
                    "instant is missing: an ISO-8601 instant in UTC, such as \"2026-01-05T09:00:00Z\"");
        }
        int expired = RequestRejected.unwrap(control.time().setTo(body.instant()));
        ctx.json(Envelope.ok(new AdminViews.Advanced(control.time().now(), expired)));
    }

    private static void queue(Map<FaultKind, Integer> counts, FaultKind kind, Integer count) {
        if (count == null) {
            return;
        }
        if (count < 0 || count > FaultKind.MAX_PENDING) {
            throw RequestRejected.badInput(
                    fieldOf(kind) + " must be between 0 and " + FaultKind.MAX_PENDING + ", was " + count);
        }
        counts.put(kind, count);
    }

    /** {@code ?signingKey=kept} (the default) or {@code ?signingKey=imported}. */
    private static SigningKeyOnImport signingKeyOnImport(Context ctx) {
        String choice = ctx.queryParam("signingKey");
        if (choice == null || choice.equals("kept")) {
            return SigningKeyOnImport.KEPT;
        }
        if (choice.equals("imported")) {
            return SigningKeyOnImport.IMPORTED;
        }
        throw RequestRejected.badInput("signingKey must be kept (the default) or imported, was \"" + choice + "\"");
    }

    private static String fieldOf(FaultKind kind) {
        return kind == FaultKind.CLIENT_KEY ? "clientKey" : kind.name().toLowerCase(Locale.ROOT);
    }

    private AdminViews.Faults faultView() {
        Map<FaultKind, Integer> pending = control.faults().pending();
        return new AdminViews.Faults(
                pending.get(FaultKind.CHANNEL),
                pending.get(FaultKind.PUSH),
                pending.get(FaultKind.NODE),
                pending.get(FaultKind.SERVER),
                pending.get(FaultKind.CLIENT_KEY));
    }
}
