package dev.bsa.sim.adapter.in.http;

import static dev.bsa.sim.adapter.in.support.RunningSimulator.START;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bsa.sim.adapter.in.support.ApiResponse;
import dev.bsa.sim.adapter.in.support.RunningSimulator;
import dev.bsa.sim.adapter.in.support.Scenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The virtual phone's API: who it is, its inbox, its OTP and TOTP codes, its enrolment and its scans. */
class DeviceApiTest {

    @RegisterExtension
    static final RunningSimulator sim = new RunningSimulator();

    private final Scenarios steps = new Scenarios(sim);

    @Test
    void me_namesTheUserAndThePhonesBehaviour() {
        ApiResponse bob =
                sim.api().get("/api/v1/device/me").device("demo-device-bob").send();

        assertThat(bob.text("userKey")).isEqualTo("bob");
        assertThat(bob.text("status")).isEqualTo("ACTIVE");
        assertThat(bob.data().path("deviceRegistered").asBoolean()).isTrue();
        assertThat(bob.data().path("phone").path("mode").asText()).isEqualTo("AUTO_APPROVE");
        assertThat(bob.data().path("phone").path("delayMillis").asInt()).isEqualTo(1500);
    }

    @Test
    void aPhoneThatNeverAnswers_neverSeesThePush() {
        steps.pushStarted("dave");

        assertThat(sim.api()
                        .get("/api/v1/device/pushes")
                        .device("demo-device-dave")
                        .send()
                        .data())
                .isEmpty();
    }

    @Test
    void anAppOtpCode_hasSixDigits_andLastsSixtySeconds() {
        ApiResponse code =
                sim.api().post("/api/v1/device/otp").device("demo-device-alice").send();

        assertThat(code.text("code")).matches("[0-9]{6}");
        assertThat(code.data().path("remainingSeconds").asInt()).isEqualTo(60);
        assertThat(code.text("expiresAt")).isEqualTo(START.plusSeconds(60).toString());
    }

    @Test
    void aBlockedUser_getsNoAppOtpCode() {
        ApiResponse refused =
                sim.api().post("/api/v1/device/otp").device("demo-device-erin").send();

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.rtCode()).isEqualTo(5005);
    }

    @Test
    void theTotpScreen_showsTheCodeOfTheCurrentStep() {
        ApiResponse totp =
                sim.api().get("/api/v1/device/totp").device("demo-device-alice").send();

        assertThat(totp.text("code")).matches("[0-9]{6}");
        assertThat(totp.text("stepStart")).isEqualTo(START.toString());
        assertThat(totp.data().path("stepSeconds").asInt()).isEqualTo(60);
        assertThat(totp.data().path("remainingSeconds").asInt()).isEqualTo(60);
    }

    @Test
    void theEnrolment_isAnOtpauthUriWithThePeriodWritten() {
        ApiResponse enrolment = sim.api()
                .get("/api/v1/device/totp/enrolment")
                .device("demo-device-alice")
                .send();

        assertThat(enrolment.text("secret")).isEqualTo("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP");
        assertThat(enrolment.text("otpauthUri"))
                .startsWith("otpauth://totp/")
                .contains("period=60")
                .contains("secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP");
        assertThat(enrolment.text("algorithm")).isEqualTo("SHA1");
        assertThat(enrolment.data().path("digits").asInt()).isEqualTo(6);
    }

    @Test
    void aScanByAUserWhoDidNotLinkTheSite_isRefused_andFailsTheWebsitesLogin() {
        ApiResponse started = steps.qrStarted();

        ApiResponse scanned = sim.api()
                .post("/api/v1/device/qr/scan")
                .device("demo-device-judy")
                .json("{\"qrPayload\":\"" + started.text("qrPayload") + "\"}")
                .send();

        assertThat(scanned.rtCode()).isEqualTo(3201);
        ApiResponse polled = steps.poll(started.text("channelKey"));
        assertThat(polled.text("status")).isEqualTo("AuthFailed");
        assertThat(polled.data().path("errorCode").asInt()).isEqualTo(3201);
    }
}
