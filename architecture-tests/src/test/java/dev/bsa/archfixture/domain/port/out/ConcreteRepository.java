package dev.bsa.archfixture.domain.port.out;

import java.util.HashSet;
import java.util.Set;

/** Breaks "driven ports are interfaces": a concrete class in the driven ports' package. */
public class ConcreteRepository {

    private final Set<String> ids = new HashSet<>();

    public boolean contains(String id) {
        return ids.contains(id);
    }
}
