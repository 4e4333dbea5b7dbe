package dev.bsa.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bsa.domain.error.ErrorCode;
import dev.bsa.web.SdkPage.Call;
import dev.bsa.web.browser.RunningDemo;
import dev.bsa.web.browser.WebDemoBrowserTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Where {@code bsa.js} behaves as the real BSA-JS does in the corners: a cancel of another tab's login
 * after 2010, the countdown's last 0 at a timeout, a QR code on something other than a canvas, and
 * bad arguments, which end the request with 2002 instead of throwing.
 */
@WebDemoBrowserTest(virtualClock = true)
class BsaJsFidelityTest {

    private static final String CLIENT_KEY = "demo-client-key";
    private static final Duration PAST_THE_DEADLINE = Duration.ofSeconds(61);
    private static final String CANCELED = ErrorCode.AUTH_CANCELED.english();

    @Test
    void onCancel_afterA2010_cancelsTheLoginOfTheOtherTab_andTellsItsOwnCallback5011(RunningDemo demo) {
        SdkPage first = new SdkPage(demo.testPage("sdk.html"));
        first.run(
                "var bsa = new BSA(arguments[0]);"
                        + "bsa.setAuthMessage(record('message'));"
                        + "bsa.requestAuthCallback('alice', record('success'), record('error'));",
                CLIENT_KEY);
        first.awaitCalls("message", 3);
        SdkPage second = new SdkPage(demo.testPageInANewTab("sdk.html"));
        second.run(
                "window.sdk = new BSA(arguments[0]);"
                        + "window.sdk.requestAuthCallback('alice', record('success'), record('error'));",
                CLIENT_KEY);
        assertThat(second.awaitCall("error").arg(0)).isEqualTo(2010L);

        second.run("window.sdk.onCancel('alice', record('cancel'));");

        assertThat(second.awaitCall("cancel").args()).containsExactly(5011L, CANCELED);
        assertThat(first.awaitCall("error").args()).containsExactly(5011L, CANCELED);
        assertThat(second.names()).containsExactly("error", "cancel");
        assertThat(first.names()).doesNotContain("success");
    }

    @Test
    void onCancel_calledWhileItsOwnRequestIsStillOnItsWayTo2010_stillCancelsTheOtherTabsLogin(RunningDemo demo) {
        SdkPage first = new SdkPage(demo.testPage("sdk.html"));
        first.run(
                "var bsa = new BSA(arguments[0]);"
                        + "bsa.setAuthMessage(record('message'));"
                        + "bsa.requestAuthCallback('alice', record('success'), record('error'));",
                CLIENT_KEY);
        first.awaitCalls("message", 3);
        SdkPage second = new SdkPage(demo.testPageInANewTab("sdk.html"));

        second.run(
                "var sdk = new BSA(arguments[0]);"
                        + "sdk.requestAuthCallback('alice', record('success'), record('error'));"
                        + "sdk.onCancel('alice', record('cancel'));",
                CLIENT_KEY);

        assertThat(second.awaitCall("cancel").args()).containsExactly(5011L, CANCELED);
        assertThat(second.awaitCall("error").arg(0)).isEqualTo(2010L);
        assertThat(first.awaitCall("error").args()).containsExactly(5011L, CANCELED);
        assertThat(second.names()).containsExactlyInAnyOrder("error", "cancel");
    }

