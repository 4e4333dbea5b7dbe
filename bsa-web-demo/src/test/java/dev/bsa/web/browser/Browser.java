package dev.bsa.web.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One running headless Chromium shared by the tests of a class: its tabs, explicit waits with short
 * polls, scripts and screenshots. Between tests {@link #reset(String)} closes every extra tab and
 * empties the site's storage.
 */
public final class Browser implements AutoCloseable {

    /** How long a wait lasts before the test fails: generous, for a busy two-core machine. */
    public static final Duration PATIENCE = Duration.ofSeconds(15);

    private static final Duration POLL = Duration.ofMillis(50);
    private static final Dimension WINDOW = new Dimension(1280, 1000);

    private final WebDriver driver;
    private final Runnable cleanup;
    private final String firstWindow;

    Browser(WebDriver driver, Runnable cleanup) {
        this.driver = driver;
        this.cleanup = cleanup;
        this.firstWindow = driver.getWindowHandle();
        driver.manage().timeouts().scriptTimeout(PATIENCE);
        driver.manage().timeouts().pageLoadTimeout(PATIENCE);
        driver.manage().window().setSize(WINDOW);
    }

    /** The driver, for what this class does not cover. */
    public WebDriver driver() {
        return driver;
    }

    /** The first tab, showing {@code url}. */
    public Tab open(String url) {
        driver.switchTo().window(firstWindow);
        driver.get(url);
        return new Tab(this, firstWindow);
    }

    /** A new tab next to the others, showing {@code url}. */
    public Tab openTab(String url) {
        driver.switchTo().newWindow(WindowType.TAB);
        driver.get(url);
        return new Tab(this, driver.getWindowHandle());
    }

    /**
     * What reached the browser's console since the last call (or the last {@link #reset}), oldest
     * first: the pages' console calls, uncaught errors, and what the browser itself reports there.
     */
    public List<LogEntry> console() {
        return driver.manage().logs().get(LogType.BROWSER).getAll();
    }

    /** Closes every tab but the first, empties the storage of {@code origin}, leaves the first tab blank and the console read. */
    public void reset(String origin) {
        for (String handle : List.copyOf(driver.getWindowHandles())) {
            if (!handle.equals(firstWindow)) {
                driver.switchTo().window(handle).close();
            }
        }
        driver.switchTo().window(firstWindow);
        driver.get(origin + "/favicon.svg");
        script("localStorage.clear(); sessionStorage.clear();");
        driver.get("about:blank");
        driver.manage().window().setSize(WINDOW);
        console();
    }

    /** Waits until {@code condition} gives something other than null or false, and returns it. */
    public <T> T waitUntil(String what, Function<WebDriver, T> condition) {
        return waitUntil(what, PATIENCE, condition);
    }

    /** Waits up to {@code patience} until {@code condition} gives something other than null or false. */
    public <T> T waitUntil(String what, Duration patience, Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, patience, POLL)
                .withMessage(what)
                .ignoring(StaleElementReferenceException.class)
                .until(condition);
    }

    /** Runs {@code code} in the current tab and returns what it returns. */
    public Object script(String code, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(code, arguments);
    }

    /** Runs {@code code} in the current tab; it finishes by calling {@code arguments[arguments.length - 1]}. */
    public Object asyncScript(String code, Object... arguments) {
        return ((JavascriptExecutor) driver).executeAsyncScript(code, arguments);
    }

    /** Saves a PNG of the current tab's viewport to {@code file}, making its folders. */
    public Path screenshot(Path file) {
        byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            return Files.write(file, png);
        } catch (IOException cannotSave) {
            throw new UncheckedIOException(cannotSave);
        }
    }

    /** Sets the size of the window (all tabs share it). */
    public void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    void focus(String handle) {
        if (!handle.equals(driver.getWindowHandle())) {
            driver.switchTo().window(handle);
        }
    }

    /** Quits the browser and removes its profile. */
    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            cleanup.run();
        }
    }
}
