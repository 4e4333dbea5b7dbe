package dev.bsa.domain.service;

import static dev.bsa.domain.testing.AuthSessionBuilder.aPushSession;
import static dev.bsa.domain.testing.AuthSessionBuilder.completed;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bsa.domain.error.ErrorCode;
import dev.bsa.domain.model.AuthSession;
import dev.bsa.domain.model.AuthStatus;
import dev.bsa.domain.model.Client;
import dev.bsa.domain.model.IssuedTokens;
import dev.bsa.domain.model.Retention;
import dev.bsa.domain.model.SessionId;
import dev.bsa.domain.model.User;
import dev.bsa.domain.port.in.PurgeHistoryUseCase;
import dev.bsa.domain.port.in.PurgeHistoryUseCase.PurgedHistory;
import dev.bsa.domain.port.in.SessionStarted;
import dev.bsa.domain.testing.MutableClock;
import dev.bsa.domain.testing.TestBsa;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Rule: history the rules no longer need is deleted — ended sessions once the retention window has passed
 * since their deadline, TOTP counters of days before yesterday in the configured zone — and what they still
 * need is kept: live sessions, today's counters, the last accepted TOTP step.
 */
class RetentionRuleTest {

    private static final Retention ONE_HOUR = new Retention(Duration.ofHours(1));

    private final TestBsa bsa = new TestBsa(MutableClock.at(TestBsa.START.plusSeconds(30)));
    private final PurgeHistoryUseCase retention =
            BsaServices.purgeHistory(bsa.ports().drivenPorts(), ONE_HOUR);
    private Client shop;
    private User alice;

    @BeforeEach
    void aliceIsLinkedToTheShop() {
        shop = bsa.givenClientForEveryMethod("shop");
        alice = bsa.givenLinkedUser("alice", shop);
    }

    private SessionId completedPushLogin() {
        SessionStarted started = bsa.website(shop).requestPush(alice).value();
        bsa.phone(alice).approve(started).value();
        return started.session();
    }

    @Test
    void givenSessionWhoseDeadlinePassedMoreThanTheRetentionAgo_purge_deletesIt() {
        SessionId login = completedPushLogin();
        bsa.clock().advance(Duration.ofSeconds(60).plus(ONE_HOUR.window()).plusMillis(1));

        PurgedHistory purged = retention.purge();

        assertThat(purged.sessions()).isEqualTo(1);
        assertThat(bsa.sessions().findById(login)).isEmpty();
    }

    @Test
    void givenSessionWhoseDeadlinePassedExactlyTheRetentionAgo_purge_keepsIt() {
        SessionId login = completedPushLogin();
        bsa.clock().advance(Duration.ofSeconds(60).plus(ONE_HOUR.window()));

        assertThat(retention.purge().sessions()).isZero();
        assertThat(bsa.sessions().findById(login)).isPresent();
    }

    @Test
    void givenTotpLogin_itsStoredSessionKeepsNoTokens_forTheyWentBackInTheAnswerAndNoChannelWillAsk() {
        var login = bsa.website(shop)
                .requestTotp(alice, bsa.phone(alice).totpCode())
                .value();

        AuthSession stored = bsa.session(login.session());
        assertThat(stored.status()).isEqualTo(AuthStatus.AUTH_COMPLETED);
        assertThat(stored.tokens()).isEmpty();
        assertThat(login.tokens().accessToken()).isNotBlank();
    }

    @Test
    void givenCompletedPushLogin_itsStoredSessionKeepsTheTokensForItsChannel() {
        SessionId login = completedPushLogin();

        assertThat(bsa.session(login).tokens()).isPresent();
    }

    @Test
    void givenLiveSessionLongPastItsDeadline_purge_keepsIt() {
        SessionStarted live = bsa.website(shop).requestPush(alice).value();
        bsa.clock().advance(Duration.ofDays(3));

        assertThat(retention.purge().sessions()).isZero();
        assertThat(bsa.session(live.session()).isLive()).isTrue();
    }

    @Test
    void givenLiveSessionWithALongDeadline_purgeWithAShortRetention_keepsIt() {
        bsa.changeSettings(settings -> settings.withAuthDeadline(Duration.ofHours(1)));
        SessionStarted live = bsa.website(shop).requestPush(alice).value();
        bsa.clock().advance(Duration.ofMinutes(30));
        PurgeHistoryUseCase oneSecond =
                BsaServices.purgeHistory(bsa.ports().drivenPorts(), new Retention(Duration.ofSeconds(1)));

        assertThat(oneSecond.purge().sessions()).isZero();
        assertThat(bsa.session(live.session()).isLive()).isTrue();
    }

    @Test
    void givenDeletedSession_theUserLogsInAgain() {
        completedPushLogin();
        bsa.clock().advance(Duration.ofHours(2));
        retention.purge();

        assertThat(bsa.website(shop).requestPush(alice).isSuccess()).isTrue();
    }

