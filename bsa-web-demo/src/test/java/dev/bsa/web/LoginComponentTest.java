package dev.bsa.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bsa.web.SdkPage.Call;
import dev.bsa.web.browser.RunningDemo;
import dev.bsa.web.browser.WebDemoBrowserTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Login-Component as its guide writes it, on a website of another origin than the simulator:
 * {@code <meta name="guardian-ccs-client_key">}, bsa.js loaded from the simulator, and
 * {@code <button class="guardian_btn">}. Every button opens the dialog; each way of signing in ends
 * with the access token handed to the page's {@code onGuardianSuccess(token)} and to the callback of
 * {@code new Guardian().setSuccessCallback(cb)}.
 */
@WebDemoBrowserTest
class LoginComponentTest {

    private static final String CLIENT_KEY = "demo-client-key";
    private static final List<String> HAPPY_PATH = List.of(
            "RequestAuth",
            "CreateChannel",
            "SelectNodes",
            "StartAuth",
            "StartVerificationOfNodes",
            "CompleteVerificationOfNodes",
            "AuthCompleted");

    @Test
    void everyGuardianButton_opensTheDialogWithTheFourWays_andAnEmptyOneGetsALabel(RunningDemo demo) {
        LoginComponentPage page = open(demo);

        assertThat(page.buttonLabels()).containsExactly("Sign in with BSA", "Log in with my phone");
        page.open(0);
        assertThat(List.of(page.text("tab-push"), page.text("tab-otp"), page.text("tab-totp"), page.text("tab-qr")))
                .containsExactly("Push", "OTP", "TOTP", "QR");
        page.press("close");
        page.tab().waitUntil("the dialog to close", driver -> !page.isOpen());
        page.open(1);

        assertThat(page.isOpen()).isTrue();
        assertThat((String) page.tab().script("return location.href;"))
                .as("the button in a form submitted nothing")
                .contains("/login-component.html");
        assertThat((String) page.tab().script("return location.origin;"))
                .isNotEqualTo(demo.demo().baseUrl());
    }

    @Test
    void aPushApprovedOnThePhone_closesTheDialog_andHandsTheTokenToOnGuardianSuccessAndTheSuccessCallback(
            RunningDemo demo) {
        LoginComponentPage page = open(demo).open(0);

        page.type("push-user", "alice").press("push-start");
        long seconds = page.awaitTimer();
        page.awaitStatuses(3);
        demo.approveOnPhone("alice");

        String token = assertTokenHandedOver(page, demo, "alice");
        assertThat(demo.control()
                        .tokens()
                        .verify(CLIENT_KEY, token)
                        .value()
                        .method()
                        .name())
                .isEqualTo("PUSH");
        assertThat(seconds).isBetween(50L, 60L);
        assertThat(page.feed()).isEqualTo(HAPPY_PATH);
        assertThat(page.isOpen()).isFalse();
    }

    @Test
    void anOtpCode_acceptedAndApproved_handsOverTheToken(RunningDemo demo) {
        LoginComponentPage page = open(demo).open(0);

        page.choose("otp").type("otp-code", demo.issueAppOtp("alice")).press("otp-start");
        page.awaitTimer();
        page.awaitStatuses(3);
        demo.approveOnPhone("alice");

        String token = assertTokenHandedOver(page, demo, "alice");
        assertThat(demo.control()
                        .tokens()
                        .verify(CLIENT_KEY, token)
                        .value()
                        .method()
                        .name())
                .isEqualTo("OTP");
        assertThat(page.feed()).isEqualTo(HAPPY_PATH);
    }

    @Test
    void aTotpCode_handsOverTheTokenAtOnce(RunningDemo demo) {
        LoginComponentPage page = open(demo).open(0);

        page.choose("totp")
                .type("totp-user", "bob")
                .type("totp-code", demo.currentTotpCode("bob"))
                .press("totp-start");

        String token = assertTokenHandedOver(page, demo, "bob");
        assertThat(demo.control()
                        .tokens()
                        .verify(CLIENT_KEY, token)
                        .value()
                        .method()
                        .name())
                .isEqualTo("TOTP");
    }

