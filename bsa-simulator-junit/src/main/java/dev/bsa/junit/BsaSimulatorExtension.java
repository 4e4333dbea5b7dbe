package dev.bsa.junit;

import dev.bsa.sim.app.Simulator;
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
 * The JUnit 5 extension behind {@link BsaSimulatorTest}, also registered on its own through {@link #builder()}: one
 * embedded simulator per test class (or per test), reset to its seed before each test, injected as a {@link
 * SimulatorHandle}, and closed when its class (or test) ends. A {@code @Nested} class without an annotation of its
 * own shares its enclosing class's simulator.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final BsaSimulatorExtension simulator = BsaSimulatorExtension.builder()
 *         .virtualClock(Instant.parse("2026-03-01T08:00:00Z"))
 *         .deadline(Duration.ofSeconds(30))
 *         .build();
 * }</pre>
 *
 * Registered on an instance field instead of a static one, it starts a simulator per test.
 */
public final class BsaSimulatorExtension
        implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(BsaSimulatorExtension.class);
    private static final String HANDLE = "handle";
    /** The instant a virtual clock starts at unless told otherwise, fixed so that runs are repeatable. */
    public static final Instant VIRTUAL_START = Instant.parse("2026-01-05T09:00:00Z");

    /** Set by the builder; null when the settings come from {@link BsaSimulatorTest}. */
    private final EmbeddedOptions options;

    private volatile SimulatorHandle latest;

    /** The extension of {@link BsaSimulatorTest}, which reads its settings from the annotation. */
    public BsaSimulatorExtension() {
        this(null);
    }

    BsaSimulatorExtension(EmbeddedOptions options) {
        this.options = options;
    }

    /**
     * Starts the settings of an extension to register with {@code @RegisterExtension}.
     *
     * @return a builder with the defaults: a free port, the demo seed, the system clock, a simulator per class
     */
    public static BsaSimulatorExtensionBuilder builder() {
        return new BsaSimulatorExtensionBuilder();
    }

    /**
     * The simulator of the test running now (or of the class, between its tests), for a test that keeps the
     * extension in a field rather than taking a {@link SimulatorHandle} parameter.
     *
     * @return the handle
     * @throws IllegalStateException when no simulator runs
     */
    public SimulatorHandle handle() {
        SimulatorHandle current = latest;
        if (current == null) {
            throw new IllegalStateException("no simulator runs: the extension starts one before the tests");
        }
        return current;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        boolean ownSettings = options == null
                && AnnotationSupport.isAnnotated(context.getRequiredTestClass(), BsaSimulatorTest.class);
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
        Optional<SimulatorHandle> found = find(context);
        if (settings(context).perTest() || (options != null && found.isEmpty())) {
            // per test, or built and registered on an instance field (then JUnit calls no beforeAll)
            own(context);
        } else {
            SimulatorHandle handle = found.orElseThrow(() -> new IllegalStateException(
                    "no simulator in this context: annotate the class with @BsaSimulatorTest"));
            handle.reset();
            latest = handle;
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        close(context);
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
        throw new ParameterResolutionException("with a simulator per test each test has its own "
                + "simulator, from before its @BeforeEach methods to after its @AfterEach methods: take the "
                + "SimulatorHandle as a parameter of those or of the test, not of a constructor or @BeforeAll method");
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
    private SimulatorHandle own(ExtensionContext context) {
        EmbeddedOptions settings = settings(context);
        ExtensionContext.Store store = context.getStore(NAMESPACE);
        SimulatorHandle handle = store.getOrComputeIfAbsent(
                ownKey(context), key -> new SimulatorHandle(Simulator.start(settings.config())), SimulatorHandle.class);
        store.put(HANDLE, handle);
        latest = handle;
        return handle;
    }

    /** Closes the simulator this very context owns, if any (not an enclosing class's). */
    private void close(ExtensionContext context) {
        ExtensionContext.Store store = context.getStore(NAMESPACE);
        SimulatorHandle owned = store.remove(ownKey(context), SimulatorHandle.class);
        if (owned != null) {
            store.remove(HANDLE);
            if (latest == owned) {
                latest = null;
            }
            owned.close();
        }
    }

    private static String ownKey(ExtensionContext context) {
        return HANDLE + "@" + context.getUniqueId();
    }

    /** The builder's options, else the annotation of the test class or of the nearest enclosing class. */
    private EmbeddedOptions settings(ExtensionContext context) {
        if (options != null) {
            return options;
        }
        for (Class<?> type = context.getTestClass().orElse(null); type != null; type = type.getEnclosingClass()) {
            Optional<BsaSimulatorTest> found = AnnotationSupport.findAnnotation(type, BsaSimulatorTest.class);
            if (found.isPresent()) {
                return EmbeddedOptions.of(found.get());
            }
        }
        throw new IllegalStateException(
                "use the extension through @BsaSimulatorTest or BsaSimulatorExtension.builder()");
    }
}
