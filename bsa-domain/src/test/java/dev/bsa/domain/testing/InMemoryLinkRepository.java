package dev.bsa.domain.testing;

import dev.bsa.domain.model.ClientKey;
import dev.bsa.domain.model.Link;
import dev.bsa.domain.model.UserKey;
import dev.bsa.domain.port.out.LinkRepository;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/** A {@link LinkRepository} in a sorted set, for tests. Thread-safe. */
public final class InMemoryLinkRepository implements LinkRepository {

    private static final Comparator<Link> BY_USER_THEN_CLIENT = Comparator.comparing(
                    (Link link) -> link.user().value())
            .thenComparing(link -> link.client().value());

    private final TreeSet<Link> links = new TreeSet<>(BY_USER_THEN_CLIENT);

    @Override
    public synchronized boolean isLinked(UserKey user, ClientKey client) {
        return links.contains(new Link(user, client));
    }

    @Override
    public synchronized void link(Link link) {
        links.add(link);
    }

    @Override
    public synchronized boolean unlink(Link link) {
        return links.remove(link);
    }

    @Override
    public synchronized List<Link> findAll() {
        return List.copyOf(links);
    }
}
