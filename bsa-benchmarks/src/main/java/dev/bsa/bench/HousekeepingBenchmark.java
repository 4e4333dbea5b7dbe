package dev.bsa.bench;

import dev.bsa.domain.model.Retention;
import dev.bsa.domain.port.in.ExpireDueSessionsUseCase;
import dev.bsa.domain.port.out.DrivenPorts;
import dev.bsa.domain.service.BsaServices;
import dev.bsa.domain.testing.FakeTokenIssuer;
import dev.bsa.domain.testing.HmacTotpCodeGenerator;
import dev.bsa.domain.testing.MutableClock;
import dev.bsa.domain.testing.ScriptedChannelGateway;
import dev.bsa.domain.testing.ScriptedNodeVerifier;
import dev.bsa.domain.testing.ScriptedPushGateway;
import dev.bsa.domain.testing.SequentialKeySource;
import dev.bsa.sim.adapter.out.event.AuditTrail;
import dev.bsa.sim.adapter.out.persistence.Database;
import dev.bsa.sim.adapter.out.persistence.JooqAppOtpCodeRepository;
import dev.bsa.sim.adapter.out.persistence.JooqAuditLog;
import dev.bsa.sim.adapter.out.persistence.JooqClientRepository;
import dev.bsa.sim.adapter.out.persistence.JooqLinkRepository;
import dev.bsa.sim.adapter.out.persistence.JooqRefreshTokenStore;
import dev.bsa.sim.adapter.out.persistence.JooqSessionRepository;
import dev.bsa.sim.adapter.out.persistence.JooqSettingsRepository;
import dev.bsa.sim.adapter.out.persistence.JooqTotpStateRepository;
import dev.bsa.sim.adapter.out.persistence.JooqUserRepository;
import dev.bsa.sim.adapter.out.persistence.conversion.EpochMicrosConverter;
import dev.bsa.sim.app.SimulatorConfig;
import dev.bsa.sim.application.port.in.ApplyRetentionUseCase;
import dev.bsa.sim.application.port.in.ApplyRetentionUseCase.RetentionRun;
import dev.bsa.sim.application.service.ApplyRetentionService;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * What one run of each periodic job costs as the stored history grows: the deadline sweeper
 * ({@code ExpireDueSessionsService}, every 250 ms) and the retention job ({@link ApplyRetentionService},
 * every second), over the simulator's jOOQ adapters on H2 in memory, with {@code stored} ended sessions in
 * the retention window (4 audit entries and an unexpired refresh token each). Each job is measured with
 * nothing due (what every idle tick costs) and with a fixed batch of work made due before each run (100
 * token copies to erase and 20 sessions to time out; 100 sessions past retention with 400 audit entries,
 * 100 expired refresh tokens and 100 past-day TOTP counters). {@code formerTokenErase} is the statement
 * the sweeper ran before retention (an UPDATE over every ended session), on the same data.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@State(Scope.Thread)
public class HousekeepingBenchmark {

    private static final Instant NOW = Instant.parse("2026-01-15T12:00:00Z");
    private static final int AUDIT_PER_SESSION = 4;
    private static final int ERASABLE = 100;
    private static final int DUE = 20;
    private static final int PAST_RETENTION = 100;

    /** Ended sessions stored, all inside the retention window. */
    @Param({"1000", "100000"})
    public int stored;

    private Database database;
    private ExpireDueSessionsUseCase sweeper;
    private ApplyRetentionUseCase retention;
    private long nextKey;