    @Test
    void aQrCodeScannedAndApproved_handsOverTheToken(RunningDemo demo) {
        LoginComponentPage page = open(demo).open(1);

        page.choose("qr").press("qr-start");
        String scanned = page.qrCode();
        page.awaitTimer();
        demo.scanQr("alice", scanned);
        demo.approveOnPhone("alice");

        String token = assertTokenHandedOver(page, demo, "alice");
        assertThat(scanned).startsWith(demo.demo().baseUrl() + "/q/");
        assertThat(demo.control()
                        .tokens()
                        .verify(CLIENT_KEY, token)
                        .value()
                        .method()
                        .name())
                .isEqualTo("QR");
        assertThat(page.feed()).isEqualTo(HAPPY_PATH);
    }

    @Test
    void aRejectedLogin_showsItsCodeInTheDialog_andCancelEndsALiveOneWith5011_withoutHandingOverAnything(
            RunningDemo demo) {
        LoginComponentPage page = open(demo).open(0);

        page.type("push-user", "carol").press("push-start");
        assertThat(page.awaitOutcomeCode()).isEqualTo("5010");
        page.type("push-user", "alice").press("push-start");
        page.awaitStatuses(3);
        page.press("cancel");

        assertThat(page.awaitOutcomeCode()).isEqualTo("5011");
        assertThat(page.feed()).containsSubsequence("RequestCancel", "AuthCanceled");
        assertThat(page.isOpen()).isTrue();
        assertThat(page.calls().names()).isEmpty();
        assertThat(demo.pendingOn("alice")).isEmpty();
    }

    @Test
    void closingTheDialog_cancelsTheLoginItWasRunning(RunningDemo demo) {
        LoginComponentPage page = open(demo).open(0);
        page.type("push-user", "dave").press("push-start");
        page.awaitStatuses(3);

        page.press("close");

        page.tab().waitUntil("the dialog to close", driver -> !page.isOpen());
        page.tab()
                .waitUntil(
                        "dave's request to be canceled",
                        driver -> demo.pendingOn("dave").isEmpty());
        assertThat(page.calls().names()).isEmpty();
    }

    @Test
    void aPageWithoutTheMetaTag_getsADialogThatSaysSo_with2002(RunningDemo demo) {
        LoginComponentPage page = open(demo);
        page.tab().script("document.querySelector('meta[name=\"guardian-ccs-client_key\"]').remove();");

        page.open(0);

        assertThat(page.awaitOutcomeCode()).isEqualTo("2002");
        assertThat(page.text("outcome-message")).contains("guardian-ccs-client_key");
    }

    private static LoginComponentPage open(RunningDemo demo) {
        return new LoginComponentPage(demo.testPageOfAnotherOrigin(
                "login-component.html?server=" + demo.demo().baseUrl()));
    }

    /**
     * Waits for both success callbacks and checks that each got the access token of {@code user} as a
     * string, and the two tokens as a second argument; returns the token.
     */
    private static String assertTokenHandedOver(LoginComponentPage page, RunningDemo demo, String user) {
        Call global = page.calls().awaitCall("onGuardianSuccess");
        Call callback = page.calls().awaitCall("setSuccessCallback");
        assertThat(global.arg(0)).isInstanceOf(String.class);
        String token = (String) global.arg(0);
        assertThat(demo.control()
                        .tokens()
                        .verify(CLIENT_KEY, token)
                        .value()
                        .subject()
                        .value())
                .isEqualTo(user);
        assertThat(callback.arg(0)).isEqualTo(token);
        @SuppressWarnings("unchecked")
        Map<String, Object> tokens = (Map<String, Object>) global.arg(1);
        assertThat(tokens).containsOnlyKeys("accessToken", "refreshToken").containsEntry("accessToken", token);
        assertThat(page.calls().names()).containsExactly("onGuardianSuccess", "setSuccessCallback");
        page.tab().waitUntil("the dialog to close", driver -> !page.isOpen());
        return token;
    }
}
