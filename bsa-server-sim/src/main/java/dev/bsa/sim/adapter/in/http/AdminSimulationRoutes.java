package dev.bsa.sim.adapter.in.http;

import dev.bsa.domain.model.Settings;
import dev.bsa.sim.application.model.FaultKind;
import dev.bsa.sim.application.model.SettingsDocument;
import dev.bsa.sim.application.port.in.ControlPlane;
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
        JsonBody body = bodies.json(ctx);
        Map<FaultKind, Integer> counts = new EnumMap<>(FaultKind.class);
        for (FaultKind kind : FaultKind.values()) {
            String field = kind.name().toLowerCase(Locale.ROOT);
            body.smallNumber(field).ifPresent(count -> {
                if (count < 0 || count > FaultKind.MAX_PENDING) {
                    throw RequestRejected.badInput(field + " must be between 0 and " + FaultKind.MAX_PENDING);
                }
                counts.put(kind, count);
            });
        }
        counts.forEach(control.faults()::failNext);
        ctx.json(Envelope.ok(faultView()));
    }

    void settings(Context ctx) {
        ctx.json(Envelope.ok(SettingsDocument.of(control.settings().current())));
    }

    /** Changes the settings given; the rest stay. Out-of-range values change nothing and get 2002. */
    void changeSettings(Context ctx) {
        JsonBody body = bodies.json(ctx);
        SettingsDocument.AppOtp appOtp = body.object("appOtp")
                .map(otp -> new SettingsDocument.AppOtp(
                        otp.smallNumber("digits").orElse(null),
                        otp.wholeNumber("validitySeconds").orElse(null)))
                .orElse(null);
        SettingsDocument.Totp totp = body.object("totp")
                .map(rules -> new SettingsDocument.Totp(
                        rules.text("algorithm").orElse(null),
                                rules.smallNumber("digits").orElse(null),
                        rules.wholeNumber("stepSeconds").orElse(null),
                                rules.smallNumber("window").orElse(null),
                        rules.smallNumber("dailyLimit").orElse(null),
                                rules.text("dayZone").orElse(null)))
                .orElse(null);
        SettingsDocument document =
                new SettingsDocument(body.wholeNumber("authDeadlineSeconds").orElse(null), appOtp, totp);
        Settings changed = RequestRejected.unwrap(control.settings().change(document));
        ctx.json(Envelope.ok(SettingsDocument.of(changed)));
    }

    void clock(Context ctx) {
        ctx.json(Envelope.ok(
                new AdminViews.ClockView(control.time().now(), control.time().isVirtual())));
    }

    /** Advances a virtual clock by {@code millis} or {@code seconds} (exactly one of them). */
    void advanceClock(Context ctx) {
        JsonBody body = bodies.json(ctx);
        if (body.has("millis") == body.has("seconds")) {
            throw RequestRejected.badInput("give exactly one of millis and seconds");
        }
        long millis = body.wholeNumber("millis").orElseGet(() -> {
            long seconds = body.wholeNumber("seconds").orElseThrow();
            if (seconds < 0 || seconds > Long.MAX_VALUE / 1000) {
                throw RequestRejected.badInput("seconds must not be negative");
            }
            return seconds * 1000;
        });
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
        RequestRejected.unwrap(control.state().importState(document));
        ctx.json(Envelope.ok(Map.of("imported", true)));
    }

    private AdminViews.Faults faultView() {
        Map<FaultKind, Integer> pending = control.faults().pending();
        return new AdminViews.Faults(
                pending.get(FaultKind.CHANNEL),
                pending.get(FaultKind.PUSH),
                pending.get(FaultKind.NODE),
                pending.get(FaultKind.SERVER));
    }
}
