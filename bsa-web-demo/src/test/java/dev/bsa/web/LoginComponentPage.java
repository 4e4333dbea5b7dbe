package dev.bsa.web;

import dev.bsa.web.browser.Tab;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;

/**
 * The test page {@code test-pages/login-component.html}: a website with the Login-Component (the meta
 * tag, bsa.js, {@code .guardian_btn} buttons) and the dialog they open, which lives in a shadow root.
 * Callbacks the page received are read through {@link #calls()}.
 */
final class LoginComponentPage {

    private static final String ROOT = "(function () {"
            + "  var host = document.querySelector('[data-bsa-login-component]');"
            + "  return host ? host.shadowRoot : null;"
            + "}())";
    private static final String DARK_PIXELS = "var canvas = " + ROOT + ".getElementById('qr-canvas');"
            + "var pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;"
            + "for (var i = 0; i < pixels.length; i += 4) {"
            + "  if (pixels[i + 3] > 128 && pixels[i] + pixels[i + 1] + pixels[i + 2] < 384) { return true; }"
            + "}"
            + "return false;";

    private final Tab tab;
    private final SdkPage calls;

    LoginComponentPage(Tab tab) {
        this.tab = tab;
        this.calls = new SdkPage(tab);
        tab.waitUntil(
                "the Login-Component's buttons to be ready",
                driver -> tab.script(
                        "return window.sdkLoaded === true && !!document.querySelector('.guardian_btn[data-bsa-ready]');"));
    }

    /** The callbacks the page received ({@code onGuardianSuccess}, {@code setSuccessCallback}). */
    SdkPage calls() {
        return calls;
    }

    Tab tab() {
        return tab;
    }

    /** What each {@code .guardian_btn} of the page says, in page order. */
    @SuppressWarnings("unchecked")
    List<String> buttonLabels() {
        return (List<String>) tab.script("return Array.prototype.map.call(document.querySelectorAll('.guardian_btn'),"
                + " function (button) { return button.textContent; });");
    }

    /** Clicks the page's {@code index}-th {@code .guardian_btn} and waits for the dialog. */
    LoginComponentPage open(int index) {
        tab.focus().findElements(By.cssSelector(".guardian_btn")).get(index).click();
        tab.waitUntil("the login dialog to open", driver -> isOpen());
        return this;
    }

    boolean isOpen() {
        return Boolean.TRUE.equals(
                tab.script("var root = " + ROOT + "; return !!root && root.querySelector('dialog').open;"));
    }

    /** An element of the dialog by its id, once it is displayed. */
    WebElement element(String id) {
        return tab.waitUntil("#" + id + " in the dialog to be displayed", driver -> {
            SearchContext root = driver.findElement(By.cssSelector("[data-bsa-login-component]"))
                    .getShadowRoot();
            WebElement element = root.findElement(By.cssSelector("#" + id));
            return element.isDisplayed() && element.isEnabled() ? element : null;
        });
    }

    /** Opens the tab of {@code flow} (push, otp, totp, qr). */
    LoginComponentPage choose(String flow) {
        element("tab-" + flow).click();
        return this;
    }

    LoginComponentPage type(String id, String text) {
        WebElement field = element(id);
        field.clear();
        field.sendKeys(text);
        return this;
    }

    LoginComponentPage press(String id) {
        element(id).click();
        return this;
    }

    /** The text of an element of the dialog as it is now, shown or not. */
    String text(String id) {
        return (String) tab.script("return " + ROOT + ".getElementById(arguments[0]).textContent;", id);
    }

    /** The statuses the dialog's feed lists, in order. */
    @SuppressWarnings("unchecked")
    List<String> feed() {
        return (List<String>) tab.script("return Array.prototype.map.call(" + ROOT + ".querySelectorAll('#feed li'),"
                + " function (item) { return item.textContent; });");
    }

    /** Waits until the feed lists at least {@code count} statuses. */
    void awaitStatuses(int count) {
        tab.waitUntil(count + " statuses in the dialog", driver -> feed().size() >= count);
    }

    /** Waits until the countdown shows a number of seconds, and returns it. */
    long awaitTimer() {
        String seconds =
                tab.waitUntil("the dialog's countdown", driver -> text("timer").matches("\\d+") ? text("timer") : null);
        return Long.parseLong(seconds);
    }

    /** Waits until the dialog shows an error code, and returns it. */
    String awaitOutcomeCode() {
        return tab.waitUntil(
                "an error in the dialog", driver -> text("outcome").isEmpty() ? null : text("outcome-code"));
    }

    /** The QR code on the dialog's canvas, once drawn. */
    String qrCode() {
        tab.waitUntil("a QR code on the dialog's canvas", driver -> tab.script(DARK_PIXELS));
        return QrReader.readDataUrl(
                (String) tab.script("return " + ROOT + ".getElementById('qr-canvas').toDataURL('image/png');"));
    }
}
