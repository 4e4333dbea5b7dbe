package dev.bsa.domain.service;

import static dev.bsa.domain.testing.AuthSessionBuilder.aPushSession;
import static dev.bsa.domain.testing.AuthSessionBuilder.completed;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bsa.domain.model.AppOtpCode;
import dev.bsa.domain.model.AuthSession;
import dev.bsa.domain.model.IssuedTokens;
import dev.bsa.domain.model.UserKey;
import dev.bsa.domain.port.in.ExpireDueSessionsUseCase;
import dev.bsa.domain.testing.MutableClock;
import dev.bsa.domain.testing.TestBsa;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Rule: one sweep does at most a fixed amount of work whatever the history holds — it times out, erases and
 * removes at most one run's worth — and the next sweep goes on where it stopped.
 */
class SweeperWorkPerRunRuleTest {

    private static final IssuedTokens TOKENS = new IssuedTokens("access", "refresh");

    private final TestBsa bsa = new TestBsa(MutableClock.at(TestBsa.START));
    private final ExpireDueSessionsUseCase sweeper = bsa.services().expireDue();

    @Test
    void givenMoreDueSessionsThanOneRunTimesOut_oneSweep_timesOutExactlyOneRunsWorthAndTheNextTheRest() {
        storeSessions(ExpireDueSessionsService.MOST_EXPIRED_PER_RUN + 30, false);
        bsa.clock().advance(Duration.ofSeconds(62));

        assertThat(sweeper.expireDue()).isEqualTo(ExpireDueSessionsService.MOST_EXPIRED_PER_RUN);
        assertThat(bsa.sessions().findDue(bsa.clock().instant(), Integer.MAX_VALUE))
                .hasSize(30);
        assertThat(sweeper.expireDue()).isEqualTo(30);
        assertThat(bsa.sessions().findDue(bsa.clock().instant(), Integer.MAX_VALUE))
                .isEmpty();
    }

    @Test
    void givenMoreEndedSessionsWithTokensThanOneRunErases_oneSweep_erasesExactlyOneRunsWorthOldestFirst() {
        List<AuthSession> sessions = storeSessions(ExpireDueSessionsService.MOST_ERASED_PER_RUN + 3, true);
        bsa.clock().advance(Duration.ofHours(1));

        sweeper.expireDue();

        assertThat(sessions).filteredOn(this::holdsTokens).hasSize(3);
        assertThat(holdsTokens(sessions.get(0))).isFalse();
        assertThat(holdsTokens(sessions.get(sessions.size() - 1))).isTrue();
        sweeper.expireDue();
        assertThat(sessions).filteredOn(this::holdsTokens).isEmpty();
    }

    @Test
    void givenCompletedSessionBeforeItsDeadline_sweep_keepsItsTokensForDelivery() {
        AuthSession session = storeSessions(1, true).get(0);
        bsa.clock().advance(Duration.ofSeconds(59));

        sweeper.expireDue();

        assertThat(holdsTokens(session)).isTrue();
    }

    @Test
    void givenMoreExpiredCodesThanOneRunRemoves_oneSweep_removesExactlyOneRunsWorthAndKeepsValidCodes() {
        int expired = ExpireDueSessionsService.MOST_CODES_PER_RUN + 4;
        Instant start = bsa.clock().instant();
        for (int index = 0; index < expired; index++) {
            bsa.appOtpCodes().insert(code(index, start.plusMillis(index)));
        }
        bsa.clock().advance(Duration.ofSeconds(120));
        AppOtpCode valid = code(expired, bsa.clock().instant());
        bsa.appOtpCodes().insert(valid);

        sweeper.expireDue();

        assertThat(bsa.appOtpCodes().find(digits(0))).isEmpty();
        assertThat(bsa.appOtpCodes().find(digits(expired - 1))).isPresent();
        assertThat(bsa.appOtpCodes().find(valid.code())).contains(valid);
        assertThat(bsa.appOtpCodes().deleteExpired(bsa.clock().instant(), Integer.MAX_VALUE))
                .isEqualTo(4);
    }

    /** {@code count} push sessions created a millisecond apart, oldest first; completed with tokens or live. */
    private List<AuthSession> storeSessions(int count, boolean completedWithTokens) {
        Instant start = bsa.clock().instant();
        return IntStream.range(0, count)
                .mapToObj(index -> {
                    AuthSession requested = aPushSession()
                            .forUser("user-" + index)
                            .createdAt(start.plusMillis(index))
                            .build();
                    bsa.sessions().create(requested);
                    if (!completedWithTokens) {
                        return requested;
                    }
                    AuthSession done = completed(requested, TOKENS);
                    bsa.sessions().replace(requested, done);
                    return done;
                })
                .toList();
    }

    private boolean holdsTokens(AuthSession session) {
        return bsa.sessions().findById(session.id()).orElseThrow().tokens().isPresent();
    }

    private static AppOtpCode code(int index, Instant issuedAt) {
        return new AppOtpCode(digits(index), new UserKey("user-" + index), issuedAt, issuedAt.plusSeconds(60));
    }

    private static String digits(int index) {
        return String.format(Locale.ROOT, "%06d", index);
    }
}
