package dev.bsa.sim.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * The JSON Schema of seed files (the class path resource {@value #RESOURCE}, which the simulator also serves and
 * {@code docs/seed.schema.json} copies), and the check of a seed's parsed tree, JSON or YAML, against it. A problem is
 * told in the seed's own terms: the path of the value in the file, then what it must be, e.g.
 * {@code users[2].status: must be one of ACTIVE, UNAPPROVED, ..., was SLEEPING}.
 */
final class SeedSchema {

    /** Where the schema lies on the class path. */
    static final String RESOURCE = "/dev/bsa/sim/app/seed.schema.json";

    private static final Schema SCHEMA = load();

    private SeedSchema() {}

    /** The schema's text, as served and documented. */
    static byte[] bytes() {
        try (InputStream input = SeedSchema.class.getResourceAsStream(RESOURCE)) {
            if (input == null) {
                throw new IllegalStateException("the seed schema " + RESOURCE + " is missing from the class path");
            }
            return input.readAllBytes();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** The first thing wrong with {@code tree} (and how many more there are), or empty when it is a valid seed. */
    static Optional<String> problem(JsonNode tree) {
        List<Error> errors =
                SCHEMA.validate(tree, context -> context.executionConfig(config -> config.locale(Locale.ENGLISH)));
        if (errors.isEmpty()) {
            return Optional.empty();
        }
        String first = describe(errors.get(0));
        int more = errors.size() - 1;
        return Optional.of(more == 0 ? first : first + " (and " + more + " more problem" + (more == 1 ? ")" : "s)"));
    }

    private static String describe(Error error) {
        String path = path(error.getInstanceLocation());
        JsonNode rule = error.getSchemaNode();
        JsonNode value = error.getInstanceNode();
        return switch (error.getKeyword()) {
            case "required" -> join(path, error.getProperty()) + ": is required";
            case "additionalProperties" ->
                join(path, error.getProperty()) + ": is not a known field"
                        + known(error).map(names -> " (known: " + names + ")").orElse("");
            case "enum" -> path + ": must be one of " + upperCaseValues(rule) + was(value);
            case "type" -> path + ": must be " + typeName(rule.asText()) + was(value);
            case "minimum", "maximum" -> path + ": must be " + bounds(error, "minimum", "maximum", "") + was(value);
            case "minLength", "maxLength" ->
                path + ": must have " + bounds(error, "minLength", "maxLength", " characters") + was(value);
            case "pattern" -> path + ": must match " + rule.asText() + was(value);
            default -> path + ": " + error.getMessage();
        };
    }

    /** A path as the seed's author reads it: {@code users[2].status}, or {@code (the seed)} for the whole. */
    private static String path(NodePath location) {
        StringBuilder path = new StringBuilder();
        for (int index = 0; index < location.getNameCount(); index++) {
            Object element = location.getElement(index);
            if (element instanceof Integer position) {
                path.append('[').append(position).append(']');
            } else {
                path.append(path.length() == 0 ? "" : ".").append(element);
            }
        }
        return path.length() == 0 ? "(the seed)" : path.toString();
    }

    private static String join(String path, String property) {
        if (property == null) {
            return path;
        }
        return "(the seed)".equals(path) ? property : path + "." + property;
    }

    /** "between 1 and 3600", "at least 8" or "at most 200": the bounds the value's schema sets. */
    private static String bounds(Error error, String lower, String upper, String unit) {
        JsonNode rules = enclosing(error);
        if (rules.has(lower) && rules.has(upper)) {
            return "between " + rules.get(lower).asText() + " and "
                    + rules.get(upper).asText() + unit;
        }
        return rules.has(lower)
                ? "at least " + rules.get(lower).asText() + unit
                : "at most " + rules.path(upper).asText() + unit;
    }

    /** The schema object holding the keyword that failed. */
    private static JsonNode enclosing(Error error) {
        return SCHEMA.getSchemaNode()
                .at(pointer(error.getSchemaLocation().getFragment().getParent()));
    }

    /** The fields the object's schema defines (the sibling {@code properties} of {@code additionalProperties}). */
    private static Optional<String> known(Error error) {
        return Optional.of(enclosing(error).path("properties"))
                .filter(JsonNode::isObject)
                .map(properties -> StreamSupport.stream(
                                ((Iterable<String>) properties::fieldNames).spliterator(), false)
                        .sorted()
                        .collect(Collectors.joining(", ")));
    }

    private static String pointer(NodePath fragment) {
        StringBuilder pointer = new StringBuilder();
        for (int index = 0; index < fragment.getNameCount(); index++) {
            pointer.append('/').append(fragment.getName(index));
        }
        return pointer.toString();
    }

    /** An enum's values as written in upper case (the lower-case spellings it also lists are the same values). */
    private static String upperCaseValues(JsonNode values) {
        return StreamSupport.stream(values.spliterator(), false)
                .map(JsonNode::asText)
                .filter(text -> text.equals(text.toUpperCase(Locale.ROOT)))
                .collect(Collectors.joining(", "));
    }

    private static String typeName(String type) {
        return switch (type) {
            case "integer" -> "a whole number";
            case "string" -> "text";
            case "boolean" -> "true or false";
            case "array" -> "a list";
            case "object" -> "a mapping of fields";
            default -> type;
        };
    }

    private static String was(JsonNode value) {
        return value != null && value.isValueNode() ? ", was " + value.asText() : "";
    }

    private static Schema load() {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(new String(bytes(), StandardCharsets.UTF_8), InputFormat.JSON);
    }
}
