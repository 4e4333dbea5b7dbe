package dev.bsa.sim.adapter.in.support;

import static dev.bsa.sim.adapter.in.support.RunningSimulator.ADMIN_TOKEN;
import static dev.bsa.sim.adapter.in.support.RunningSimulator.DEMO_CLIENT;
import static dev.bsa.sim.adapter.in.support.RunningSimulator.deviceTokenOf;
import static org.assertj.core.api.Assertions.assertThat;

/** The steps the tests are made of, spoken over HTTP exactly as a website, a phone or an admin would. */
public final class Scenarios {

    private final RunningSimulator sim;

    public Scenarios(RunningSimulator sim) {
        this.sim = sim;
    }

    /** The demo website starts a push login for {@code user}. */
    public ApiResponse push(String user) {
        return sim.api()
                .post("/api/v1/auth/push")
                .client(DEMO_CLIENT)
                .json("{\"userKey\":\"" + user + "\"}")
                .send();
    }

    /** The demo website starts a push login that must succeed. */
    public ApiResponse pushStarted(String user) {
        ApiResponse started = push(user);
        assertThat(started.status()).as(started.toString()).isEqualTo(200);
        return started;
    }

    /** The demo website starts a QR login that must succeed. */
    public ApiResponse qrStarted() {
        ApiResponse started =
                sim.api().post("/api/v1/auth/qr").client(DEMO_CLIENT).json("{}").send();
        assertThat(started.status()).as(started.toString()).isEqualTo(200);
        return started;
    }

    /** The user's phone answers a session: {@code start}, {@code approve} or {@code reject}. */
    public ApiResponse answer(String user, String sessionId, String answer) {
        return sim.api()
                .post("/api/v1/device/pushes/" + sessionId + "/" + answer)
                .device(deviceTokenOf(user))
                .send();
    }

    /** The user's app issues an OTP code. */
    public String appOtpCode(String user) {
        ApiResponse issued =
                sim.api().post("/api/v1/device/otp").device(deviceTokenOf(user)).send();
        assertThat(issued.status()).as(issued.toString()).isEqualTo(200);
        return issued.text("code");
    }

    /** The user's app shows its current TOTP code. */
    public String totpCode(String user) {
        ApiResponse current =
                sim.api().get("/api/v1/device/totp").device(deviceTokenOf(user)).send();
        assertThat(current.status()).as(current.toString()).isEqualTo(200);
        return current.text("code");
    }

    /** The demo website polls a channel. */
    public ApiResponse poll(String channelKey) {
        return sim.api()
                .get("/api/v1/channels/" + channelKey)
                .client(DEMO_CLIENT)
                .send();
    }

    /** An admin call with the admin token. */
    public ApiClient.Call admin(String method, String path) {
        return sim.api().method(method, path).admin(ADMIN_TOKEN);
    }

    /** Queues injected faults through the admin API, e.g. {@code {"push":1}}. */
    public void faults(String json) {
        ApiResponse set = admin("PUT", "/api/v1/admin/faults").json(json).send();
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
    }

    /** Advances the virtual clock through the admin API. */
    public ApiResponse advanceSeconds(long seconds) {
        ApiResponse advanced = admin("POST", "/api/v1/admin/clock/advance")
                .json("{\"seconds\":" + seconds + "}")
                .send();
        assertThat(advanced.status()).as(advanced.toString()).isEqualTo(200);
        return advanced;
    }
}