    @Test
    void onOtpCancel_ofALoginWhoseCodeIsRejected_tellsTheCancelCallback5019(RunningDemo demo) {
        SdkPage page = new SdkPage(demo.testPage("sdk.html"));
        page.tab().type("otp", "123456");

        page.run(
                "var sdk = new BSA(arguments[0]);"
                        + "var input = document.getElementById('otp');"
                        + "sdk.requestOtpCallback(input, record('success'), record('error'), record('code success'), record('code error'));"
                        + "sdk.onOtpCancel(input, record('cancel'));",
                CLIENT_KEY);

        assertThat(page.awaitCall("code error").arg(0)).isEqualTo(3005L);
        assertThat(page.awaitCall("cancel").arg(0)).isEqualTo(5019L);
        assertThat(page.names()).containsExactly("code error", "cancel");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"push", "otp", "qr"})
    void aLoginThatTimesOut_callsItsTimerWith0_lastAndBeforeOnError5001(String flow, RunningDemo demo) {
        SdkPage page = new SdkPage(demo.testPage("sdk.html"));
        page.tab().type("otp", demo.issueAppOtp("dave"));
        String start = Map.of(
                        "push",
                                "bsa.setAuthTimer(record('timer')); bsa.requestAuthCallback('dave', record('success'), record('error'));",
                        "otp",
                                "bsa.setOtpTimer(record('timer'));"
                                        + "bsa.requestOtpCallback(document.getElementById('otp'), record('success'), record('error'));",
                        "qr",
                                "bsa.setQrTimer(record('timer')); bsa.requestQrCallback(document.getElementById('qr'), record('success'), record('error'));")
                .get(flow);
        page.run("var bsa = new BSA(arguments[0]);" + start, CLIENT_KEY);
        page.awaitCalls("timer", 2);

        demo.advanceClock(PAST_THE_DEADLINE);

        assertThat(page.awaitCall("error").arg(0)).isEqualTo(5001L);
        List<String> names = page.names();
        assertThat(names.get(names.size() - 1)).isEqualTo("error");
        assertThat(names.get(names.size() - 2)).as("the call before onError").isEqualTo("timer");
        List<Object> seconds = page.firstArguments("timer");
        assertThat(seconds.get(seconds.size() - 1)).as("the timer's last call").isEqualTo(0L);
        assertThat(seconds).containsOnlyOnce(0L);
    }

    @Test
    void requestQrCallback_onAnImg_makesTheCodeItsSource_andTheLoginSucceedsOnceScannedAndApproved(RunningDemo demo) {
        SdkPage page = new SdkPage(demo.testPage("sdk.html"));

        page.run(
                "var bsa = new BSA(arguments[0]);"
                        + "bsa.setQrMessage(record('message'));"
                        + "bsa.requestQrCallback(document.getElementById('qr-img'), record('success'), record('error'));",
                CLIENT_KEY);
        String scanned = QrReader.readDataUrl(shownImage(page, "document.getElementById('qr-img')"));
        demo.scanQr("alice", scanned);
        demo.approveOnPhone("alice");

        assertThat(page.awaitCall("success").tokens()).containsOnlyKeys("accessToken", "refreshToken");
        assertThat(scanned).startsWith(demo.demo().baseUrl() + "/q/");
        assertThat(page.run("return document.getElementById('qr-img').getAttribute('data-bsa-qr-payload');"))
                .isEqualTo(scanned);
        assertThat((String) page.run("return document.getElementById('qr-img').alt;"))
                .contains(scanned);
        assertThat(page.calls("error")).isEmpty();
    }

    @Test
    void requestQrCallback_onADiv_putsOneImgInIt_theSameOneForTheNextCode(RunningDemo demo) {
        SdkPage page = new SdkPage(demo.testPage("sdk.html"));
        String image = "document.querySelector('#qr-holder > img[data-bsa-qr-image]')";
        page.run(
                "window.sdk = new BSA(arguments[0]);"
                        + "window.sdk.requestQrCallback(document.getElementById('qr-holder'), record('first success'), record('first error'));",
                CLIENT_KEY);
        String firstCode = QrReader.readDataUrl(shownImage(page, image));
        page.run("window.sdk.onQrCancel(document.getElementById('qr-holder'), record('cancel'));");
        assertThat(page.awaitCall("first error").arg(0)).isEqualTo(5011L);

        page.run(
                "window.sdk.requestQrCallback(document.getElementById('qr-holder'), record('success'), record('error'));"
                        + "document.getElementById('qr-holder').addEventListener('bsa:qr', record('bsa:qr'));");
        page.awaitCall("bsa:qr");
        String secondCode = QrReader.readDataUrl(shownImage(page, image));
        demo.scanQr("alice", secondCode);
        demo.approveOnPhone("alice");

        assertThat(page.awaitCall("success").tokens()).containsOnlyKeys("accessToken", "refreshToken");
        assertThat(secondCode).isNotEqualTo(firstCode);
        assertThat(page.run("return document.querySelectorAll('#qr-holder > *').length;"))
                .isEqualTo(1L);
        assertThat(page.calls("cancel")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "null                              | null",
                "an <input>                        | <input>",
                "an element's id instead of it     | the string \"qr\"",
                "a plain object                    | object"
            })
    void requestQrCallback_onNothingThatCanShowAnImage_endsWith2002_sayingWhatItWasGiven(
            String given, String named, RunningDemo demo) {
        SdkPage page = new SdkPage(demo.testPage("sdk.html"));
        String target = Map.of(
                        "null",
                        "null",
                        "an <input>",
                        "document.getElementById('otp')",
                        "an element's id instead of it",
                        "'qr'",
                        "a plain object",
                        "{}")
                .get(given);

        page.run(
                "new BSA(arguments[0]).requestQrCallback(" + target + ", record('success'), record('error'));",
                CLIENT_KEY);

        Call error = page.awaitCall("error");
        assertThat(error.arg(0)).isEqualTo(2002L);
        assertThat((String) error.arg(1)).contains("requestQrCallback", "<canvas>", "<img>", "given " + named);
        assertThat(page.names()).containsExactly("error");
        assertThat(requestedUrls(page)).noneMatch(url -> url.contains("/api/v1/auth/qr"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "requestAuthCallback with an object as the user | new BSA(arguments[0]).requestAuthCallback({name: 'alice'}, record('success'), record('error')) | error      | userKey",
                "requestOtpCallback without the input           | new BSA(arguments[0]).requestOtpCallback(null, record('success'), record('error'), null, record('code error')) | code error | <input>",
                "requestOtpCallback with the code, not the input | new BSA(arguments[0]).requestOtpCallback('123456', record('success'), record('error')) | error | <input>",
                "a server address that is not a URL             | window.BSA_CONFIG = {baseUrl: 'http://['}; new BSA(arguments[0]).requestTotpCallback('alice', '123456', record('success'), record('error')) | error | not a URL",
                "a server address that is not http              | window.BSA_CONFIG = {baseUrl: 'ftp://localhost'}; new BSA(arguments[0]).requestAuthCallback('alice', record('success'), record('error')) | error | http"
            })
    void badArguments_endTheRequestWith2002_andAClearMessage_neverAnException(
            String what, String call, String callback, String mentioned, RunningDemo demo) {
        SdkPage page = new SdkPage(demo.testPage("sdk.html"));

        page.run(call + "; window.BSA_CONFIG = undefined;", CLIENT_KEY);

        Call error = page.awaitCall(callback);
        assertThat(error.arg(0)).isEqualTo(2002L);
        assertThat((String) error.arg(1)).contains(mentioned);
        assertThat(page.names()).containsExactly(callback);
        assertThat(demo.browser().console()).as("nothing thrown").isEmpty();
    }

    @Test
    void routineOutcomes_leaveNothingInTheConsole_butTheStatusLinesTheBrowserWritesForErrorAnswers(RunningDemo demo) {
        SdkPage page = new SdkPage(demo.testPage("sdk.html"));
        String api = demo.demo().baseUrl() + "/api/v1/";
        page.run(
                "window.sdk = new BSA(arguments[0]);"
                        + "sdk.setAuthMessage(record('message'));"
                        + "sdk.requestAuthCallback('bob', record('approved'), record('approved error'));",
                CLIENT_KEY);
        page.awaitCall("message");
        page.run(
                "sdk.requestAuthCallback('bob', record('second success'), record('in progress'));"
                        + "sdk.requestAuthCallback('carol', record('carol success'), record('rejected'));"
                        + "sdk.requestAuthCallback('nobody', record('nobody success'), record('unregistered'));"
                        + "sdk.requestTotpCallback('alice', '000000', record('totp success'), record('wrong totp'));"
                        + "sdk.onCancel('erin', record('nothing to cancel'));"
                        + "sdk.onQrCancel(document.getElementById('qr'), record('no qr to cancel'));",
                CLIENT_KEY);
        page.awaitCall("approved");
        page.awaitCall("in progress");
        page.awaitCall("rejected");
        page.awaitCall("unregistered");
        page.awaitCall("wrong totp");
        page.awaitCall("nothing to cancel");
        page.awaitCall("no qr to cancel");
        page.run("sdk.setAuthTimer(record('timer'));"
                + "sdk.requestAuthCallback('alice', record('alice success'), record('canceled'));"
                + "sdk.onCancel('alice', record('alice cancel'));"
                + "sdk.requestQrCallback(document.getElementById('qr'), record('qr success'), record('qr canceled'));"
                + "sdk.onQrCancel(document.getElementById('qr'), record('qr cancel'));"
                + "sdk.requestAuthCallback('dave', record('dave success'), record('timed out'));");
        page.awaitCall("canceled");
        page.awaitCall("qr canceled");
        page.awaitCalls("timer", 2);
        demo.advanceClock(PAST_THE_DEADLINE);
        page.awaitCall("timed out");

        assertThat(demo.browser().console())
                .filteredOn(entry -> !(entry.getMessage().startsWith(api)
                        && entry.getMessage()
                                .contains("Failed to load resource: the server responded with a status of 4")))
                .as("what reached the console, but the browser's own line for each 4xx answer of the API")
                .isEmpty();
        assertThat(page.names())
                .doesNotContain(
                        "approved error",
                        "second success",
                        "carol success",
                        "nobody success",
                        "totp success",
                        "alice success",
                        "alice cancel",
                        "qr success",
                        "qr cancel",
                        "dave success");
    }

    /** The {@code src} of the image {@code expression} gives, once the browser has loaded and decoded it. */
    private static String shownImage(SdkPage page, String expression) {
        return page.tab()
                .waitUntil(
                        "a loaded image at " + expression, driver -> (String) page.run("var image = " + expression + ";"
                                + "return image && image.complete && image.naturalWidth > 0 && image.src.indexOf('data:image/png') === 0"
                                + " ? image.src : null;"));
    }

    @SuppressWarnings("unchecked")
    private static List<String> requestedUrls(SdkPage page) {
        return (List<String>) page.run(
                "return performance.getEntriesByType('resource').map(function (entry) { return entry.name; });");
    }
}
