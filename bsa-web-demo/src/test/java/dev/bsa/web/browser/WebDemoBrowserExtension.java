package dev.bsa.web.browser;

import dev.bsa.sim.app.SimulatorConfig;
import dev.bsa.web.WebDemo;
import io.javalin.http.staticfiles.Location;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestWatcher;
import org.junit.platform.commons.support.AnnotationSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The extension behind {@link WebDemoBrowserTest}. */
public final class WebDemoBrowserExtension
        implements ExecutionCondition,
                BeforeAllCallback,
                AfterAllCallback,
                BeforeEachCallback,
                ParameterResolver,
                TestWatcher {

    /** The environment variable that turns a missing browser from a skip into a failure. */
    public static final String REQUIRE_BROWSER = "BSA_REQUIRE_BROWSER";
    /** Where a virtual clock starts, fixed so that runs repeat. */
    public static final Instant VIRTUAL_START = Instant.parse("2026-01-05T09:00:00Z");

    private static final Logger LOG = LoggerFactory.getLogger(WebDemoBrowserExtension.class);
    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(WebDemoBrowserExtension.class);
    private static final String RUNNING = "running-demo";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Optional<String> missing = Chromium.whyMissing();
        if (missing.isEmpty()) {
            return ConditionEvaluationResult.enabled("Chromium and its driver are installed");
        }
        if (browserRequired()) {
            return ConditionEvaluationResult.enabled(REQUIRE_BROWSER + "=1: a missing browser fails the tests");
        }
        String reason = "BROWSER TESTS SKIPPED: " + missing.get() + ". Install the Debian packages chromium and "
                + "chromium-driver (or point -D" + Chromium.BROWSER_PROPERTY + " and -D" + Chromium.DRIVER_PROPERTY
                + " at them); set " + REQUIRE_BROWSER + "=1 to make this a failure.";
        if (context.getTestMethod().isEmpty()) {
            LOG.warn("{}: {}", context.getDisplayName(), reason);
            System.err.println();
            System.err.println("!!!!! " + reason + " (" + context.getDisplayName() + ")");
            System.err.println();
        }
        return ConditionEvaluationResult.disabled(reason);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        Chromium.whyMissing().ifPresent(missing -> {
            throw new IllegalStateException(REQUIRE_BROWSER + "=1 and the browser cannot run: " + missing
                    + ". Install the Debian packages chromium and chromium-driver.");
        });
        WebDemo demo = WebDemo.start(
                config(context),
                javalin -> javalin.staticFiles.add(files -> {
                    files.hostedPath = RunningDemo.TEST_PAGES;
                    files.directory = "/test-pages";
                    files.location = Location.CLASSPATH;
                }));
        try {
            context.getStore(NAMESPACE).put(RUNNING, new RunningDemo(demo, Chromium.launch()));
        } catch (RuntimeException browserFailed) {
            demo.close();
            throw browserFailed;
        }
    }

    private static SimulatorConfig config(ExtensionContext context) {
        SimulatorConfig config =
                SimulatorConfig.defaults().withHost("127.0.0.1").withPort(0);
        boolean virtualClock = AnnotationSupport.findAnnotation(
                        context.getRequiredTestClass(), WebDemoBrowserTest.class)
                .map(WebDemoBrowserTest::virtualClock)
                .orElse(false);
        return virtualClock ? config.withVirtualClock(VIRTUAL_START) : config;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        RunningDemo running = running(context);
        running.control().state().reset();
        running.browser().reset(running.demo().baseUrl());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        RunningDemo running = context.getStore(NAMESPACE).remove(RUNNING, RunningDemo.class);
        if (running != null) {
            try {
                running.browser().close();
                running.control().state().reset();
                AdminEventStreams.awaitAllEnded(Duration.ofSeconds(5));
            } finally {
                running.demo().close();
            }
        }
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        Optional<RunningDemo> started = find(context);
        if (started.isEmpty()) {
            return;
        }
        RunningDemo running = started.get();
        String name = context.getRequiredTestClass().getSimpleName() + "."
                + context.getRequiredTestMethod().getName();
        try {
            List<String> tabs = List.copyOf(running.browser().driver().getWindowHandles());
            for (int i = 0; i < tabs.size(); i++) {
                running.browser().driver().switchTo().window(tabs.get(i));
                Path saved = running.browser()
                        .screenshot(Screenshots.folder().resolve("failures").resolve(name + "-tab" + (i + 1) + ".png"));
                LOG.warn(
                        "{} failed; tab {} ({}) is in {}",
                        name,
                        i + 1,
                        running.browser().driver().getCurrentUrl(),
                        saved);
            }
        } catch (RuntimeException noScreenshot) {
            LOG.warn("{} failed and no screenshot could be taken: {}", name, noScreenshot.toString());
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == RunningDemo.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return running(context);
    }

    private static RunningDemo running(ExtensionContext context) {
        return find(context)
                .orElseThrow(() ->
                        new IllegalStateException("no web demo here: annotate the class with @WebDemoBrowserTest"));
    }

    private static Optional<RunningDemo> find(ExtensionContext context) {
        for (Optional<ExtensionContext> current = Optional.of(context);
                current.isPresent();
                current = current.get().getParent()) {
            RunningDemo running = current.get().getStore(NAMESPACE).get(RUNNING, RunningDemo.class);
            if (running != null) {
                return Optional.of(running);
            }
        }
        return Optional.empty();
    }

    private static boolean browserRequired() {
        return "1".equals(System.getenv(REQUIRE_BROWSER)) || "true".equalsIgnoreCase(System.getenv(REQUIRE_BROWSER));
    }
}
