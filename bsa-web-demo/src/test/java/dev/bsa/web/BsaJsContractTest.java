package dev.bsa.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bsa.domain.error.ErrorCode;
import dev.bsa.web.SdkPage.Call;
import dev.bsa.web.browser.RunningDemo;
import dev.bsa.web.browser.WebDemoBrowserTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The BSA-JS contract of {@code bsa.js} alone, on a bare page without any demo code: every public
 * method of {@code BSA} / {@code Guardian}, the callback shapes of the SDK documents, the cancel
 * semantics (a successful cancel reaches the request's onError as 5011; the cancel's own callback
 * hears only a failed cancel) and the single terminal callback.
 */
@WebDemoBrowserTest(virtualClock = true)
class BsaJsContractTest {

    private static final String CLIENT_KEY = "demo-client-key";
    private static final List<String> HAPPY_PATH = List.of(
            "RequestAuth",
            "CreateChannel",
            "SelectNodes",
            "StartAuth",
            "StartVerificationOfNodes",
            "CompleteVerificationOfNodes",
            "AuthCompleted");
    private static final Duration PAST_THE_DEADLINE = Duration.ofSeconds(61);

    /** The methods of the SDK documents, with their number of parameters. */
    private static final Map<String, Long> METHODS = Map.ofEntries(
            Map.entry("requestAuthCallback", 3L),
            Map.entry("onCancel", 2L),
            Map.entry("setAuthTimer", 1L),
            Map.entry("setAuthMessage", 1L),
            Map.entry("requestOtpCallback", 5L),
            Map.entry("onOtpCancel", 2L),
            Map.entry("setOtpTimer", 1L),
            Map.entry("setOtpMessage", 1L),
            Map.entry("requestTotpCallback", 4L),
            Map.entry("requestQrCallback", 3L),
            Map.entry("onQrCancel", 2L),
            Map.entry("setQrTimer", 1L),
            Map.entry("setQrMessage", 1L));

    @Test
    void bsaAndGuardian_areOneConstructor_withEveryMethodOfTheSdkDocuments(RunningDemo demo) {
        SdkPage page = new SdkPage(demo.testPage("sdk.html"));

        Object shape = page.run(
                "var sdk = new Guardian(arguments[0]);"
                        + "var methods = {};"
                        + "Object.keys(arguments[1]).forEach(function (name) {"
                        + "  methods[name] = typeof sdk[name] === 'function' ? sdk[name].length : 'missing';"
                        + "});"
                        + "return {same: Guardian === BSA, isBsa: sdk instanceof BSA, methods: methods};",
                CLIENT_KEY,
                METHODS);

        assertThat(shape).isEqualTo(Map.of("same", true, "isBsa", true, "methods", METHODS));
    }

    @Test
    void requestAuthCallback_approvedOnThePhone_givesOnlyTheTwoTokens_afterEveryStatusInOrder_andAFallingTimer(
            RunningDemo demo) {
        SdkPage page = new SdkPage(demo.testPage("sdk.html"));

        page.run(
                "var bsa = new BSA(arguments[0]);"
                        + "bsa.setAuthTimer(record('timer'));"
                        + "bsa.setAuthMessage(record('message'));"
                        + "bsa.requestAuthCallback('alice', record('success'), record('error'));",
                CLIENT_KEY);
        page.awaitCalls("timer", 2);
        demo.approveOnPhone("alice");

        Map<String, Object> tokens = page.awaitCall("success").tokens();
        assertThat(tokens).containsOnlyKeys("accessToken", "refreshToken");
        assertThat(demo.control()
                        .tokens()
                        .verify(CLIENT_KEY, (String) tokens.get("accessToken"))
                        .value()
                        .subject()
                        .value())
                .isEqualTo("alice");
        assertThat(page.firstArguments("message")).isEqualTo(HAPPY_PATH);
        assertFallingWholeSeconds(page.firstArguments("timer"));
        assertThat(page.calls("error")).isEmpty();
    }

