package dev.bsa.sim.adapter.out.persistence;

import dev.bsa.domain.error.Done;
import dev.bsa.domain.error.Result;
import dev.bsa.domain.model.Client;
import dev.bsa.domain.model.ClientKey;
import dev.bsa.domain.model.Link;
import dev.bsa.domain.model.Settings;
import dev.bsa.domain.model.User;
import dev.bsa.domain.model.UserKey;
import dev.bsa.domain.port.out.ClientRepository;
import dev.bsa.domain.port.out.LinkRepository;
import dev.bsa.domain.port.out.SettingsRepository;
import dev.bsa.domain.port.out.UserRepository;
import dev.bsa.sim.application.port.out.StateArchive;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Clients, users, links and the settings, kept in memory between logins, which read them on every call and change
 * them almost never. Used only where this process is the database's one writer ({@link Database#soleWriter()}: an
 * embedded H2 database); on a database that other processes write (PostgreSQL) every read goes to the database, so
 * a change made through one simulator is seen by the next request of every other.
 *
 * <p>Every write through the repositories this cache hands out, and every import, reset or seed, empties the whole
 * cache after it has committed. A read that started before a write committed may load the old row; it is kept only
 * if no write finished meanwhile (a generation count checked and stored under one lock), so the cache never holds a
 * row older than the last write. Simulators in one JVM on the same embedded database share one cache.
 */
public final class ReadMostlyCache {

    /** Beyond this many entries of one kind, reads are answered without being kept (the users of a big seed). */
    static final int MAX_ENTRIES = 100_000;

    private static final Map<String, Shared> BY_DATABASE = new ConcurrentHashMap<>();

    private final Map<ClientKey, Client> clients = new ConcurrentHashMap<>();
    private final Map<UserKey, User> users = new ConcurrentHashMap<>();
    private final Map<Link, Boolean> links = new ConcurrentHashMap<>();
    private final Map<Boolean, Settings> settings = new ConcurrentHashMap<>();
    private volatile long generation;

    ReadMostlyCache() {}

    /** The cache of the embedded database {@code key} names, shared while any simulator of this JVM has it open. */
    static ReadMostlyCache acquire(String key) {
        return BY_DATABASE
                .compute(
                        key, (name, shared) -> shared == null ? new Shared(new ReadMostlyCache(), 1) : shared.plusOne())
                .cache();
    }

    /** Gives back what {@link #acquire} gave; the last one to give it back drops it. */
    static void release(String key) {
        BY_DATABASE.computeIfPresent(key, (name, shared) -> shared.users() == 1 ? null : shared.minusOne());
    }

    private record Shared(ReadMostlyCache cache, int users) {
        Shared plusOne() {
            return new Shared(cache, users + 1);
        }

        Shared minusOne() {
            return new Shared(cache, users - 1);
        }
    }

    /** Forgets everything; called after every committed write of the cached tables. */
    synchronized void invalidate() {
        generation++;
        clients.clear();
        users.clear();
        links.clear();
        settings.clear();
    }

    private <K, V> Optional<V> read(Map<K, V> kept, K key, Function<K, Optional<V>> load) {
        V cached = kept.get(key);
        if (cached != null) {
            return Optional.of(cached);
        }
        long seen = generation;
        Optional<V> loaded = load.apply(key);
        loaded.ifPresent(value -> keep(kept, key, value, seen));
        return loaded;
    }

    private synchronized <K, V> void keep(Map<K, V> kept, K key, V value, long seen) {
        if (generation == seen && kept.size() < MAX_ENTRIES) {
            kept.put(key, value);
        }
    }

    private <T> T written(Supplier<T> write) {
        try {
            return write.get();
        } finally {
            invalidate();
        }
    }

    private void written(Runnable write) {
        written(() -> {
            write.run();
            return Done.DONE;
        });
    }

    /** {@code stored}, its lookups by key answered from memory. */
    public ClientRepository clients(ClientRepository stored) {
        Objects.requireNonNull(stored, "stored");
        return new ClientRepository() {
            @Override
            public Optional<Client> find(ClientKey key) {
                return read(clients, key, stored::find);
            }

            @Override
            public void save(Client client) {
                written(() -> stored.save(client));
            }

            @Override
            public boolean delete(ClientKey key) {
                return written(() -> stored.delete(key));
            }

            @Override
            public List<Client> findAll() {
                return stored.findAll();
            }
        };
    }

    /** {@code stored}, its lookups by key answered from memory. */
    public UserRepository users(UserRepository stored) {
        Objects.requireNonNull(stored, "stored");
        return new UserRepository() {
            @Override
            public Optional<User> find(UserKey key) {
                return read(users, key, stored::find);
            }

            @Override
            public void save(User user) {
                written(() -> stored.save(user));
            }

            @Override
            public boolean delete(UserKey key) {
                return written(() -> stored.delete(key));
            }

            @Override
            public List<User> findAll() {
                return stored.findAll();
            }
        };
    }

    /** {@code stored}, its "is linked" answered from memory. */
    public LinkRepository links(LinkRepository stored) {
        Objects.requireNonNull(stored, "stored");
        return new LinkRepository() {
            @Override
            public boolean isLinked(UserKey user, ClientKey client) {
                return read(links, new Link(user, client), link -> Optional.of(stored.isLinked(user, client)))
                        .orElseThrow();
            }

            @Override
            public void link(Link link) {
                written(() -> stored.link(link));
            }

            @Override
            public boolean unlink(Link link) {
                return written(() -> stored.unlink(link));
            }

            @Override
            public List<Link> findAll() {
                return stored.findAll();
            }
        };
    }

    /** {@code stored}, the current settings answered from memory. */
    public SettingsRepository settings(SettingsRepository stored) {
        Objects.requireNonNull(stored, "stored");
        return new SettingsRepository() {
            @Override
            public Settings current() {
                return read(settings, Boolean.TRUE, ignored -> Optional.of(stored.current()))
                        .orElseThrow();
            }

            @Override
            public void save(Settings next) {
                written(() -> stored.save(next));
            }
        };
    }

    /** {@code stored}, this cache emptied after every import, reset and seed. */
    public StateArchive archive(StateArchive stored) {
        Objects.requireNonNull(stored, "stored");
        return new StateArchive() {
            @Override
            public String exportJson() {
                return stored.exportJson();
            }

            @Override
            public Result<Optional<String>> importJson(String json) {
                return written(() -> stored.importJson(json));
            }

            @Override
            public void reset() {
                written(stored::reset);
            }

            @Override
            public void store(SeededState state) {
                written(() -> stored.store(state));
            }
        };
    }
}
