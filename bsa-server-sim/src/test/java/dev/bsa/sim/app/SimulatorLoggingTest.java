package dev.bsa.sim.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator.ExecutionStatus;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class SimulatorLoggingTest {

    @Test
    void theSimulatorsOwnLoggersAreAtInfo_librariesAtWarn_andEverythingGoesToTheConsole() {
        LoggerContext context = new LoggerContext();
        SimulatorLogging logging = new SimulatorLogging();
        logging.setContext(context);

        ExecutionStatus status = logging.configure(context);

        assertThat(status).isEqualTo(ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        assertThat(root.getLevel()).isEqualTo(Level.WARN);
        assertThat(root.getAppender("CONSOLE")).isNotNull();
        assertThat(context.getLogger("dev.bsa.sim.app.Simulator").getEffectiveLevel())
                .isEqualTo(SimulatorLogging.ownLevel(System.getenv(SimulatorLogging.LEVEL_VARIABLE)));
        assertThat(context.getLogger("org.eclipse.jetty.server.Server").getEffectiveLevel()).isEqualTo(Level.WARN);
        assertThat(context.getLogger("org.jooq.Constants").getEffectiveLevel()).isEqualTo(Level.OFF);
    }

    @Test
    void bsaLogLevel_setsTheLevelOfTheSimulatorsOwnLoggers_andAnUnknownValueKeepsInfo() {
        assertThat(SimulatorLogging.ownLevel(null)).isEqualTo(Level.INFO);
        assertThat(SimulatorLogging.ownLevel("  ")).isEqualTo(Level.INFO);
        assertThat(SimulatorLogging.ownLevel("debug")).isEqualTo(Level.DEBUG);
        assertThat(SimulatorLogging.ownLevel(" TRACE ")).isEqualTo(Level.TRACE);
        assertThat(SimulatorLogging.ownLevel("ERROR")).isEqualTo(Level.ERROR);
        assertThat(SimulatorLogging.ownLevel("loud")).isEqualTo(Level.INFO);
    }

    @Test
    void givenAConfigurationFileOfTheUsersOwn_theConfiguratorStepsAside() {
        String previous = System.getProperty("logback.configurationFile");
        System.setProperty("logback.configurationFile", "my-logback.xml");
        try {
            LoggerContext context = new LoggerContext();
            SimulatorLogging logging = new SimulatorLogging();
            logging.setContext(context);

            assertThat(logging.configure(context)).isEqualTo(ExecutionStatus.INVOKE_NEXT_IF_ANY);
            assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("CONSOLE")).isNull();
        } finally {
            if (previous == null) {
                System.clearProperty("logback.configurationFile");
            } else {
                System.setProperty("logback.configurationFile", previous);
            }
        }
    }

    @Test
    void logbackFindsTheConfiguratorOnTheClassPath() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();

        assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("CONSOLE")).isNotNull();
        assertThat(context.getLogger("org.jooq.Constants").getLevel()).isEqualTo(Level.OFF);
    }
}
