package dev.bsa.web.browser;

import dev.bsa.domain.model.AuthSession;
import dev.bsa.domain.model.UserKey;
import dev.bsa.domain.port.in.DeviceCommand;
import dev.bsa.domain.port.in.ScanQrUseCase.ScanQrCommand;
import dev.bsa.sim.application.model.FaultKind;
import dev.bsa.sim.application.model.SettingsDocument;
import dev.bsa.sim.application.port.in.ControlPlane;
import dev.bsa.web.WebDemo;
import java.time.Duration;
import java.util.List;

/**
 * What a browser test holds: the web demo it runs against (one per test class, reset to the demo seed
 * before each test), the browser looking at it, and the simulator's in-process control plane for what
 * a test arranges behind the pages' back (faults, the clock, limits, the phone's answers).
 */
public final class RunningDemo {

    /** The folder, under the site's root, that serves the test-only pages of {@code src/test/resources/test-pages}. */
    public static final String TEST_PAGES = "/test-pages";

    private final WebDemo demo;
    private final Browser browser;

    RunningDemo(WebDemo demo, Browser browser) {
        this.demo = demo;
        this.browser = browser;
    }

    /** The web demo. */
    public WebDemo demo() {
        return demo;
    }

    /** The browser. */
    public Browser browser() {
        return browser;
    }

    /** The simulator's control plane. */
    public ControlPlane control() {
        return demo.simulator().control();
    }

    /** The demo login page in the first tab. */
    public LoginPage loginPage() {
        return new LoginPage(browser.open(demo.loginPageUrl()));
    }

    /** The demo login page in a new tab. */
    public LoginPage loginPageInANewTab() {
        return new LoginPage(browser.openTab(demo.loginPageUrl()));
    }

    /** The virtual phone of {@code user} in a new tab, connected with the demo seed's device token. */
    public PhonePage phonePageOf(String user) {
        return PhonePage.connected(browser.openTab(demo.phonePageUrl() + "?user=" + user), user);
    }

    /** The admin console in the first tab, holding the admin token. */
    public AdminConsole adminConsole() {
        return AdminConsole.opened(browser.open(demo.withAdminToken(demo.adminConsoleUrl())));
    }

    /** A test-only page of {@code src/test/resources/test-pages} in the first tab. */
    public Tab testPage(String name) {
        return browser.open(demo.baseUrl() + TEST_PAGES + "/" + name);
    }

    /** A test-only page of {@code src/test/resources/test-pages} in a new tab. */
    public Tab testPageInANewTab(String name) {
        return browser.openTab(demo.baseUrl() + TEST_PAGES + "/" + name);
    }

    /**
     * A test-only page served from another origin than the simulator's ({@code 127.0.0.1} instead of
     * {@code localhost}, same server): a website of its own calling the simulator across origins.
     */
    public Tab testPageOfAnotherOrigin(String name) {
        return browser.open(testPageUrlOfAnotherOrigin(name));
    }

    /** The address of a test-only page on another origin than the simulator's (see {@link #testPageOfAnotherOrigin}). */
    public String testPageUrlOfAnotherOrigin(String name) {
        String otherOrigin = demo.baseUrl().replace("://localhost:", "://127.0.0.1:");
        if (otherOrigin.equals(demo.baseUrl())) {
            throw new IllegalStateException("the demo's base URL is not on localhost: " + demo.baseUrl());
        }
        return otherOrigin + TEST_PAGES + "/" + name;
    }

    /** Moves the virtual clock forward, timing out what falls due. */
    public void advanceClock(Duration amount) {
        control().time().advance(amount.toMillis()).orElseGet(() -> {
            throw new IllegalStateException(
                    "this demo runs on the system clock; use @WebDemoBrowserTest(virtualClock = true)");
        });
    }

    /** Makes the next {@code count} steps of {@code kind} fail. */
    public void failNext(FaultKind kind, int count) {
        control().faults().failNext(kind, count);
    }

    /** Sets the daily TOTP attempt limit. */
    public void dailyTotpLimit(int limit) {
        control()
                .settings()
                .change(new SettingsDocument(
                        null, null, new SettingsDocument.Totp(null, null, null, null, limit, null)))
                .value();
    }

    /** The TOTP code the user's app shows now. */
    public String currentTotpCode(String user) {
        return demo.simulator()
                .services()
                .currentTotp()
                .currentCode(new UserKey(user))
                .value()
                .code();
    }

    /** A fresh app OTP code of the user, as the app's "OTP authentication" screen would issue it. */
    public String issueAppOtp(String user) {
        return demo.simulator()
                .services()
                .issueAppOtp()
                .issue(new UserKey(user))
                .value()
                .code();
    }

    /** The requests waiting on the user's phone. */
    public List<AuthSession> pendingOn(String user) {
        return control().devices().pending(new UserKey(user));
    }

    /** Waits until a request reaches the user's phone, then approves it there, as the app would. */
    public AuthSession approveOnPhone(String user) {
        AuthSession waiting = awaitPush(user);
        return demo.simulator()
                .services()
                .deviceApprove()
                .approve(new DeviceCommand(new UserKey(user), waiting.id().value()))
                .value();
    }

    /** Scans a QR payload with the user's app, as the phone's camera would. */
    public AuthSession scanQr(String user, String qrPayload) {
        String qrId = qrPayload.substring(qrPayload.lastIndexOf('/') + 1);
        return demo.simulator()
                .services()
                .scanQr()
                .scan(new ScanQrCommand(new UserKey(user), qrId))
                .value();
    }

    private AuthSession awaitPush(String user) {
        return browser.waitUntil(
                "a request on " + user + "'s phone",
                driver -> pendingOn(user).stream().findFirst().orElse(null));
    }
}
