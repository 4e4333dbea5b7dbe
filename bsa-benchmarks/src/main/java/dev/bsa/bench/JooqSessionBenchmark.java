package dev.bsa.bench;

import dev.bsa.domain.model.AuthMethod;
import dev.bsa.domain.model.AuthSession;
import dev.bsa.domain.model.ChannelKey;
import dev.bsa.domain.model.ClientKey;
import dev.bsa.domain.model.SessionId;
import dev.bsa.domain.model.UserKey;
import dev.bsa.domain.port.out.SaveOutcome;
import dev.bsa.sim.adapter.out.persistence.Database;
import dev.bsa.sim.adapter.out.persistence.JooqSessionRepository;
import dev.bsa.sim.app.SimulatorConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The simulator's session storage ({@link JooqSessionRepository}: jOOQ over HikariCP over H2 in memory,
 * migrated, as the simulator opens it by default): inserting a new live session, reading one by
 * id among {@value #PRELOADED}, and the compare-and-set update every status change makes. Each
 * iteration starts on a fresh database, so the table does not grow from one iteration to the next.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@State(Scope.Thread)
public class JooqSessionBenchmark {

    /** Sessions in the table before each iteration. */
    public static final int PRELOADED = 5_000;

    private static final Instant NOW = Instant.parse("2026-01-15T09:00:00Z");
    private static final ClientKey SHOP = new ClientKey("demo-client-key");

    private Database database;
    private JooqSessionRepository sessions;
    private SessionId[] preloaded;
    private AuthSession updated;
    private long nextKey;
    private int nextRead;

    /** A fresh in-memory database holding {@value #PRELOADED} live push sessions of as many users. */
    @Setup(Level.Iteration)
    public void openDatabase() {
        database = Database.open(SimulatorConfig.inMemoryDatabase());
        sessions = new JooqSessionRepository(database.dsl());
        preloaded = new SessionId[PRELOADED];
        for (int i = 0; i < PRELOADED; i++) {
            AuthSession session = newLiveSession();
            require(sessions.create(session));
            preloaded[i] = session.id();
        }
        updated = sessions.findById(preloaded[0]).orElseThrow();
    }

    /** Shuts the database down. */
    @TearDown(Level.Iteration)
    public void closeDatabase() {
        database.close();
    }

    /** INSERT of a new live push session (a user who has none). */
    @Benchmark
    public SaveOutcome create() {
        return require(sessions.create(newLiveSession()));
    }

    /** SELECT of one stored session by its id, mapped back to the domain's record. */
    @Benchmark
    public Optional<AuthSession> findById() {
        nextRead = nextRead == PRELOADED - 1 ? 0 : nextRead + 1;
        return sessions.findById(preloaded[nextRead]);
    }

    /** UPDATE ... WHERE id = ? AND version = ?: the next version of one session. */
    @Benchmark
    public AuthSession replace() {
        AuthSession next = updated.atVersion(updated.version() + 1);
        require(sessions.replace(updated, next));
        updated = next;
        return next;
    }

    private AuthSession newLiveSession() {
        long key = ++nextKey;
        String hex = HexFormat.of().toHexDigits(key) + HexFormat.of().toHexDigits(key);
        return AuthSession.requested(
                new SessionId(hex),
                AuthMethod.PUSH,
                SHOP,
                Optional.of(new UserKey("user-" + key)),
                Optional.of(new ChannelKey(new StringBuilder(hex).reverse().toString())),
                Optional.empty(),
                NOW,
                Duration.ofSeconds(60));
    }

    private static SaveOutcome require(SaveOutcome outcome) {
        if (outcome != SaveOutcome.SAVED) {
            throw new IllegalStateException("the repository answered " + outcome);
        }
        return outcome;
    }
}
