package dev.bsa.web.browser;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Locale;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The demo login page ({@code index.html}), as a person uses it: the four flows' tabs, forms, countdowns, feeds and outcomes. */
public final class LoginPage extends Tab {

    /** The login flows, as the page names its panels. */
    public enum Flow {
        PUSH,
        OTP,
        TOTP,
        QR;

        String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NO_SECONDS = "--";

    LoginPage(Tab tab) {
        super(tab);
        visible("tab-push");
    }

    /** Opens the flow's tab. */
    public LoginPage show(Flow flow) {
        click("tab-" + flow.id());
        visible("flow-" + flow.id());
        return this;
    }

    /** Sends a push to {@code user}'s phone. */
    public LoginPage sendPush(String user) {
        show(Flow.PUSH);
        type("push-user", user);
        click("push-start");
        return this;
    }

    /** Types an OTP code from the app and submits it. */
    public LoginPage enterOtp(String code) {
        show(Flow.OTP);
        type("otp-code", code);
        click("otp-start");
        return this;
    }

    /** Signs in with a user key and a TOTP code. */
    public LoginPage signInWithTotp(String user, String code) {
        show(Flow.TOTP);
        type("totp-user", user);
        type("totp-code", code);
        click("totp-start");
        return this;
    }

    /** Shows a QR code and returns the text it encodes, once it is drawn. */
    public String showQr() {
        show(Flow.QR);
        click("qr-start");
        return textWhen("qr-payload", "the QR code's text", text -> text.contains("/q/"));
    }

    /** Presses the flow's Cancel button. */
    public LoginPage cancel(Flow flow) {
        click(flow.id() + "-cancel");
        return this;
    }

    /** The statuses in the flow's feed, top to bottom. */
    public List<String> statuses(Flow flow) {
        return element(flow.id() + "-feed").findElements(By.tagName("li")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** Waits until the flow's feed has reached {@code status}, and returns the whole feed. */
    public List<String> awaitStatus(Flow flow, String status) {
        return waitUntil("the " + flow.id() + " feed to reach " + status, driver -> {
            List<String> feed = statuses(flow);
            return feed.contains(status) ? feed : null;
        });
    }

    /** The seconds the flow's countdown shows, or -1 before its first figure. */
    public int secondsLeft(Flow flow) {
        String shown = text(flow.id() + "-timer").trim();
        return NO_SECONDS.equals(shown) || shown.isEmpty() ? -1 : Integer.parseInt(shown);
    }

    /** Waits until the flow's countdown shows a figure, and returns it. */
    public int awaitSecondsLeft(Flow flow) {
        return waitUntil("the " + flow.id() + " countdown to start", driver -> {
            int seconds = secondsLeft(flow);
            return seconds >= 0 ? seconds : null;
        });
    }

    /** Waits until the flow's countdown shows less than {@code seconds}, and returns what it shows. */
    public int awaitSecondsBelow(Flow flow, int seconds) {
        return waitUntil("the " + flow.id() + " countdown to fall below " + seconds, driver -> {
            int shown = secondsLeft(flow);
            return shown >= 0 && shown < seconds ? shown : null;
        });
    }

    /** Waits for the flow's success panel and reads it. */
    public SignedIn awaitSignedIn(Flow flow) {
        String id = flow.id();
        WebElement panel = visible(id + "-success");
        return new SignedIn(
                panel.findElement(By.tagName("strong")).getText(),
                text(id + "-access-token"),
                text(id + "-refresh-token"),
                json(text(id + "-jwt-header")),
                json(text(id + "-jwt-payload")));
    }

    /** Waits for the flow's error panel and reads it. */
    public Failure awaitFailure(Flow flow) {
        String id = flow.id();
        visible(id + "-error");
        return new Failure(Integer.parseInt(text(id + "-error-code")), text(id + "-error-message"));
    }

    /** Whether the flow's Start button can be pressed (it cannot while a login runs). */
    public boolean canStart(Flow flow) {
        return element(flow.id() + "-start").isEnabled();
    }

    /** What the hint under the OTP field says. */
    public String otpCodeState() {
        return text("otp-code-state");
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException notJson) {
            throw new AssertionError("the page shows no JSON here: " + text, notJson);
        }
    }

    /**
     * A success panel.
     *
     * @param headline     what it says first ("Signed in as alice.")
     * @param accessToken  the access token shown
     * @param refreshToken the refresh token shown
     * @param jwtHeader    the decoded JWT header shown
     * @param claims       the decoded JWT claims shown
     */
    public record SignedIn(
            String headline, String accessToken, String refreshToken, JsonNode jwtHeader, JsonNode claims) {}

    /**
     * An error panel.
     *
     * @param code    the error code shown
     * @param message the error message shown
     */
    public record Failure(int code, String message) {}
}
