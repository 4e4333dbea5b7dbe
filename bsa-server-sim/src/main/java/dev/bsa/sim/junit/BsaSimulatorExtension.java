package dev.bsa.sim.junit;

import dev.bsa.sim.app.Simulator;
import dev.bsa.sim.app.SimulatorConfig;
import dev.bsa.sim.app.SimulatorConfig.SeedSource;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The JUnit 5 extension behind {@link BsaSimulatorTest}: one embedded simulator per test class (or
 * per test), reset to its seed before each test, injected as a {@link SimulatorHandle}.
 */
public final class BsaSimulatorExtension implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback,
        ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BsaSimulatorExtension.class);
    private static final String HANDLE = "handle";
    /** The instant a virtual clock starts at, fixed so that runs are repeatable. */
    public static final Instant VIRTUAL_START = Instant.parse("2026-01-05T09:00:00Z");

    @Override
    public void beforeAll(ExtensionContext context) {
        if (!settings(context).perTest()) {
            context.getStore(NAMESPACE).put(HANDLE, start(settings(context)));
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (settings(context).perTest()) {
            context.getStore(NAMESPACE).put(HANDLE, start(settings(context)));
        } else {
            handle(context).reset();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (settings(context).perTest()) {
            Optional.ofNullable(context.getStore(NAMESPACE).remove(HANDLE, SimulatorHandle.class))
                    .ifPresent(SimulatorHandle::close);
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == SimulatorHandle.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return handle(context);
    }

    private static SimulatorHandle handle(ExtensionContext context) {
        for (Optional<ExtensionContext> current = Optional.of(context); current.isPresent();
                current = current.get().getParent()) {
            SimulatorHandle handle = current.get().getStore(NAMESPACE).get(HANDLE, SimulatorHandle.class);
            if (handle != null) {
                return handle;
            }
        }
        throw new IllegalStateException("no simulator in this context: annotate the class with @BsaSimulatorTest");
    }

    private static BsaSimulatorTest settings(ExtensionContext context) {
        return context.getTestClass()
                .flatMap(type -> AnnotationSupport.findAnnotation(type, BsaSimulatorTest.class))
                .orElseThrow(() -> new IllegalStateException("use the extension through @BsaSimulatorTest"));
    }

    private static SimulatorHandle start(BsaSimulatorTest settings) {
        SimulatorConfig config = SimulatorConfig.defaults().withHost("127.0.0.1").withPort(0).withSeed(seed(settings.seed()));
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
