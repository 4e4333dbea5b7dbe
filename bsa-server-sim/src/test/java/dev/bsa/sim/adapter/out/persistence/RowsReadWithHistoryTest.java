package dev.bsa.sim.adapter.out.persistence;

import static dev.bsa.domain.testing.AuthSessionBuilder.aPushSession;
import static dev.bsa.domain.testing.AuthSessionBuilder.aTotpSession;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bsa.domain.error.ErrorCode;
import dev.bsa.domain.model.AuthEvent;
import dev.bsa.domain.model.AuthSession;
import dev.bsa.domain.model.IssuedTokens;
import dev.bsa.domain.model.UserKey;
import dev.bsa.domain.testing.AuthSessionBuilder;
import dev.bsa.domain.testing.TestBsa;
import dev.bsa.sim.application.model.AuditEntry;
import dev.bsa.sim.application.model.TokenHash;
import dev.bsa.sim.application.port.out.RefreshTokenStore.RefreshTokenRecord;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.junit.jupiter.api.Test;

/**
 * The queries a login and the periodic housekeeping run read as many rows with a long history as with a short
 * one: each is answered through an index that skips the stored history, so their cost stays flat as sessions,
 * audit entries and tokens accumulate (until retention removes them). H2's {@code EXPLAIN ANALYZE} counts the
 * rows each query read; the same calls are made on a database holding 50 ended logins and on one holding 2,000.
 */
class RowsReadWithHistoryTest {

    private static final Instant NOW = TestBsa.START;
    private static final LocalDate TODAY = LocalDate.ofInstant(NOW, ZoneOffset.UTC);
    private static final Pattern SCAN_COUNT = Pattern.compile("scanCount: (\\d+)");

    @Test
    void everyQueryOfALoginAndOfHousekeepingReadsAsManyRowsWhateverTheHistoryHolds() {
        Map<String, Long> shortHistory = rowsReadWith(50);
        Map<String, Long> longHistory = rowsReadWith(2_000);

        assertThat(longHistory).isEqualTo(shortHistory);
    }

    /** Rows read by each query of the calls below, on a database holding {@code endedLogins} of each kind. */
    private static Map<String, Long> rowsReadWith(int endedLogins) {
        try (Database database = TestDatabases.freshInMemory()) {
            JooqSessionRepository history = new JooqSessionRepository(database.dsl());
            JooqAuditLog historyLog = new JooqAuditLog(database.dsl());
            JooqRefreshTokenStore historyTokens = new JooqRefreshTokenStore(database.dsl());
            JooqTotpStateRepository historyAttempts = new JooqTotpStateRepository(database.dsl());
            for (int login = 0; login < endedLogins; login++) {
                AuthSession completed = storeEndedLogins(history, historyLog, login);
                historyTokens.save(new RefreshTokenRecord(
                        TokenHash.of("refresh-" + login),
                        completed.id(),
                        completed.user().orElseThrow(),
                        completed.client(),
                        completed.method(),
                        NOW,
                        NOW.plus(Duration.ofDays(1))));
                historyAttempts.tryCountAttempt(completed.user().orElseThrow(), TODAY, 10);
            }
            AuthSession live = aPushSession().forUser("live").createdAt(NOW).build();
            history.create(live);

            Map<String, Long> rowsRead = new LinkedHashMap<>();
            DSLContext watched = watching(
                    database.dsl(),
                    select -> rowsRead.merge(
                            select.replaceAll("'[^']*'|\\d+", "?"), rowsReadBy(database.dsl(), select), Long::sum));
            JooqSessionRepository sessions = new JooqSessionRepository(watched);
            JooqAuditLog audit = new JooqAuditLog(watched);
            sessions.findLiveByUser(new UserKey("live"));
            sessions.findLiveByUser(new UserKey("nobody"));
            sessions.findById(live.id());
            sessions.findByChannelKey(live.channelKey().orElseThrow());
            sessions.findDue(NOW, 100);
            sessions.eraseTokensExpiredBefore(NOW, 100);
            sessions.deleteEndedBefore(NOW, 100);
            audit.deleteOfSessionsExpiredBefore(NOW, 100);
            new JooqRefreshTokenStore(watched).deleteExpired(NOW, 100);
            new JooqTotpStateRepository(watched).deleteAttemptsBefore(TODAY, 100);
            new JooqAppOtpCodeRepository(watched).deleteExpired(NOW, 100);
            return rowsRead;
        }
    }

    /** A refused and a completed TOTP login of one user, ended, due for retention only after {@link #NOW}. */
    private static AuthSession storeEndedLogins(JooqSessionRepository sessions, JooqAuditLog audit, int login) {
        String user = "user-" + login;
        AuthSession refused =
                ended(aTotpSession().forUser(user), new AuthEvent.Refused(ErrorCode.CODE_VERIFICATION_FAILED));
        AuthSession completed = ended(
                aTotpSession().forUser(user),
                new AuthEvent.TotpVerified(new IssuedTokens("access-" + login, "refresh-" + login)));
        for (AuthSession session : List.of(refused, completed)) {
            sessions.create(session);
            audit.append(new AuditEntry(
                    NOW,
                    session.id(),
                    session.method(),
                    session.client(),
                    session.user(),
                    session.status(),
                    0,
                    Optional.empty(),
                    session.expiresAt()));
        }
        return completed;
    }

    private static AuthSession ended(AuthSessionBuilder builder, AuthEvent event) {
        return builder.createdAt(NOW)
                .deadline(Duration.ofMinutes(5))
                .build()
                .applyAll(List.of(event))
                .value();
    }

    /** {@code dsl} reporting each SELECT it runs, with its bind values inlined. */
    private static DSLContext watching(DSLContext dsl, Consumer<String> selects) {
        ExecuteListener listener = new ExecuteListener() {
            @Override
            public void executeStart(ExecuteContext context) {
                if (context.query() != null) {
                    String sql = dsl.renderInlined(context.query());
                    if (sql.startsWith("select")) {
                        selects.accept(sql);
                    }
                }
            }
        };
        return dsl.configuration()
                .derive(new DefaultExecuteListenerProvider(listener))
                .dsl();
    }

    /** The rows H2 reads to answer {@code select} (the sum of the plan's scan counts). */
    private static long rowsReadBy(DSLContext dsl, String select) {
        String plan = String.valueOf(dsl.fetchValue("explain analyze " + select));
        Matcher counts = SCAN_COUNT.matcher(plan);
        long rows = 0;
        while (counts.find()) {
            rows += Long.parseLong(counts.group(1));
        }
        return rows;
    }
}
