package dev.bsa.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bsa.web.browser.RunningDemo;
import dev.bsa.web.browser.Tab;
import dev.bsa.web.browser.WebDemoBrowserTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The forms beyond the callbacks: {@code bsa.promises()} (each flow as a Promise), the Guardian-JS
 * redirect forms {@code requestAuth} / {@code requestOtp} / {@code requestQr} (on success the browser
 * goes to the link with the tokens in its fragment) on a page of another origin, the success value
 * that reads as a token string, and the TypeScript declarations served beside {@code bsa.js}.
 */
@WebDemoBrowserTest
class BsaJsPromisesAndRedirectsTest {

    private static final String CLIENT_KEY = "demo-client-key";

    @Test
    void promisesRequestAuth_resolvesWithTheTokens_thatAlsoReadAsTheAccessToken(RunningDemo demo) {
        SdkPage page = new SdkPage(demo.testPage("sdk.html"));

        page.run(
                "var bsa = new BSA(arguments[0]);"
                        + "bsa.setAuthMessage(record('message'));"
                        + "bsa.promises().requestAuth('bob').then(function (tokens) {"
                        + "  record('resolved')(tokens);"
                        + "  record('as text')(String(tokens), 'token: ' + tokens, tokens.accessToken, JSON.stringify(Object.keys(tokens)));"
                        + "}, record('rejected'));",
                CLIENT_KEY);

        Map<String, Object> tokens = page.awaitCall("resolved").tokens();
        assertThat(tokens).containsOnlyKeys("accessToken", "refreshToken");
        String accessToken = (String) tokens.get("accessToken");
        assertThat(page.awaitCall("as text").args())
                .containsExactly(
                        accessToken, "token: " + accessToken, accessToken, "[\"accessToken\",\"refreshToken\"]");
        assertThat(demo.control()
                        .tokens()
                        .verify(CLIENT_KEY, accessToken)
                        .value()
                        .subject()
                        .value())
                .isEqualTo("bob");
        assertThat(page.firstArguments("message")).contains("RequestAuth", "AuthCompleted");
        assertThat(page.calls("rejected")).isEmpty();
    }

    @Test
    void promises_rejectWithABsaError_carryingTheCode(RunningDemo demo) {
        SdkPage page = new SdkPage(demo.testPage("sdk.html"));
        String describe = "function (name) { return function (error) { record(name)(error instanceof Error,"
                + " error instanceof BSA.BsaError, error.name, error.code, typeof error.message); }; }";

        page.run(
                "var rejected = " + describe + ";"
                        + "var p = new BSA(arguments[0]).promises();"
                        + "p.requestAuth('nobody').then(record('auth resolved'), rejected('auth'));"
                        + "p.requestTotp('alice', '000000').then(record('totp resolved'), rejected('totp'));"
                        + "p.requestOtp(null).then(record('otp resolved'), rejected('otp'));"
                        + "p.requestQr(document.getElementById('otp')).then(record('qr resolved'), rejected('qr'));"
                        + "p.cancelAuth('nobody').then(record('cancel resolved'), rejected('cancel'));"
                        + "p.cancelOtp(document.getElementById('otp')).then(record('cancel otp resolved'), rejected('cancel otp'));",
                CLIENT_KEY);

        assertThat(page.awaitCall("auth").args()).containsExactly(true, true, "BsaError", 2008L, "string");
        assertThat(page.awaitCall("totp").arg(3)).isEqualTo(3005L);
        assertThat(page.awaitCall("otp").arg(3)).isEqualTo(2002L);
        assertThat(page.awaitCall("qr").arg(3)).isEqualTo(2002L);
        assertThat(page.awaitCall("cancel").arg(3)).isEqualTo(3100L);
        assertThat(page.awaitCall("cancel otp").arg(3)).isEqualTo(5019L);
        assertThat(page.names()).noneMatch(name -> name.endsWith("resolved"));
    }

    @Test
    void promisesCancelAuth_resolves_andTheLoginItCanceledRejectsWith5011(RunningDemo demo) {
        SdkPage page = new SdkPage(demo.testPage("sdk.html"));
        page.run(
                "window.p = new BSA(arguments[0]).promises();"
                        + "window.p.requestAuth('alice').then(record('resolved'), function (error) { record('rejected')(error.code); });",
                CLIENT_KEY);
        demo.browser()
                .waitUntil(
                        "a request on alice's phone",
                        driver -> !demo.pendingOn("alice").isEmpty());

        page.run("window.p.cancelAuth('alice').then(record('cancel resolved'), record('cancel rejected'));");

        assertThat(page.awaitCall("rejected").args()).containsExactly(5011L);
        page.awaitCall("cancel resolved");
        assertThat(page.names()).containsExactlyInAnyOrder("rejected", "cancel resolved");
    }

    @Test
    void promisesRequestQrAndRequestOtp_resolveOnceTheAppApproves(RunningDemo demo) {
        SdkPage page = new SdkPage(demo.testPage("sdk.html"));
        page.tab().type("otp", demo.issueAppOtp("alice"));

        page.run(
                "var p = new BSA(arguments[0]).promises();"
                        + "p.requestOtp(document.getElementById('otp'), record('code accepted')).then(record('otp'), record('otp rejected'));"
                        + "p.requestQr(document.getElementById('qr')).then(record('qr'), record('qr rejected'));",
                CLIENT_KEY);
        page.awaitCall("code accepted");
        demo.approveOnPhone("alice");
        assertThat(page.awaitCall("otp").tokens()).containsOnlyKeys("accessToken", "refreshToken");
        demo.scanQr("alice", QrReader.readCanvas(page.tab(), "qr"));
        demo.approveOnPhone("alice");

        assertThat(page.awaitCall("qr").tokens()).containsOnlyKeys("accessToken", "refreshToken");
        assertThat(page.names()).containsExactly("code accepted", "otp", "qr");
    }

