package dev.bsa.sim.adapter.in.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Reads the text of one option (or of its environment variable) into a value, or refuses it with an
 * {@link IllegalArgumentException} whose message names the option, its variable, what it accepts and what it was
 * given: one line, the whole of what a user needs to correct it.
 */
final class OptionValues {

    private OptionValues() {}

    /** A whole number from {@code min} to {@code max}; {@code unit} (e.g. " seconds") follows the range. */
    static long wholeNumber(String option, String text, long min, long max, String unit) {
        String problem = option + " must be a whole number between " + min + " and " + max + unit + ", was " + text;
        long value;
        try {
            value = Long.parseLong(text.strip());
        } catch (NumberFormatException notANumber) {
            throw new IllegalArgumentException(problem, notANumber);
        }
        require(value >= min && value <= max, problem);
        return value;
    }

    /** An ISO-8601 instant such as {@code 2026-01-05T09:00:00Z}. */
    static Instant instant(String option, String text) {
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException notAnInstant) {
            throw new IllegalArgumentException(
                    option + " must be an ISO-8601 instant such as 2026-01-05T09:00:00Z, was " + text, notAnInstant);
        }
    }

    /** One of {@code choices}, in any case; returned in lower case. */
    static String choice(String option, String text, String... choices) {
        String given = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        for (String choice : choices) {
            if (choice.equals(given)) {
                return choice;
            }
        }
        throw new IllegalArgumentException(option + " must be " + String.join(" or ", choices) + ", was " + text);
    }

    /** A host name or IP address to listen on: no scheme, port, path or blank. */
    static String host(String option, String text) {
        String host = text == null ? "" : text.strip();
        require(
                host.matches("[A-Za-z0-9._-]+|\\[?[0-9A-Fa-f:.]+]?"),
                option + " must be a host name or IP address of this machine, such as 127.0.0.1 or 0.0.0.0, was '"
                        + text + "'");
        return host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
    }

    /** A JDBC URL of a database the simulator can use: H2 or PostgreSQL. */
    static String jdbcUrl(String option, String text) {
        String url = text.strip();
        String lower = url.toLowerCase(Locale.ROOT);
        require(
                lower.startsWith("jdbc:h2:") || lower.startsWith("jdbc:postgresql:"),
                option + " must be a JDBC URL starting with jdbc:h2: or jdbc:postgresql:, was " + text);
        return url;
    }

    /** An http:// or https:// URL without query or fragment; trailing slashes dropped. */
    static String baseUrl(String option, String text) {
        String url = text.strip();
        String problem = option + " must be an http:// or https:// URL, was " + text;
        try {
            URI parsed = new URI(url);
            require(
                    ("http".equalsIgnoreCase(parsed.getScheme()) || "https".equalsIgnoreCase(parsed.getScheme()))
                            && parsed.getHost() != null
                            && parsed.getQuery() == null
                            && parsed.getFragment() == null,
                    problem);
        } catch (URISyntaxException malformed) {
            throw new IllegalArgumentException(problem, malformed);
        }
        return url.replaceAll("/+$", "");
    }

    /** A bearer token: visible ASCII characters, no blank, as an {@code Authorization} header carries it. */
    static String token(String option, String text) {
        String token = text.strip();
        require(
                token.matches("[\\x21-\\x7E]{1,512}"),
                option + " must be 1 to 512 visible ASCII characters without spaces, was '" + text + "'");
        return token;
    }

    /** A file to write, in a directory that exists; the file itself may exist (it is replaced). */
    static Path fileToWrite(String option, String text) {
        String problem = option + " must name a file in an existing directory, was '" + text + "'";
        Path file;
        try {
            file = Path.of(text.strip()).toAbsolutePath();
        } catch (InvalidPathException malformed) {
            throw new IllegalArgumentException(problem, malformed);
        }
        require(!text.isBlank() && !Files.isDirectory(file), problem);
        require(file.getParent() != null && Files.isDirectory(file.getParent()), problem);
        return file;
    }

    static void require(boolean condition, String problem) {
        if (!condition) {
            throw new IllegalArgumentException(problem);
        }
    }
}