    @ParameterizedTest(name = "client {0}, user {1}: {2}")
    @CsvSource({
        "demo-client-key, nobody, 2008",
        "demo-client-key, ivan, 2008",
        "demo-client-key, frank, 5006",
        "demo-client-key, judy, 3201",
        "no-such-client-key, alice, 2000",
        "unconfigured-client-key, alice, 3301"
    })
    void requestAuthCallback_rejectedByTheServer_callsOnErrorOnce_withANumericCodeAndItsMessage(
            String clientKey, String user, long code, RunningDemo demo) {
        SdkPage page = new SdkPage(demo.testPage("sdk.html"));

        page.run(
                "var bsa = new BSA(arguments[0]);"
                        + "bsa.setAuthMessage(record('message'));"
                        + "bsa.requestAuthCallback(arguments[1], record('success'), record('error'));",
                clientKey,
                user);

        Call error = page.awaitCall("error");
        assertThat(error.arg(0)).as("a number, not a string").isEqualTo(code);
        assertThat(error.arg(1)).isInstanceOf(String.class).asString().isNotBlank();
        assertThat(page.names()).containsExactly("error");
    }

    @Test
    void onCancel_ofALivePush_endsTheRequestWith5011_whileTheCancelCallbackHearsOnlyFailedCancels(RunningDemo demo) {
        SdkPage page = new SdkPage(demo.testPage("sdk.html"));
        page.run(
                "var bsa = window.sdk = new BSA(arguments[0]);"
                        + "bsa.setAuthMessage(record('message'));"
                        + "bsa.requestAuthCallback('alice', record('success'), record('error'));",
                CLIENT_KEY);
        page.awaitCalls("message", 3);

        page.run("window.sdk.onCancel('alice', record('cancel'));");

        Call error = page.awaitCall("error");
        assertThat(error.args()).containsExactly(5011L, ErrorCode.AUTH_CANCELED.english());
        assertThat(page.firstArguments("message"))
                .containsExactly("RequestAuth", "CreateChannel", "SelectNodes", "RequestCancel", "AuthCanceled");
        page.run("window.sdk.onCancel('alice', record('cancel again'));"
                + "window.sdk.onCancel('nobody', record('cancel of nobody'));");
        assertThat(page.awaitCall("cancel again").arg(0))
                .as("nothing in progress")
                .isEqualTo(5019L);
        assertThat(page.awaitCall("cancel of nobody").arg(0))
                .as("unregistered user")
                .isEqualTo(3100L);
        assertThat(page.calls("cancel"))
                .as("the successful cancel's own callback")
                .isEmpty();
        assertThat(page.calls("success")).isEmpty();
    }

    @Test
    void requestOtpCallback_readsTheCodeFromItsInput_callsOnCodeSuccessOnce_thenSucceedsWhenTheOwnerApproves(
            RunningDemo demo) {
        SdkPage page = new SdkPage(demo.testPage("sdk.html"));
        page.tab().type("otp", demo.issueAppOtp("alice"));

        page.run(
                "var bsa = new BSA(arguments[0]);"
                        + "bsa.setOtpTimer(record('timer'));"
                        + "bsa.setOtpMessage(record('message'));"
                        + "bsa.requestOtpCallback(document.getElementById('otp'), record('success'), record('error'),"
                        + "  record('code success'), record('code error'));",
                CLIENT_KEY);
        assertThat(page.awaitCall("code success").args()).isEmpty();
        page.awaitCalls("timer", 2);
        demo.approveOnPhone("alice");

        Map<String, Object> tokens = page.awaitCall("success").tokens();
        assertThat(tokens).containsOnlyKeys("accessToken", "refreshToken");
        assertThat(demo.control()
                        .tokens()
                        .verify(CLIENT_KEY, (String) tokens.get("accessToken"))
                        .value()
                        .method()
                        .name())
                .isEqualTo("OTP");
        assertThat(page.firstArguments("message")).isEqualTo(HAPPY_PATH);
        assertFallingWholeSeconds(page.firstArguments("timer"));
        assertThat(page.names().indexOf("code success"))
                .as("the code is accepted before the statuses flow")
                .isLessThan(page.names().indexOf("message"));
        assertThat(page.calls("code success")).hasSize(1);
        assertThat(page.calls("error")).isEmpty();
        assertThat(page.calls("code error")).isEmpty();
    }