    /** A fresh database holding {@code stored} ended sessions with their audit entries and refresh tokens. */
    @Setup(Level.Trial)
    public void fill() throws SQLException {
        database = Database.open(SimulatorConfig.inMemoryDatabase());
        var sql = database.dsl();
        MutableClock clock = MutableClock.at(NOW);
        JooqAuditLog audit = new JooqAuditLog(sql);
        JooqRefreshTokenStore refreshTokens = new JooqRefreshTokenStore(sql);
        DrivenPorts ports = new DrivenPorts(
                new JooqClientRepository(sql),
                new JooqUserRepository(sql),
                new JooqLinkRepository(sql),
                new JooqSessionRepository(sql),
                new JooqAppOtpCodeRepository(sql),
                new JooqTotpStateRepository(sql),
                new JooqSettingsRepository(sql),
                new SequentialKeySource(),
                new ScriptedPushGateway(),
                new ScriptedChannelGateway(),
                new ScriptedNodeVerifier(),
                new FakeTokenIssuer(),
                new AuditTrail(audit, clock),
                new HmacTotpCodeGenerator(),
                clock);
        sweeper = BsaServices.wire(ports).expireDue();
        Retention window = Retention.defaults();
        retention =
                new ApplyRetentionService(BsaServices.purgeHistory(ports, window), audit, refreshTokens, window, clock);
        Duration spread = window.window().minusMinutes(10);
        insert(
                stored,
                index -> NOW.minus(spread).plus(spread.multipliedBy(index).dividedBy(stored)),
                false,
                false);
    }

    /** Before each run with work: make one batch of it due. */
    @Setup(Level.Invocation)
    public void makeWorkDue(BenchmarkParams params) throws SQLException {
        if (params.getBenchmark().endsWith("sweepOneBatchOfWork")) {
            insert(ERASABLE, index -> NOW.minusSeconds(1 + index), true, false);
            insert(DUE, index -> NOW.minusSeconds(1 + index), false, true);
        } else if (params.getBenchmark().endsWith("retentionOneBatchOfWork")) {
            insert(PAST_RETENTION, index -> NOW.minus(Duration.ofHours(2)).minusSeconds(index), false, false);
            insertExpiredTokensAndPastCounters(PAST_RETENTION);
        }
    }

    /** After each sweep with work: the sessions it ended stay in the retention window; remove them. */
    @TearDown(Level.Invocation)
    public void forgetSweptSessions(BenchmarkParams params) throws SQLException {
        if (params.getBenchmark().endsWith("sweepOneBatchOfWork")) {
            execute("DELETE FROM AUTH_SESSION WHERE LIVE = FALSE AND EXPIRES_AT >= " + micros(NOW.minusSeconds(600))
                    + " AND EXPIRES_AT < " + micros(NOW));
            execute("DELETE FROM AUDIT_ENTRY WHERE SESSION_EXPIRES_AT >= " + micros(NOW.minusSeconds(600))
                    + " AND SESSION_EXPIRES_AT < " + micros(NOW));
        }
    }

    @TearDown(Level.Trial)
    public void close() {
        database.close();
    }

    /** One sweep with nothing due: the cost of every idle tick (4 a second). */
    @Benchmark
    public int sweepNothingDue() {
        return sweeper.expireDue();
    }

    /** One sweep that erases 100 token copies and times out 20 sessions. */
    @Benchmark
    public int sweepOneBatchOfWork() {
        return sweeper.expireDue();
    }

    /** One retention run with nothing due (one a second). */
    @Benchmark
    public RetentionRun retentionNothingDue() {
        return retention.applyRetention();
    }

    /** One retention run deleting 100 sessions, their 400 audit entries, 100 refresh tokens and 100 counters. */
    @Benchmark
    public RetentionRun retentionOneBatchOfWork() {
        return retention.applyRetention();
    }

