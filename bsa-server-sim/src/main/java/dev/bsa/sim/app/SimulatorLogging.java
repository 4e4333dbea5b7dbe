package dev.bsa.sim.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.util.Locale;
import java.util.Map;

/**
 * The simulator's logging, set up in code rather than from a {@code logback.xml}: the simulator's own
 * messages at INFO (the environment variable {@code BSA_LOG_LEVEL} changes that), libraries at WARN,
 * one line per event on the console. Logback finds this class through {@code META-INF/services}.
 *
 * <p>Reading an XML configuration costs a few hundred milliseconds of every start (Logback's XML
 * machinery is several hundred classes); these few calls cost a few. A configuration of the user's own
 * always wins: when the system property {@code logback.configurationFile} is set, or a
 * {@code logback-test.xml} or {@code logback.xml} is on the class path (an integrator's test suite that
 * embeds the simulator), this configurator steps aside and Logback reads that file as usual.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_LOW_PRIORITY)
public final class SimulatorLogging extends ContextAwareBase implements Configurator {

    /** The environment variable that sets the level of the simulator's own loggers. */
    public static final String LEVEL_VARIABLE = "BSA_LOG_LEVEL";
    /** The layout of a line: time, level, logger, message. */
    static final String PATTERN = "%d{HH:mm:ss.SSS} %-5level %logger{24} - %msg%n";

    private static final String OWN_LOGGERS = "dev.bsa";
    /** Libraries whose WARN is still noise: jOOQ's start-up banner. */
    private static final Map<String, Level> LIBRARY_LEVELS = Map.of("org.jooq.Constants", Level.OFF);

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (userConfigurationPresent()) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();
        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setName("CONSOLE");
        console.setEncoder(encoder);
        console.start();

        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(console);
        context.getLogger(OWN_LOGGERS).setLevel(ownLevel(System.getenv(LEVEL_VARIABLE)));
        LIBRARY_LEVELS.forEach((name, level) -> context.getLogger(name).setLevel(level));
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** The level of the simulator's own loggers for a value of {@code BSA_LOG_LEVEL}: INFO when unset or unknown. */
    static Level ownLevel(String variable) {
        if (variable == null || variable.isBlank()) {
            return Level.INFO;
        }
        return Level.toLevel(variable.strip().toUpperCase(Locale.ROOT), Level.INFO);
    }

    private static boolean userConfigurationPresent() {
        if (System.getProperty("logback.configurationFile") != null) {
            return true;
        }
        ClassLoader loader = SimulatorLogging.class.getClassLoader();
        return loader.getResource("logback-test.xml") != null || loader.getResource("logback.xml") != null;
    }
}