    @Test
    void requestOtpCallback_withAWrongCode_tellsOnCodeError3005_orOnErrorWhenThereIsNoOnCodeError(RunningDemo demo) {
        SdkPage page = new SdkPage(demo.testPage("sdk.html"));
        page.tab().type("otp", "123456");
        page.tab().type("otp-other", "123456");

        page.run(
                "new BSA(arguments[0]).requestOtpCallback(document.getElementById('otp'), record('success'),"
                        + "  record('error'), record('code success'), record('code error'));"
                        + "new BSA(arguments[0]).requestOtpCallback(document.getElementById('otp-other'), record('other success'),"
                        + "  record('other error'), null, null);",
                CLIENT_KEY);

        assertThat(page.awaitCall("code error").arg(0)).isEqualTo(3005L);
        assertThat(page.awaitCall("other error").arg(0)).isEqualTo(3005L);
        assertThat(page.names()).containsExactlyInAnyOrder("code error", "other error");
    }

    @Test
    void onOtpCancel_endsTheOtpLoginOfThatInputWith5011_andSaysNothingToCancelAfterwards(RunningDemo demo) {
        SdkPage page = new SdkPage(demo.testPage("sdk.html"));
        page.tab().type("otp", demo.issueAppOtp("alice"));
        page.run(
                "var bsa = window.sdk = new BSA(arguments[0]);"
                        + "bsa.setOtpMessage(record('message'));"
                        + "bsa.requestOtpCallback(document.getElementById('otp'), record('success'), record('error'),"
                        + "  record('code success'), record('code error'));",
                CLIENT_KEY);
        page.awaitCalls("message", 3);

        page.run("window.sdk.onOtpCancel(document.getElementById('otp'), record('cancel'));");

        assertThat(page.awaitCall("error").arg(0)).isEqualTo(5011L);
        assertThat(page.firstArguments("message"))
                .containsExactly("RequestAuth", "CreateChannel", "SelectNodes", "RequestCancel", "AuthCanceled");
        page.run("window.sdk.onOtpCancel(document.getElementById('otp'), record('cancel again'));");
        assertThat(page.awaitCall("cancel again").arg(0)).isEqualTo(5019L);
        assertThat(page.calls("cancel")).isEmpty();
        assertThat(page.calls("success")).isEmpty();
    }

    @Test
    void requestTotpCallback_withTheAppsCode_givesTheTwoTokens_andTheSameCodeAgainOrAWrongOneReports3005(
            RunningDemo demo) {
        SdkPage page = new SdkPage(demo.testPage("sdk.html"));
        String code = demo.currentTotpCode("alice");

        page.run(
                "new BSA(arguments[0]).requestTotpCallback('alice', arguments[1], record('success'), record('error'));",
                CLIENT_KEY,
                code);
        Map<String, Object> tokens = page.awaitCall("success").tokens();
        page.run(
                "var bsa = new BSA(arguments[0]);"
                        + "bsa.requestTotpCallback('alice', arguments[1], record('replay success'), record('replay error'));"
                        + "bsa.requestTotpCallback('bob', arguments[2], record('wrong success'), record('wrong error'));",
                CLIENT_KEY,
                code,
                otherCodeThan(demo.currentTotpCode("bob")));

        assertThat(tokens).containsOnlyKeys("accessToken", "refreshToken");
        assertThat(demo.control()
                        .tokens()
                        .verify(CLIENT_KEY, (String) tokens.get("accessToken"))
                        .value()
                        .method()
                        .name())
                .isEqualTo("TOTP");
        assertThat(page.awaitCall("replay error").arg(0)).isEqualTo(3005L);
        assertThat(page.awaitCall("wrong error").arg(0)).isEqualTo(3005L);
        assertThat(page.names()).containsExactlyInAnyOrder("success", "replay error", "wrong error");
    }

