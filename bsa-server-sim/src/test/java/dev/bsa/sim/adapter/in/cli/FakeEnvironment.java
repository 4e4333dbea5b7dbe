package dev.bsa.sim.adapter.in.cli;

import java.lang.reflect.AnnotatedElement;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Option;

/**
 * Environment variables for picocli's {@code ${env:NAME:-fallback}} option defaults, read from a
 * map instead of the process's environment (which a test must not change). Set it as the command
 * line's default value provider; an option whose variable is absent and has no fallback is left to
 * picocli (whose default is then empty, as long as the real environment has no {@code BSA_*} variable).
 */
final class FakeEnvironment implements CommandLine.IDefaultValueProvider {

    private static final Pattern ENV_DEFAULT = Pattern.compile("\\$\\{env:([A-Za-z_][A-Za-z0-9_]*)(?::-(.*))?}");

    private final Map<String, String> variables;

    FakeEnvironment(Map<String, String> variables) {
        this.variables = Map.copyOf(variables);
    }

    /** No variable set at all. */
    static FakeEnvironment empty() {
        return new FakeEnvironment(Map.of());
    }

    @Override
    public String defaultValue(ArgSpec argument) {
        return variableOf(argument)
                .map(matched -> variables.getOrDefault(matched.group(1), matched.group(2)))
                .orElse(null);
    }

    /** The environment variable an option's annotated default reads, if any. */
    static Optional<String> variableName(ArgSpec argument) {
        return variableOf(argument).map(matched -> matched.group(1));
    }

    private static Optional<Matcher> variableOf(ArgSpec argument) {
        return rawDefault(argument).map(ENV_DEFAULT::matcher).filter(Matcher::matches);
    }

    /** The default exactly as written in the {@link Option} annotation, before picocli interpolates it. */
    static Optional<String> rawDefault(ArgSpec argument) {
        if (!(argument.userObject() instanceof AnnotatedElement element)) {
            return Optional.empty();
        }
        return Optional.ofNullable(element.getAnnotation(Option.class))
                .map(Option::defaultValue)
                .filter(value -> !Option.NULL_VALUE.equals(value) && !value.startsWith("__no_default_value__"));
    }
}
