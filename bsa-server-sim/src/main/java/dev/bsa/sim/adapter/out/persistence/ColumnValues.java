package dev.bsa.sim.adapter.out.persistence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Column values in a state document: text, integers and booleans as themselves, instants in ISO-8601
 * UTC ({@code 2026-01-15T09:00:00.123456Z}), days as ISO dates.
 */
final class ColumnValues {

    private ColumnValues() {}

    static JsonNode write(Object value, JsonNodeFactory nodes) {
        if (value == null) {
            return nodes.nullNode();
        }
        if (value instanceof String text) {
            return nodes.textNode(text);
        }
        if (value instanceof Long number) {
            return nodes.numberNode(number);
        }
        if (value instanceof Integer number) {
            return nodes.numberNode(number);
        }
        if (value instanceof Boolean flag) {
            return nodes.booleanNode(flag);
        }
        if (value instanceof Instant || value instanceof LocalDate) {
            return nodes.textNode(value.toString());
        }
        throw new IllegalStateException(
                "no JSON form for a column of type " + value.getClass().getName());
    }

    static Object read(JsonNode node, Class<?> type, String where) {
        if (type == String.class && node.isTextual()) {
            return node.textValue();
        }
        if (type == Long.class && node.isIntegralNumber() && node.canConvertToLong()) {
            return node.longValue();
        }
        if (type == Integer.class && node.isIntegralNumber() && node.canConvertToInt()) {
            return node.intValue();
        }
        if (type == Boolean.class && node.isBoolean()) {
            return node.booleanValue();
        }
        try {
            if (type == Instant.class && node.isTextual()) {
                return Instant.parse(node.textValue());
            }
            if (type == LocalDate.class && node.isTextual()) {
                return LocalDate.parse(node.textValue());
            }
        } catch (DateTimeParseException e) {
            throw new RejectedDocument(where + " must be " + describe(type) + ", was \"" + node.textValue() + "\"");
        }
        throw new RejectedDocument(where + " must be " + describe(type));
    }

    private static String describe(Class<?> type) {
        if (type == Long.class || type == Integer.class) {
            return "an integer";
        }
        if (type == Boolean.class) {
            return "true or false";
        }
        if (type == Instant.class) {
            return "an ISO-8601 instant";
        }
        if (type == LocalDate.class) {
            return "an ISO-8601 date";
        }
        return "a string";
    }
}
