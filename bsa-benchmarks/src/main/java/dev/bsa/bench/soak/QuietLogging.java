package dev.bsa.bench.soak;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

/** The soak tools log warnings only, the simulator's own INFO lines too (the jar's logback.xml keeps those). */
final class QuietLogging {

    private QuietLogging() {}

    static void warningsOnly() {
        if (LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof Logger root) {
            root.setLevel(Level.WARN);
        }
    }
}
