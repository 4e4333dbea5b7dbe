package dev.bsa.web.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The system's Chromium and its driver (Debian packages {@code chromium} and {@code chromium-driver}),
 * found through the system properties {@code bsa.chromium} and {@code bsa.chromedriver}. Nothing is
 * ever downloaded: a browser that is not installed is reported, not fetched.
 */
public final class Chromium {

    /** The system property naming the browser binary. */
    public static final String BROWSER_PROPERTY = "bsa.chromium";
    /** The system property naming the driver binary. */
    public static final String DRIVER_PROPERTY = "bsa.chromedriver";

    private static final String DEFAULT_BROWSER = "/usr/bin/chromium";
    private static final String DEFAULT_DRIVER = "/usr/bin/chromedriver";

    /** Headless and quiet: no network of its own (the machine's network is closed), no throttled background tabs. */
    static final List<String> ARGUMENTS = List.of(
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-quic",
            "--no-first-run",
            "--no-default-browser-check",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-extensions",
            "--disable-background-timer-throttling",
            "--disable-backgrounding-occluded-windows",
            "--disable-renderer-backgrounding",
            "--force-device-scale-factor=1",
            "--lang=en-US",
            "--window-size=1280,1000");

    /**
     * Selenium looks for Chrome DevTools bindings matching the browser at every start and warns when
     * it finds none. None are on the class path on purpose (the pom leaves them out; nothing here uses
     * them), so that warning is noise. Held here: the JDK keeps loggers only weakly.
     */
    private static final java.util.logging.Logger CDP_VERSION_FINDER =
            java.util.logging.Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    static {
        CDP_VERSION_FINDER.setLevel(java.util.logging.Level.SEVERE);
    }

    private Chromium() {}

    /** The browser binary. */
    public static Path browser() {
        return Path.of(System.getProperty(BROWSER_PROPERTY, DEFAULT_BROWSER));
    }

    /** The driver binary. */
    public static Path driver() {
        return Path.of(System.getProperty(DRIVER_PROPERTY, DEFAULT_DRIVER));
    }

    /** Why the browser cannot run here, or empty when both binaries are present and executable. */
    public static Optional<String> whyMissing() {
        for (Path binary : List.of(browser(), driver())) {
            if (!Files.isRegularFile(binary) || !Files.isExecutable(binary)) {
                return Optional.of(binary + " is not an executable file");
            }
        }
        return Optional.empty();
    }

    /** Starts a headless Chromium with a fresh profile; closing the returned browser removes the profile. */
    public static Browser launch() {
        Path profile = temporaryProfile();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser().toFile());
        options.addArguments(ARGUMENTS);
        options.addArguments("--user-data-dir=" + profile);
        options.setCapability(ChromeOptions.LOGGING_PREFS, consoleLogging());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driver().toFile())
                .usingAnyFreePort()
                .withTimeout(Duration.ofSeconds(30))
                .build();
        try {
            return new Browser(new ChromeDriver(service, options), () -> deleteQuietly(profile));
        } catch (RuntimeException failedToStart) {
            service.stop();
            deleteQuietly(profile);
            throw failedToStart;
        }
    }

    /** Everything the pages write to the console, and what the browser itself reports there, for {@link Browser#console()}. */
    private static LoggingPreferences consoleLogging() {
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        return logging;
    }

    private static Path temporaryProfile() {
        try {
            return Files.createTempDirectory("bsa-chromium-profile-");
        } catch (IOException cannotCreate) {
            throw new UncheckedIOException(cannotCreate);
        }
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> tree = Files.walk(folder)) {
            tree.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // a profile left in the temp folder is harmless
        }
    }
}