    @Test
    void requestQrCallback_drawsTheCodeOnTheCanvas_andSucceedsOnceTheAppScansItAndApproves(RunningDemo demo) {
        SdkPage page = new SdkPage(demo.testPage("sdk.html"));

        page.run(
                "var bsa = new BSA(arguments[0]);"
                        + "bsa.setQrTimer(record('timer'));"
                        + "bsa.setQrMessage(record('message'));"
                        + "bsa.requestQrCallback(document.getElementById('qr'), record('success'), record('error'));",
                CLIENT_KEY);
        String scanned = QrReader.readCanvas(page.tab(), "qr");
        assertThat(scanned).startsWith(demo.demo().baseUrl() + "/q/");
        page.awaitCalls("timer", 2);
        demo.scanQr("alice", scanned);
        demo.approveOnPhone("alice");

        Map<String, Object> tokens = page.awaitCall("success").tokens();
        assertThat(tokens).containsOnlyKeys("accessToken", "refreshToken");
        assertThat(demo.control()
                        .tokens()
                        .verify(CLIENT_KEY, (String) tokens.get("accessToken"))
                        .value()
                        .subject()
                        .value())
                .isEqualTo("alice");
        assertThat(page.firstArguments("message")).isEqualTo(HAPPY_PATH);
        assertFallingWholeSeconds(page.firstArguments("timer"));
        assertThat(page.calls("error")).isEmpty();
    }

    @Test
    void onQrCancel_endsTheQrLoginOfThatCanvasWith5011_andSaysNothingToCancelAfterwards(RunningDemo demo) {
        SdkPage page = new SdkPage(demo.testPage("sdk.html"));
        page.run(
                "var bsa = window.sdk = new BSA(arguments[0]);"
                        + "bsa.setQrMessage(record('message'));"
                        + "bsa.requestQrCallback(document.getElementById('qr'), record('success'), record('error'));",
                CLIENT_KEY);
        page.awaitCalls("message", 2);

        page.run("window.sdk.onQrCancel(document.getElementById('qr-other'), record('cancel of another canvas'));"
                + "window.sdk.onQrCancel(document.getElementById('qr'), record('cancel'));");

        assertThat(page.awaitCall("error").arg(0)).isEqualTo(5011L);
        assertThat(page.awaitCall("cancel of another canvas").arg(0)).isEqualTo(5019L);
        assertThat(page.firstArguments("message"))
                .containsExactly("RequestAuth", "CreateChannel", "RequestCancel", "AuthCanceled");
        assertThat(page.calls("cancel")).isEmpty();
        assertThat(page.calls("success")).isEmpty();
    }

    @Test
    void aPushNobodyAnswers_endsWith5001_whenTheVirtualClockPassesTheDeadline(RunningDemo demo) {
        SdkPage page = new SdkPage(demo.testPage("sdk.html"));
        page.run(
                "var bsa = new BSA(arguments[0]);"
                        + "bsa.setAuthMessage(record('message'));"
                        + "bsa.requestAuthCallback('dave', record('success'), record('error'));",
                CLIENT_KEY);
        page.awaitCalls("message", 3);

        demo.advanceClock(PAST_THE_DEADLINE);

        assertThat(page.awaitCall("error").args()).containsExactly(5001L, ErrorCode.AUTH_TIMEOUT.english());
        assertThat(page.firstArguments("message"))
                .containsExactly("RequestAuth", "CreateChannel", "SelectNodes", "AuthTimeout");
        assertThat(page.calls("success")).isEmpty();
    }

    @Test
    void noCallbackOfALogin_isCalledAfterItsTerminalCallback(RunningDemo demo) {
        SdkPage page = new SdkPage(demo.testPage("sdk.html"));
        page.run(
                "var approved = new BSA(arguments[0]);"
                        + "approved.setAuthTimer(record('approved timer'));"
                        + "approved.setAuthMessage(record('approved message'));"
                        + "approved.requestAuthCallback('alice', record('approved success'), record('approved error'));"
                        + "var timedOut = new BSA(arguments[0]);"
                        + "timedOut.setAuthTimer(record('timedOut timer'));"
                        + "timedOut.setAuthMessage(record('timedOut message'));"
                        + "timedOut.requestAuthCallback('dave', record('timedOut success'), record('timedOut error'));",
                CLIENT_KEY);
        page.awaitCalls("approved message", 3);
        page.awaitCalls("timedOut message", 3);
        demo.approveOnPhone("alice");
        page.awaitCall("approved success");
        demo.advanceClock(PAST_THE_DEADLINE);
        page.awaitCall("timedOut error");

        // A later login that takes bob's phone 1.5 s: time enough for any leftover timer or socket to call back.
        page.run(
                "new BSA(arguments[0]).requestAuthCallback('bob', record('later success'), record('later error'));",
                CLIENT_KEY);
        page.awaitCall("later success");

        List<String> names = page.names();
        assertThat(callsAfter(names, "approved success", "approved ")).isEmpty();
        assertThat(callsAfter(names, "timedOut error", "timedOut ")).isEmpty();
        assertThat(names).containsOnlyOnce("approved success", "timedOut error");
    }

