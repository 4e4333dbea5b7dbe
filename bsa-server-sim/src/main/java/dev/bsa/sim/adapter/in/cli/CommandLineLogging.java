package dev.bsa.sim.adapter.in.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.FilterReply;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;

/**
 * The logging of the runnable jars, set up by their command line and nowhere else: the simulator's own
 * messages at the level of {@code --log-level} ({@code BSA_LOG_LEVEL}, INFO by default), libraries at WARN,
 * one line per event on the console. A simulator embedded in someone else's JVM (the JUnit extension, the
 * web demo's tests) never comes here, so the host's logging stays the host's.
 *
 * <p>A configuration of the user's own wins: with the system property {@code logback.configurationFile}, or
 * a {@code logback.xml} (or {@code logback-test.xml}) on the class path, Logback reads that file as usual and
 * this class changes nothing.
 */
final class CommandLineLogging {

    /** The layout of a line: time, level, logger, message. */
    static final String PATTERN = "%d{HH:mm:ss.SSS} %-5level %logger{24} - %msg%n";
    /** The levels {@code --log-level} takes. */
    static final String LEVELS = "TRACE, DEBUG, INFO, WARN, ERROR or OFF";

    private static final String OWN_LOGGERS = "dev.bsa";
    /** Libraries whose WARN is still noise: jOOQ's start-up banner. */
    private static final Map<String, Level> LIBRARY_LEVELS = Map.of("org.jooq.Constants", Level.OFF);

    private CommandLineLogging() {}

    /** The level a value of {@code --log-level} names (any case, surrounding blanks ignored); empty for anything else. */
    static Optional<Level> level(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String name = text.strip().toUpperCase(Locale.ROOT);
        return switch (name) {
            case "TRACE", "DEBUG", "INFO", "WARN", "ERROR", "OFF" -> Optional.of(Level.toLevel(name));
            default -> Optional.empty();
        };
    }

    /**
     * Configures Logback for the command: the simulator's loggers at {@code ownLevel}, the rest at WARN;
     * nothing when the user has a configuration file or Logback is not the logging back-end.
     */
    static void configure(Level ownLevel) {
        ILoggerFactory factory = LoggerFactory.getILoggerFactory();
        if (!(factory instanceof LoggerContext context) || userConfigurationPresent()) {
            return;
        }
        context.reset();
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
        context.getLogger(OWN_LOGGERS).setLevel(ownLevel);
        LIBRARY_LEVELS.forEach((name, level) -> context.getLogger(name).setLevel(level));
        if (ownLevel.isGreaterOrEqual(Level.INFO)) {
            StartFailureAlreadyReported filter = new StartFailureAlreadyReported();
            filter.setContext(context);
            filter.start();
            context.addTurboFilter(filter);
        }
    }

    /**
     * Drops the web server's own ERROR line about a start that failed: the command reports that failure itself, in
     * one line on standard error (with its cause in the log at DEBUG).
     */
    static final class StartFailureAlreadyReported extends TurboFilter {

        /** The logger and the start of the message dropped. */
        static final String LOGGER = "io.javalin.Javalin";

        static final String MESSAGE = "Failed to start Javalin";

        @Override
        public FilterReply decide(
                Marker marker, Logger logger, Level level, String format, Object[] params, Throwable thrown) {
            return LOGGER.equals(logger.getName()) && format != null && format.startsWith(MESSAGE)
                    ? FilterReply.DENY
                    : FilterReply.NEUTRAL;
        }
    }

    private static boolean userConfigurationPresent() {
        return System.getProperty("logback.configurationFile") != null
                || CommandLineLogging.class.getClassLoader().getResource("logback.xml") != null
                || CommandLineLogging.class.getClassLoader().getResource("logback-test.xml") != null;
    }
}
