package dev.bsa.web.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The virtual phone ({@code phone.html}) of one user, as its owner uses it. */
public final class PhonePage extends Tab {

    private static final By REQUEST = By.cssSelector("#pushes article.push");

    private PhonePage(Tab tab) {
        super(tab);
    }

    /** The phone page in {@code tab}, once it has connected as {@code user}. */
    static PhonePage connected(Tab tab, String user) {
        PhonePage phone = new PhonePage(tab);
        phone.visible("app");
        phone.textWhen("phone-owner", "the owner " + user, text -> text.endsWith(" " + user));
        return phone;
    }

    /** Waits for the login request on the Requests tab and returns what its card says. */
    public String awaitRequest() {
        click("tab-requests");
        return waitUntil("a login request on the phone", driver -> {
            WebElement card = driver.findElement(REQUEST);
            return card.isDisplayed() ? card.getText() : null;
        });
    }

    /** Approves the login request waiting on the phone, and returns what the card then says. */
    public String approve() {
        return answer("approve", "Approved");
    }

    /** Rejects the login request waiting on the phone, and returns what the card then says. */
    public String reject() {
        return answer("reject", "Rejected");
    }

    private String answer(String action, String outcome) {
        awaitRequest();
        focus().findElement(REQUEST)
                .findElement(By.cssSelector("button[data-action='" + action + "']"))
                .click();
        return waitUntil("the phone to confirm " + action, driver -> {
            String result = driver.findElement(REQUEST)
                    .findElement(By.cssSelector("[data-result]"))
                    .getText();
            return result.startsWith(outcome) ? result : null;
        });
    }

    /** Asks the app for an OTP code ("OTP authentication") and returns it once shown. */
    public String otpCode() {
        click("tab-otp");
        click("otp-generate");
        return textWhen("otp-value", "an OTP code", text -> text.matches("\\d{6}"));
    }

    /** What the OTP screen says about the code's validity ("Valid for 59 s"). */
    public String otpValidity() {
        return textWhen("otp-left", "the code's validity", text -> text.startsWith("Valid for"));
    }

    /** Opens the app's "TOTP authentication" screen and returns the code it shows. */
    public String totpCode() {
        click("tab-totp");
        return textWhen("totp-value", "a TOTP code", text -> text.matches("\\d{6}"));
    }

    /** The seconds the TOTP screen says are left in the current step. */
    public int totpSecondsLeft() {
        return Integer.parseInt(textWhen("totp-left", "the seconds left", text -> text.matches("\\d+")));
    }

    /** Scans the QR code the login page shows, offered on the Scan QR tab, and returns the payload scanned. */
    public String scanTheLoginPagesQr() {
        click("tab-scan");
        String payload = textWhen("qr-latest-payload", "the login page's QR code", text -> text.contains("/q/"));
        click("qr-scan-latest");
        waitUntil(
                "the phone to show its requests after the scan",
                driver ->
                        "true".equals(driver.findElement(By.id("tab-requests")).getDomAttribute("aria-selected")));
        String result = element("qr-result").getDomProperty("textContent");
        if (!result.startsWith("Scanned")) {
            throw new AssertionError("the scan did not succeed: " + result);
        }
        return payload;
    }
}
