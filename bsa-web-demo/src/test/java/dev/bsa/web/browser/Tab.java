package dev.bsa.web.browser;

import java.nio.file.Path;
import java.util.function.Function;
import java.util.function.Predicate;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * One tab of the {@link Browser}. Every action first brings the tab to the front of the driver, so
 * tests can move between the login page and the phone page freely. Elements are found by id.
 */
public class Tab {

    private static final String DARK_PIXEL_SHARE = "var canvas = document.getElementById(arguments[0]);"
            + "var pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;"
            + "var dark = 0;"
            + "for (var i = 0; i < pixels.length; i += 4) {"
            + "  if (pixels[i + 3] > 128 && pixels[i] + pixels[i + 1] + pixels[i + 2] < 384) { dark++; }"
            + "}"
            + "return dark / (pixels.length / 4);";

    private final Browser browser;
    private final String handle;

    protected Tab(Tab tab) {
        this(tab.browser, tab.handle);
    }

    Tab(Browser browser, String handle) {
        this.browser = browser;
        this.handle = handle;
    }

    /** The browser this tab belongs to. */
    public Browser browser() {
        return browser;
    }

    /** Makes this the tab the driver talks to. */
    public WebDriver focus() {
        browser.focus(handle);
        return browser.driver();
    }

    /** The element with this id, once it is in the page. */
    public WebElement element(String id) {
        focus();
        return browser.waitUntil("#" + id + " to exist", ExpectedConditions.presenceOfElementLocated(By.id(id)));
    }

    /** The element with this id, once it is visible. */
    public WebElement visible(String id) {
        focus();
        return browser.waitUntil("#" + id + " to be visible", ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    /** Clicks the element with this id once it is visible and enabled. */
    public void click(String id) {
        focus();
        browser.waitUntil("#" + id + " to be clickable", ExpectedConditions.elementToBeClickable(By.id(id)))
                .click();
    }

    /**
     * Types {@code text} over what the field with this id holds, as a user would: the field keeps the focus from the
     * first key to the last, so a page that leaves a focused field alone cannot refill it half-way ({@code clear()}
     * would blur it between emptying it and typing).
     */
    public void type(String id, String text) {
        WebElement field = visible(id);
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE, text);
    }

    /** Chooses the option with this value in the select with this id. */
    public void choose(String id, String value) {
        new Select(visible(id)).selectByValue(value);
    }

    /** The visible text of the element with this id, as it is now. */
    public String text(String id) {
        return element(id).getText();
    }

    /** Waits until the text of the element with this id passes {@code test}, and returns it. */
    public String textWhen(String id, String what, Predicate<String> test) {
        focus();
        return browser.waitUntil("#" + id + " to show " + what, driver -> {
            String text = driver.findElement(By.id(id)).getText();
            return test.test(text) ? text : null;
        });
    }

    /** Whether the element with this id is displayed now. */
    public boolean isShown(String id) {
        return element(id).isDisplayed();
    }

    /** Waits until {@code condition} holds in this tab. */
    public <T> T waitUntil(String what, Function<WebDriver, T> condition) {
        focus();
        return browser.waitUntil(what, condition);
    }

    /** Runs {@code code} in this tab. */
    public Object script(String code, Object... arguments) {
        focus();
        return browser.script(code, arguments);
    }

    /**
     * Waits until the canvas with this id has something drawn on it, and returns the share of its
     * pixels that are dark (a QR code is roughly half dark; a blank canvas none).
     */
    public double darkPixelShare(String canvasId) {
        element(canvasId);
        Number share = waitUntil("something drawn on #" + canvasId, driver -> {
            Number dark = (Number) browser.script(DARK_PIXEL_SHARE, canvasId);
            return dark.doubleValue() > 0 ? dark : null;
        });
        return share.doubleValue();
    }

    /** Saves a screenshot of this tab. */
    public Path screenshot(Path file) {
        focus();
        return browser.screenshot(file);
    }
}