    @Test
    void givenMoreEndedSessionsThanOneRunDeletes_onePurge_deletesExactlyOneRunsWorth() {
        int ended = PurgeHistoryService.MOST_SESSIONS_PER_RUN + 7;
        for (int user = 0; user < ended; user++) {
            AuthSession requested = aPushSession()
                    .forUser("user-" + user)
                    .createdAt(TestBsa.START)
                    .build();
            bsa.sessions().create(requested);
            bsa.sessions().replace(requested, completed(requested, new IssuedTokens("access", "refresh")));
        }
        bsa.clock().advance(Duration.ofHours(2));

        assertThat(retention.purge().sessions()).isEqualTo(PurgeHistoryService.MOST_SESSIONS_PER_RUN);
        assertThat(bsa.sessions().findRecent(ended)).hasSize(7);
        assertThat(retention.purge().sessions()).isEqualTo(7);
        assertThat(bsa.sessions().findRecent(ended)).isEmpty();
    }

    @Test
    void givenCountersOfTodayYesterdayAndBefore_purge_deletesOnlyThoseBeforeYesterday() {
        LocalDate today = LocalDate.ofInstant(bsa.clock().instant(), ZoneId.of("UTC"));
        countAttempt(today.minusDays(3));
        countAttempt(today.minusDays(2));
        countAttempt(today.minusDays(1));
        countAttempt(today);

        assertThat(retention.purge().totpCounters()).isEqualTo(2);

        assertThat(bsa.totpState().attempts(alice.key(), today.minusDays(2))).isZero();
        assertThat(bsa.totpState().attempts(alice.key(), today.minusDays(1))).isEqualTo(1);
        assertThat(bsa.totpState().attempts(alice.key(), today)).isEqualTo(1);
    }

    @Test
    void givenDayZoneAheadOfUtc_purge_keepsTheCountersOfThatZonesToday() {
        bsa.clock().set(Instant.parse("2026-01-15T16:00:00Z"));
        bsa.changeSettings(settings -> settings.withTotp(settings.totp().withDayZone(ZoneId.of("Asia/Seoul"))));
        countAttempt(LocalDate.of(2026, 1, 16));
        countAttempt(LocalDate.of(2026, 1, 15));
        countAttempt(LocalDate.of(2026, 1, 14));

        retention.purge();

        assertThat(bsa.totpState().attempts(alice.key(), LocalDate.of(2026, 1, 16)))
                .isEqualTo(1);
        assertThat(bsa.totpState().attempts(alice.key(), LocalDate.of(2026, 1, 15)))
                .isEqualTo(1);
        assertThat(bsa.totpState().attempts(alice.key(), LocalDate.of(2026, 1, 14)))
                .isZero();
    }

    @Test
    void givenDayZoneBehindUtc_purge_keepsTheCountersOfThatZonesYesterday() {
        bsa.clock().set(Instant.parse("2026-01-15T03:00:00Z"));
        bsa.changeSettings(
                settings -> settings.withTotp(settings.totp().withDayZone(ZoneId.of("America/Los_Angeles"))));
        countAttempt(LocalDate.of(2026, 1, 14));
        countAttempt(LocalDate.of(2026, 1, 13));
        countAttempt(LocalDate.of(2026, 1, 12));

        retention.purge();

        assertThat(bsa.totpState().attempts(alice.key(), LocalDate.of(2026, 1, 13)))
                .isEqualTo(1);
        assertThat(bsa.totpState().attempts(alice.key(), LocalDate.of(2026, 1, 12)))
                .isZero();
    }

    @Test
    void givenDailyLimitReachedToday_purge_stillRefusesTheNextAttemptWith5026() {
        bsa.changeSettings(settings -> settings.withTotp(settings.totp().withDailyLimit(1)));
        bsa.website(shop).requestTotp(alice, bsa.phone(alice).totpCode()).value();
        bsa.clock().advance(Duration.ofHours(2));

        retention.purge();

        assertThat(bsa.website(shop)
                        .requestTotp(alice, bsa.phone(alice).totpCode())
                        .errorCode())
                .isEqualTo(ErrorCode.TOTP_DAILY_LIMIT_EXCEEDED);
    }

    @Test
    void givenAcceptedCodeWhoseSessionWasDeleted_theSameCodeInItsWindow_isStillAReplay() {
        String code = bsa.phone(alice).totpCode();
        SessionId login = bsa.website(shop).requestTotp(alice, code).value().session();
        PurgeHistoryUseCase oneSecond =
                BsaServices.purgeHistory(bsa.ports().drivenPorts(), new Retention(Duration.ofSeconds(1)));
        bsa.clock().advance(Duration.ofSeconds(62));

        assertThat(oneSecond.purge().sessions()).isEqualTo(1);

        assertThat(bsa.sessions().findById(login)).isEmpty();
        assertThat(bsa.website(shop).requestTotp(alice, code).errorCode())
                .isEqualTo(ErrorCode.CODE_VERIFICATION_FAILED);
    }

    private void countAttempt(LocalDate day) {
        bsa.totpState().tryCountAttempt(alice.key(), day, 5);
    }
}
