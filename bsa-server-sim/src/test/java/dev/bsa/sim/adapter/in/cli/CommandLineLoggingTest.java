package dev.bsa.sim.adapter.in.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.spi.FilterReply;
import dev.bsa.sim.app.Simulator;
import dev.bsa.sim.app.SimulatorConfig;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The command line's logging, and the library's absence of any. */
class CommandLineLoggingTest {

    @Test
    void givenAConfigurationOfTheUsersOwn_theCommandLineLeavesLoggingAlone() {
        // This suite's own logback-test.xml plays the user's configuration.
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Level before = context.getLogger("dev.bsa").getLevel();

        CommandLineLogging.configure(Level.TRACE);

        assertThat(context.getLogger("dev.bsa").getLevel()).isEqualTo(before).isNotEqualTo(Level.TRACE);
    }

    @Test
    void theLibraryRegistersNoLoggingConfigurationOfItsOwn() throws IOException {
        ClassLoader loader = CommandLineLogging.class.getClassLoader();

        assertThat(loader.getResources("META-INF/services/ch.qos.logback.classic.spi.Configurator")
                        .hasMoreElements())
                .as("a Logback configurator registered by a library jar")
                .isFalse();
        assertThat(loader.getResource("logback.xml"))
                .as("a logback.xml in a library jar")
                .isNull();
    }

    @Test
    void theLibraryNeverSetsSystemProperties_onlyTheCommandLinesMainDoes() {
        Properties before = (Properties) System.getProperties().clone();

        try (Simulator simulator = Simulator.start(SimulatorConfig.defaults()
                .withPort(0)
                .withJdbcUrl("jdbc:h2:mem:logging-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1"))) {
            assertThat(simulator.port()).isPositive();
        }

        Map<Object, Object> changed = new HashMap<>(System.getProperties());
        changed.entrySet().removeAll(before.entrySet());
        // What the JDK and Jetty record about themselves on first use is theirs, not the simulator's.
        changed.keySet().removeAll(Set.of("user.timezone", "jetty.git.hash"));
        assertThat(changed)
                .as("system properties set or changed by starting and stopping a simulator")
                .isEmpty();
    }

    @Test
    void theWebServersOwnLineAboutAFailedStart_isDropped_forTheCommandSaysItInOneLine_otherLinesAreNot() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        CommandLineLogging.StartFailureAlreadyReported filter = new CommandLineLogging.StartFailureAlreadyReported();

        assertThat(filter.decide(
                        null,
                        context.getLogger("io.javalin.Javalin"),
                        Level.ERROR,
                        "Failed to start Javalin",
                        null,
                        null))
                .isEqualTo(FilterReply.DENY);
        assertThat(filter.decide(
                        null, context.getLogger("io.javalin.Javalin"), Level.ERROR, "Exception occurred", null, null))
                .isEqualTo(FilterReply.NEUTRAL);
        assertThat(filter.decide(
                        null, context.getLogger("dev.bsa.sim"), Level.ERROR, "Failed to start Javalin", null, null))
                .isEqualTo(FilterReply.NEUTRAL);
    }

    @Test
    void onlyKnownLevelsAreLevels() {
        assertThat(CommandLineLogging.level("info")).contains(Level.INFO);
        assertThat(CommandLineLogging.level("verbose")).isEmpty();
        assertThat(CommandLineLogging.level(null)).isEmpty();
    }
}