    /** The sweeper's statement before retention: every ended session past its deadline, nothing to erase. */
    @Benchmark
    public int formerTokenErase() throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
                PreparedStatement update = connection.prepareStatement("UPDATE AUTH_SESSION SET ACCESS_TOKEN = NULL,"
                        + " REFRESH_TOKEN = NULL WHERE LIVE = FALSE AND EXPIRES_AT < ?"
                        + " AND (ACCESS_TOKEN IS NOT NULL OR REFRESH_TOKEN IS NOT NULL)")) {
            update.setLong(1, micros(NOW));
            return update.executeUpdate();
        }
    }

    /** The deadline of the session at an index. */
    private interface Deadlines {
        Instant of(int index);
    }

    /**
     * {@code count} TOTP sessions with the given deadlines and 4 audit entries and a refresh token each: ended
     * (completed; holding their token copy if {@code withTokens}), or live when {@code live}.
     */
    private void insert(int count, Deadlines deadlines, boolean withTokens, boolean live) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
                PreparedStatement session = connection.prepareStatement("INSERT INTO AUTH_SESSION (SESSION_ID,"
                        + " METHOD, CLIENT_KEY, USER_KEY, CREATED_AT, EXPIRES_AT, HISTORY, STATUS, LIVE,"
                        + " ACCESS_TOKEN, REFRESH_TOKEN, VERSION, LIVE_USER_KEY, TOKENS_ERASE_AT)"
                        + " VALUES (?, 'QR', 'shop', ?, ?, ?, ?, ?, ?, ?, ?, 1, NULL, ?)");
                PreparedStatement entry = connection.prepareStatement("INSERT INTO AUDIT_ENTRY (RECORDED_AT,"
                        + " SESSION_ID, METHOD, CLIENT_KEY, USER_KEY, STATUS, SEQ_NO, SESSION_EXPIRES_AT)"
                        + " VALUES (?, ?, 'QR', 'shop', ?, 'RequestAuth', ?, ?)");
                PreparedStatement token = connection.prepareStatement(
                        "INSERT INTO REFRESH_TOKEN VALUES" + " (?, ?, ?, 'shop', 'QR', ?, ?)")) {
            for (int index = 0; index < count; index++) {
                String id = String.format(Locale.ROOT, "%032x", ++nextKey);
                String user = "user-" + (nextKey % 200);
                long deadline = micros(deadlines.of(index));
                long created = deadline - 60_000_000L;
                session.setString(1, id);
                session.setString(2, user);
                session.setLong(3, created);
                session.setLong(4, deadline);
                session.setString(5, live ? "RequestAuth" : "RequestAuth,AuthCompleted");
                session.setString(6, live ? "RequestAuth" : "AuthCompleted");
                session.setBoolean(7, live);
                session.setString(8, withTokens ? "access-" + id : null);
                session.setString(9, withTokens ? "refresh-" + id : null);
                if (withTokens) {
                    session.setLong(10, deadline);
                } else {
                    session.setNull(10, Types.BIGINT);
                }
                session.addBatch();
                for (int sequence = 0; sequence < AUDIT_PER_SESSION; sequence++) {
                    entry.setLong(1, created + sequence);
                    entry.setString(2, id);
                    entry.setString(3, user);
                    entry.setInt(4, sequence);
                    entry.setLong(5, deadline);
                    entry.addBatch();
                }
                token.setString(1, String.format(Locale.ROOT, "%064x", nextKey));
                token.setString(2, id);
                token.setString(3, user);
                token.setLong(4, created);
                token.setLong(5, created + Duration.ofDays(14).toNanos() / 1000);
                token.addBatch();
                if (index % 1000 == 999) {
                    session.executeBatch();
                    entry.executeBatch();
                    token.executeBatch();
                }
            }
            session.executeBatch();
            entry.executeBatch();
            token.executeBatch();
        }
    }

    private void insertExpiredTokensAndPastCounters(int count) throws SQLException {
        LocalDate pastDay = LocalDate.ofInstant(NOW, ZoneOffset.UTC).minusDays(3);
        try (Connection connection = database.dataSource().getConnection();
                PreparedStatement token = connection.prepareStatement(
                        "INSERT INTO REFRESH_TOKEN VALUES" + " (?, 'expired', 'user', 'shop', 'TOTP', ?, ?)");
                PreparedStatement counter = connection.prepareStatement("INSERT INTO TOTP_ATTEMPT VALUES (?, ?, 1)")) {
            for (int index = 0; index < count; index++) {
                long key = ++nextKey;
                token.setString(1, String.format(Locale.ROOT, "%064x", key));
                token.setLong(2, micros(NOW.minus(Duration.ofDays(15))));
                token.setLong(3, micros(NOW.minusSeconds(1 + index)));
                token.addBatch();
                counter.setString(1, "user-" + key);
                counter.setDate(2, Date.valueOf(pastDay));
                counter.addBatch();
            }
            token.executeBatch();
            counter.executeBatch();
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static long micros(Instant instant) {
        return EpochMicrosConverter.toMicros(instant);
    }
}
