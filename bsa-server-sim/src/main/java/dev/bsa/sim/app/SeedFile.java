package dev.bsa.sim.app;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.bsa.sim.application.model.Seed;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads seed files into a {@link Seed}: JSON when the name ends in {@code .json}, YAML otherwise
 * (and JSON that YAML cannot read, such as JSON indented with tabs, is read as JSON), checked against
 * {@link SeedSchema} first. Every mistake is reported as an {@link IllegalArgumentException} whose
 * message starts with the file's name and names the place in the file; nothing of a bad seed is ever applied.
 */
public final class SeedFile {

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private SeedFile() {}

    /** The seed in {@code input}; {@code name} (a file name) chooses the format and starts every error message. */
    public static Seed read(InputStream input, String name) {
        return read(input, name, true);
    }

    /**
     * The seed built into the simulator (the demo seed): read as any other, without the schema check, which the
     * build makes instead ({@code SeedSchemaTest}): loading the schema costs a quarter of a second of a cold start.
     */
    static Seed readBuiltIn(InputStream input, String name) {
        return read(input, name, false);
    }

    private static Seed read(InputStream input, String name, boolean checkSchema) {
        String text;
        try {
            text = new String(input.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new IllegalArgumentException(name + " cannot be read: " + unreadable.getMessage(), unreadable);
        }
        boolean json = name.toLowerCase(Locale.ROOT).endsWith(".json");
        SeedDocument document;
        try {
            JsonNode tree = tree(text, json);
            if (tree == null || tree.isMissingNode() || tree.isNull()) {
                return Seed.empty();
            }
            // The tree is checked against the seed's JSON Schema before it is bound: the schema is the one account of
            // the format, for JSON and YAML alike, and its paths name the place of a mistake in the file.
            if (checkSchema) {
                SeedSchema.problem(tree).ifPresent(problem -> {
                    throw new IllegalArgumentException(name + ": " + problem);
                });
            }
            document = (json ? JSON : YAML).treeToValue(tree, SeedDocument.class);
        } catch (JacksonException malformed) {
            throw new IllegalArgumentException(name + " is not a valid seed: " + describe(malformed), malformed);
        }
        try {
            return document.toSeed();
        } catch (IllegalArgumentException mistake) {
            throw new IllegalArgumentException(name + ": " + mistake.getMessage(), mistake);
        }
    }

    private static JsonNode tree(String text, boolean json) throws JacksonException {
        if (json) {
            return JSON.readTree(stripByteOrderMark(text));
        }
        try {
            return YAML.readTree(text);
        } catch (JacksonException notYaml) {
            return readAsJson(text).orElseThrow(() -> notYaml);
        }
    }

    private static Optional<JsonNode> readAsJson(String text) {
        String content = stripByteOrderMark(text).strip();
        if (!content.startsWith("{")) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(JSON.readTree(content));
        } catch (JacksonException notJsonEither) {
            return Optional.empty();
        }
    }

    private static String stripByteOrderMark(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** The problem in the seed's own terms: the field's path and what was expected, or the line of a syntax error. */
    private static String describe(JacksonException problem) {
        if (problem instanceof UnrecognizedPropertyException unknown) {
            return "unknown field " + path(unknown) + " (known: " + sorted(unknown.getKnownPropertyIds()) + ")";
        }
        if (problem instanceof MismatchedInputException mismatch
                && mismatch.getTargetType() != null
                && !mismatch.getPath().isEmpty()) {
            return path(mismatch) + " must be " + expected(mismatch.getTargetType());
        }
        JsonLocation where = problem.getLocation();
        String position = where == null || where.getLineNr() < 1
                ? ""
                : " (line " + where.getLineNr() + ", column " + where.getColumnNr() + ")";
        return headline(String.valueOf(problem.getOriginalMessage())) + position;
    }

    /** The parser's message without the quoted source lines that YAML adds (they are indented). */
    private static String headline(String message) {
        return Arrays.stream(message.split("\\R"))
                .filter(line -> !line.isBlank() && !Character.isWhitespace(line.charAt(0)))
                .collect(Collectors.joining("; "));
    }

    private static String path(JsonMappingException problem) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference step : problem.getPath()) {
            if (step.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(step.getFieldName());
            } else {
                path.append('[').append(step.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String expected(Class<?> type) {
        if (CharSequence.class.isAssignableFrom(type)) {
            return "text";
        }
        if (type == Long.class || type == Integer.class || type == long.class || type == int.class) {
            return "a whole number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        return "a mapping of fields";
    }

    private static String sorted(Collection<Object> names) {
        return names.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
    }
}