    @Test
    void aBrowserWithoutWebSocket_getsEveryStatusInOrderByPolling(RunningDemo demo) {
        SdkPage page = new SdkPage(demo.testPage("sdk.html"));

        page.run(
                "window.WebSocket = function () { throw new Error('no WebSocket here'); };"
                        + "var bsa = new BSA(arguments[0]);"
                        + "bsa.setAuthMessage(record('message'));"
                        + "bsa.requestAuthCallback('bob', record('success'), record('error'));",
                CLIENT_KEY);

        assertThat(page.awaitCall("success").tokens()).containsOnlyKeys("accessToken", "refreshToken");
        assertThat(page.firstArguments("message")).isEqualTo(HAPPY_PATH);
        assertThat(requestedUrls(page)).anySatisfy(url -> assertThat(url).contains("/api/v1/channels/"));
    }

    @Test
    void bsaConfigBaseUrl_pointsAPageOfAnotherOriginAtTheSimulator(RunningDemo demo) {
        SdkPage page = new SdkPage(demo.testPageOfAnotherOrigin("sdk.html"));
        String server = demo.demo().baseUrl();

        page.run(
                "window.BSA_CONFIG = {baseUrl: arguments[1]};"
                        + "var bsa = new BSA(arguments[0]);"
                        + "bsa.setAuthMessage(record('message'));"
                        + "bsa.requestAuthCallback('bob', record('success'), record('error'));",
                CLIENT_KEY,
                server);

        page.awaitCall("success");
        assertThat(page.firstArguments("message")).isEqualTo(HAPPY_PATH);
        assertThat(page.run("return location.origin;")).isNotEqualTo(server);
        assertThat(requestedUrls(page)).contains(server + "/api/v1/auth/push");
    }

    @Test
    void dataBsaUrlOnTheScriptTag_pointsAPageOfAnotherOriginAtTheSimulator(RunningDemo demo) {
        String server = demo.demo().baseUrl();
        SdkPage page = new SdkPage(demo.testPageOfAnotherOrigin("sdk-elsewhere.html?server=" + server));

        page.run(
                "new BSA(arguments[0]).requestTotpCallback('alice', arguments[1], record('success'), record('error'));",
                CLIENT_KEY,
                demo.currentTotpCode("alice"));

        assertThat(page.awaitCall("success").tokens()).containsOnlyKeys("accessToken", "refreshToken");
        assertThat(page.run("return location.origin;")).isNotEqualTo(server);
        assertThat(requestedUrls(page)).contains(server + "/api/v1/auth/totp");
    }

    /** The calls whose name starts with {@code prefix} made after the call {@code terminal}. */
    private static List<String> callsAfter(List<String> names, String terminal, String prefix) {
        int end = names.indexOf(terminal);
        assertThat(end).as(terminal + " was called").isNotNegative();
        return names.subList(end + 1, names.size()).stream()
                .filter(name -> name.startsWith(prefix))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static List<String> requestedUrls(SdkPage page) {
        return (List<String>) page.run(
                "return performance.getEntriesByType('resource').map(function (entry) { return entry.name; });");
    }

    /** The timer gives whole seconds, each less than the one before, from at most the 60 s deadline. */
    private static void assertFallingWholeSeconds(List<Object> seconds) {
        assertThat(seconds)
                .hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(value -> assertThat(value).isInstanceOf(Long.class));
        assertThat((Long) seconds.get(0)).isBetween(50L, 60L);
        IntStream.range(1, seconds.size())
                .forEach(i ->
                        assertThat((Long) seconds.get(i)).as("timer call %d", i).isLessThan((Long) seconds.get(i - 1)));
    }

    private static String otherCodeThan(String code) {
        return String.format("%06d", (Integer.parseInt(code) + 1) % 1_000_000);
    }
}
