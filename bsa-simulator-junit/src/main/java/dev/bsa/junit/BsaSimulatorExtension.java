package dev.bsa.junit;

import dev.bsa.sim.app.Simulator;
import dev.bsa.sim.app.SimulatorConfig;
import dev.bsa.sim.app.SimulatorConfig.SeedSource;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The JUnit 5 extension behind {@link BsaSimulatorTest}: one embedded simulator per test class (or
 * per test), reset to its seed before each test, injected as a {@link SimulatorHandle}, and closed
 * when its class (or test) ends. A {@code @Nested} class without an annotation of its own shares its
 * enclosing class's simulator.
 */
public final class BsaSimulatorExtension
        implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(BsaSimulatorExtension.class);
    private static final String HANDLE = "handle";
    /** The instant a virtual clock starts at, fixed so that runs are repeatable. */
    public static final Instant VIRTUAL_START = Instant.parse("2026-01-05T09:00:00Z");

    @Override
    public void beforeAll(ExtensionContext context) {
        boolean ownSettings = AnnotationSupport.isAnnotated(context.getRequiredTestClass(), BsaSimulatorTest.class);
        if (!settings(context).perTest() && (ownSettings || find(context).isEmpty())) {
            own(context);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close(context);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (settings(context).perTest()) {
            own(context);
        } else {
            handle(context).reset();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (settings(context).perTest()) {
            close(context);
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == SimulatorHandle.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Optional<SimulatorHandle> found = find(context);
        if (found.isPresent()) {
            return found.get();
        }
        if (!settings(context).perTest()) {
            // With @TestInstance(PER_CLASS) the instance, and so its constructor, comes before beforeAll.
            return own(context);
        }
        throw new ParameterResolutionException("with @BsaSimulatorTest(perTest = true) each test has its own "
                + "simulator, from before its @BeforeEach methods to after its @AfterEach methods: take the "
                + "SimulatorHandle as a parameter of those or of the test, not of a constructor or @BeforeAll method");
    }

    /** The handle this context or an enclosing one holds; an {@link IllegalStateException} when there is none. */
    private static SimulatorHandle handle(ExtensionContext context) {
        return find(context)
                .orElseThrow(() -> new IllegalStateException(
                        "no simulator in this context: annotate the class with @BsaSimulatorTest"));
    }

    private static Optional<SimulatorHandle> find(ExtensionContext context) {
        for (Optional<ExtensionContext> current = Optional.of(context);
                current.isPresent();
                current = current.get().getParent()) {
            SimulatorHandle handle = current.get().getStore(NAMESPACE).get(HANDLE, SimulatorHandle.class);
            if (handle != null) {
                return Optional.of(handle);
            }
        }
        return Optional.empty();
    }

    /**
     * The simulator this very context owns, started on first use. JUnit's stores are hierarchical
     * (a nested class's store also sees its enclosing class's values), so each context keeps its own
     * simulator under a key of its own, and shadows the enclosing one's under {@link #HANDLE}.
     */
    private static SimulatorHandle own(ExtensionContext context) {
        BsaSimulatorTest settings = settings(context);
        ExtensionContext.Store store = context.getStore(NAMESPACE);
        SimulatorHandle handle =
                store.getOrComputeIfAbsent(ownKey(context), key -> start(settings), SimulatorHandle.class);
        store.put(HANDLE, handle);
        return handle;
    }

    /** Closes the simulator this very context owns, if any (not an enclosing class's). */
    private static void close(ExtensionContext context) {
        ExtensionContext.Store store = context.getStore(NAMESPACE);
        SimulatorHandle owned = store.remove(ownKey(context), SimulatorHandle.class);
        if (owned != null) {
            store.remove(HANDLE);
            owned.close();
        }
    }

    private static String ownKey(ExtensionContext context) {
        return HANDLE + "@" + context.getUniqueId();
    }

    /** The annotation of the test class or, for a {@code @Nested} class without one, of the nearest enclosing class. */
    private static BsaSimulatorTest settings(ExtensionContext context) {
        for (Class<?> type = context.getTestClass().orElse(null); type != null; type = type.getEnclosingClass()) {
            Optional<BsaSimulatorTest> found = AnnotationSupport.findAnnotation(type, BsaSimulatorTest.class);
            if (found.isPresent()) {
                return found.get();
            }
        }
        throw new IllegalStateException("use the extension through @BsaSimulatorTest");
    }

    private static SimulatorHandle start(BsaSimulatorTest settings) {
        SimulatorConfig config =
                SimulatorConfig.defaults().withHost("127.0.0.1").withPort(0).withSeed(seed(settings.seed()));
        if (settings.virtualClock()) {
            config = config.withVirtualClock(VIRTUAL_START);
        }
        return new SimulatorHandle(Simulator.start(config));
    }

    private static SeedSource seed(String seed) {
        if ("demo".equals(seed)) {
            return SeedSource.demo();
        }
        return "none".equals(seed) ? SeedSource.none() : SeedSource.file(Path.of(seed));
    }
}
