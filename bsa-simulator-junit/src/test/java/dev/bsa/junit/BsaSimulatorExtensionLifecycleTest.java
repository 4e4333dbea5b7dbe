package dev.bsa.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bsa.sim.adapter.in.support.ApiClient;
import java.lang.reflect.Proxy;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The extension's own lifecycle, driven by hand with minimal extension contexts (the JUnit engine
 * test kit is not on this module's test path): a class's simulator answers from before its first
 * test and is closed, its port with it, after its last.
 */
class BsaSimulatorExtensionLifecycleTest {

    private final BsaSimulatorExtension extension = new BsaSimulatorExtension();

    @Test
    void aClassesSimulator_startsBeforeItsTests_andIsClosedAfterThem() {
        ExtensionContext testClass = context(PerClass.class, null);

        extension.beforeAll(testClass);
        SimulatorHandle simulator = (SimulatorHandle) extension.resolveParameter(null, testClass);
        int port = simulator.port();
        assertThat(new ApiClient(simulator.baseUrl()).get("/health").send().status())
                .isEqualTo(200);

        extension.afterAll(testClass);

        assertRefused(port);
        assertThatThrownBy(() -> extension.beforeEach(context(PerClass.class, testClass)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no simulator");
    }

    @Test
    void aTestsOwnSimulator_isClosedAfterTheTest_andTheClassHasNone() {
        ExtensionContext testClass = context(PerTest.class, null);
        ExtensionContext test = context(PerTest.class, testClass);
        extension.beforeAll(testClass);

        extension.beforeEach(test);
        int port = ((SimulatorHandle) extension.resolveParameter(null, test)).port();
        extension.afterEach(test);

        assertRefused(port);
        assertThatThrownBy(() -> extension.resolveParameter(null, testClass))
                .hasMessageContaining("not of a constructor or @BeforeAll method");
        extension.afterAll(testClass);
    }

    @BsaSimulatorTest(seed = "none")
    static class PerClass {}

    @BsaSimulatorTest(perTest = true, seed = "none")
    static class PerTest {}

    private static void assertRefused(int port) {
        assertThatThrownBy(() -> {
                    try (Socket socket = new Socket()) {
                        socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 2_000);
                    }
                })
                .as("port %d no longer answers", port)
                .isInstanceOf(ConnectException.class);
    }

    /** A context of {@code testClass} with one store (whatever the namespace) under {@code parent}. */
    private static ExtensionContext context(Class<?> testClass, ExtensionContext parent) {
        ExtensionContext.Store store = store();
        return (ExtensionContext) Proxy.newProxyInstance(
                ExtensionContext.class.getClassLoader(),
                new Class<?>[] {ExtensionContext.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getTestClass" -> Optional.of(testClass);
                    case "getRequiredTestClass" -> testClass;
                    case "getParent" -> Optional.ofNullable(parent);
                    case "getUniqueId" ->
                        (parent == null ? "" : parent.getUniqueId() + "/") + testClass.getSimpleName();
                    case "getStore" -> store;
                    case "toString" -> "context of " + testClass.getSimpleName();
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @SuppressWarnings("unchecked")
    private static ExtensionContext.Store store() {
        Map<Object, Object> values = new HashMap<>();
        return (ExtensionContext.Store) Proxy.newProxyInstance(
                ExtensionContext.class.getClassLoader(),
                new Class<?>[] {ExtensionContext.Store.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "get" -> values.get(args[0]);
                    case "put" -> values.put(args[0], args[1]);
                    case "remove" -> values.remove(args[0]);
                    case "getOrComputeIfAbsent" ->
                        values.computeIfAbsent(args[0], key -> ((Function<Object, Object>) args[1]).apply(key));
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
