package dev.bsa.sim.adapter.in.http;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Enum values on the wire are their exact, upper-case names: one rule for every field that takes one. */
final class ExactNames {

    private ExactNames() {}

    /** The constant of {@code type} named exactly {@code name}; 2002 naming {@code field} and every allowed value otherwise. */
    static <E extends Enum<E>> E of(Class<E> type, String name, String field) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        throw RequestRejected.badInput(field + " must be one of " + allowed(type) + ", was \"" + name + "\"");
    }

    /** Every name of {@code type}, comma-separated. */
    static <E extends Enum<E>> String allowed(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
