package dev.bsa.archfixture.domain.port.out;

/** Well-behaved driven port: an interface. */
public interface SessionStore {

    boolean contains(String id);
}
