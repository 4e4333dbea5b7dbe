package dev.bsa.sim.adapter.in.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A JSON object from a request body, read field by field with type checks: a field of the wrong
 * type is a 2002 naming the field; an absent (or {@code null}) field is empty; unknown fields are
 * ignored.
 */
final class JsonBody {

    private final JsonNode node;
    private final String prefix;

    JsonBody(JsonNode node, String prefix) {
        this.node = node;
        this.prefix = prefix;
    }

    /** An empty object. */
    static JsonBody empty() {
        return new JsonBody(JsonNodeFactory.instance.objectNode(), "");
    }

    /** A string field; absent when missing or null. */
    Optional<String> text(String field) {
        return present(field).map(value -> {
            if (!value.isTextual()) {
                throw wrongType(field, "a string");
            }
            return value.asText();
        });
    }

    /** A string field that must be given. */
    String requiredText(String field) {
        return text(field).orElseThrow(() -> RequestRejected.badInput(name(field) + " is missing"));
    }

    /** A whole-number field (within the range of a long). */
    Optional<Long> wholeNumber(String field) {
        return present(field).map(value -> {
            if (!value.isIntegralNumber() || !value.canConvertToLong()) {
                throw wrongType(field, "a whole number");
            }
            return value.longValue();
        });
    }

    /** A whole-number field within the range of an int. */
    Optional<Integer> smallNumber(String field) {
        return present(field).map(value -> {
            if (!value.isIntegralNumber() || !value.canConvertToInt()) {
                throw wrongType(field, "a whole number between " + Integer.MIN_VALUE + " and " + Integer.MAX_VALUE);
            }
            return value.intValue();
        });
    }

    /** A boolean field. */
    Optional<Boolean> bool(String field) {
        return present(field).map(value -> {
            if (!value.isBoolean()) {
                throw wrongType(field, "true or false");
            }
            return value.booleanValue();
        });
    }

    /** A list-of-strings field. */
    Optional<List<String>> texts(String field) {
        return present(field).map(value -> {
            if (!value.isArray()) {
                throw wrongType(field, "an array of strings");
            }
            List<String> items = new ArrayList<>();
            for (JsonNode item : value) {
                if (!item.isTextual()) {
                    throw wrongType(field, "an array of strings");
                }
                items.add(item.asText());
            }
            return items;
        });
    }

    /** A nested object field. */
    Optional<JsonBody> object(String field) {
        return present(field).map(value -> {
            if (!value.isObject()) {
                throw wrongType(field, "an object");
            }
            return new JsonBody(value, name(field) + ".");
        });
    }

    /** True when the field is given with a non-null value. */
    boolean has(String field) {
        return present(field).isPresent();
    }

    private Optional<JsonNode> present(String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value);
    }

    private String name(String field) {
        return prefix + field;
    }

    private RequestRejected wrongType(String field, String expected) {
        return RequestRejected.badInput(name(field) + " must be " + expected);
    }
}
