package dev.bsa.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.library.Architectures;
import com.tngtech.archunit.library.Architectures.OnionArchitecture;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * {@link Architectures#onionArchitecture()} over a root package, with one adapter per package found
 * under {@code sim.adapter.in} and {@code sim.adapter.out} in the classes it evaluates: an adapter added
 * tomorrow is covered without editing the rule.
 */
final class AdapterDiscoveringOnion implements ArchRule {

    private static final String[] ADAPTER_DIRECTIONS = {"in", "out"};

    private final String root;
    private final Optional<String> overriddenDescription;

    AdapterDiscoveringOnion(String root) {
        this(root, Optional.empty());
    }

    private AdapterDiscoveringOnion(String root, Optional<String> overriddenDescription) {
        this.root = root;
        this.overriddenDescription = overriddenDescription;
    }

    @Override
    public void check(JavaClasses classes) {
        Assertions.check(this, classes);
    }

    @Override
    public EvaluationResult evaluate(JavaClasses classes) {
        OnionArchitecture onion = layers();
        for (String adapter : adaptersIn(classes)) {
            onion = onion.adapter(adapter, root + ".sim.adapter." + adapter + "..");
        }
        return onion.as(getDescription()).evaluate(classes);
    }

    /** The onion without its adapters; a fresh instance each time, since OnionArchitecture is mutable. */
    private OnionArchitecture layers() {
        return Architectures.onionArchitecture()
                .domainModels(root + ".domain.model..", root + ".domain.error..", root + ".sim.application.model..")
                .domainServices(root + ".domain.port..", root + ".sim.application.port..")
                .applicationServices(root + ".domain.service..", root + ".sim.application.service..")
                .withOptionalLayers(true)
                .ignoreDependency(resideInAnyPackage(outsideTheOnion()), alwaysTrue());
    }

    private String[] outsideTheOnion() {
        return new String[] {root + ".sim.app..", root + ".junit..", root + ".client..", root + ".web.."};
    }

    /** Adapter names such as {@code in.http} or {@code out.persistence}, one per package below the direction. */
    SortedSet<String> adaptersIn(JavaClasses classes) {
        SortedSet<String> adapters = new TreeSet<>();
        for (JavaClass javaClass : classes) {
            String packageName = javaClass.getPackageName();
            for (String direction : ADAPTER_DIRECTIONS) {
                String prefix = root + ".sim.adapter." + direction + ".";
                if (packageName.startsWith(prefix)) {
                    String rest = packageName.substring(prefix.length());
                    int dot = rest.indexOf('.');
                    adapters.add(direction + "." + (dot < 0 ? rest : rest.substring(0, dot)));
                }
            }
        }
        return adapters;
    }

    @Override
    public ArchRule because(String reason) {
        return as(getDescription() + ", because " + reason);
    }

    @Override
    public ArchRule allowEmptyShould(boolean allowEmptyShould) {
        return this; // every layer is optional already
    }

    @Override
    public ArchRule as(String newDescription) {
        return new AdapterDiscoveringOnion(root, Optional.of(newDescription));
    }

    @Override
    public String getDescription() {
        return overriddenDescription.orElseGet(() -> layers().getDescription() + System.lineSeparator()
                + "adapters: one per package under '" + root + ".sim.adapter.in.*' and '"
                + root + ".sim.adapter.out.*'" + System.lineSeparator()
                + "ignoring dependencies from " + String.join(", ", outsideTheOnion()));
    }

    @Override
    public String toString() {
        return getDescription();
    }
}