    @Test
    void requestAuth_onAPageOfAnotherOrigin_goesToTheLink_withTheTokensInTheFragmentOnly(RunningDemo demo) {
        SdkPage page = sdkLoadedFromTheSimulator(demo);
        String link = demo.testPageUrlOfAnotherOrigin("landing.html?from=push");

        page.run("new Guardian(arguments[0]).requestAuth('bob', arguments[1], record('error'));", CLIENT_KEY, link);

        Map<String, Object> landing = landing(page.tab(), "landing.html?from=push");
        assertThat(landing.get("search")).as("nothing in the query").isEqualTo("?from=push");
        assertThat(demo.control()
                        .tokens()
                        .verify(CLIENT_KEY, (String) landing.get("accessToken"))
                        .value()
                        .subject()
                        .value())
                .isEqualTo("bob");
        assertThat((String) landing.get("refreshToken")).isNotBlank();
        assertThat((String) landing.get("hash")).startsWith("#accessToken=");
    }

    @Test
    void requestQrAndRequestOtp_goToTheirLinks_keepingAFragmentTheLinkHad(RunningDemo demo) {
        SdkPage page = sdkLoadedFromTheSimulator(demo);
        page.run(
                "new Guardian(arguments[0]).requestQr(document.getElementById('qr'), arguments[1], record('error'));",
                CLIENT_KEY,
                demo.testPageUrlOfAnotherOrigin("landing.html?from=qr#step=2"));
        demo.scanQr("alice", QrReader.readCanvas(page.tab(), "qr"));
        demo.approveOnPhone("alice");

        Map<String, Object> qrLanding = landing(page.tab(), "landing.html?from=qr");
        assertThat((String) qrLanding.get("hash")).startsWith("#step=2&accessToken=");
        assertThat(demo.control()
                        .tokens()
                        .verify(CLIENT_KEY, (String) qrLanding.get("accessToken"))
                        .value()
                        .method()
                        .name())
                .isEqualTo("QR");

        page = sdkLoadedFromTheSimulator(demo);
        page.tab().type("otp", demo.issueAppOtp("bob"));
        page.run(
                "new Guardian(arguments[0]).requestOtp(document.getElementById('otp'), arguments[1], record('error'),"
                        + " record('code accepted'));",
                CLIENT_KEY,
                demo.testPageUrlOfAnotherOrigin("landing.html?from=otp"));

        Map<String, Object> otpLanding = landing(page.tab(), "landing.html?from=otp");
        assertThat(demo.control()
                        .tokens()
                        .verify(CLIENT_KEY, (String) otpLanding.get("accessToken"))
                        .value()
                        .method()
                        .name())
                .isEqualTo("OTP");
    }

    @Test
    void redirectForms_withALinkThatIsNotAnHttpUrl_endWith2002_andAskNothingOfTheServer(RunningDemo demo) {
        SdkPage page = new SdkPage(demo.testPage("sdk.html"));

        page.run(
                "var gccs = new Guardian(arguments[0]);"
                        + "gccs.requestAuth('bob', 'javascript:alert(1)', record('script link'));"
                        + "gccs.requestQr(document.getElementById('qr'), null, record('no link'));"
                        + "gccs.requestOtp(document.getElementById('otp'), function () {}, record('function link'));",
                CLIENT_KEY);

        assertThat(page.awaitCall("script link").args())
                .containsExactly(2002L, "requestAuth: successCallLink must be an http: or https: URL, not javascript:");
        assertThat(page.awaitCall("no link").args())
                .containsExactly(
                        2002L, "requestQr needs successCallLink, the URL to go to after the login; it was given null");
        assertThat(page.awaitCall("function link").arg(0)).isEqualTo(2002L);
        assertThat(page.names()).hasSize(3);
        assertThat(demo.pendingOn("bob")).isEmpty();
        assertThat((String) page.run("return location.href;")).endsWith("/sdk.html");
    }

    @Test
    void theTypeScriptDeclarations_areServedBesideBsaJs_andDeclareEveryPublicMethod(RunningDemo demo)
            throws IOException, InterruptedException {
        HttpResponse<String> served = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(demo.demo().baseUrl() + "/bsa.d.ts"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        SdkPage page = new SdkPage(demo.testPage("sdk.html"));

        @SuppressWarnings("unchecked")
        List<String> methods = (List<String>) page.run("function own(proto) {"
                + "  return Object.getOwnPropertyNames(proto).filter(function (name) {"
                + "    return name !== 'constructor' && name.charAt(0) !== '_' && typeof proto[name] === 'function'; });"
                + "}"
                + "return own(BSA.prototype).concat(own(Object.getPrototypeOf(new BSA('k').promises())));");

        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/typescript"));
        assertThat(methods)
                .hasSizeGreaterThan(20)
                .allSatisfy(method -> assertThat(served.body()).contains(" " + method + "("));
        assertThat(served.body())
                .contains("declare class BSA", "declare const Guardian", "class BsaError", "onGuardianSuccess");
    }

    /** {@code sdk-from-simulator.html} on another origin, loading bsa.js from the simulator's address. */
    private static SdkPage sdkLoadedFromTheSimulator(RunningDemo demo) {
        return new SdkPage(demo.testPageOfAnotherOrigin(
                "sdk-from-simulator.html?server=" + demo.demo().baseUrl()));
    }

    /** Waits until the tab shows the landing page at {@code page}, and returns what it read from its address. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> landing(Tab tab, String page) {
        return tab.waitUntil(
                "the browser at " + page,
                driver -> driver.getCurrentUrl().contains(page)
                        ? (Map<String, Object>) tab.script("return window.landing || null;")
                        : null);
    }
}
