package dev.bsa.domain.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bsa.domain.error.ErrorCode;
import dev.bsa.domain.model.AuthMethod;
import dev.bsa.domain.model.Client;
import dev.bsa.domain.model.User;
import dev.bsa.domain.model.UserStatus;
import dev.bsa.domain.testing.MutableClock;
import dev.bsa.domain.testing.Phone;
import dev.bsa.domain.testing.TestBsa;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Rule: at most 5 TOTP attempts per user per calendar day (in the configured zone) reach code
 * verification; the sixth gets 5026 even with a right code; attempts refused earlier do not count.
 */
class TotpDailyLimitRuleTest {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    private final TestBsa bsa = new TestBsa(MutableClock.at(TestBsa.START.plusSeconds(30)));
    private Client shop;
    private User alice;
    private Phone phone;

    @BeforeEach
    void aliceIsLinkedToTheShop() {
        shop = bsa.givenClient("shop", AuthMethod.TOTP);
        alice = bsa.givenLinkedUser("alice", shop);
        phone = bsa.phone(alice);
    }

    private ErrorCode attemptWithWrongCode() {
        return bsa.website(shop).requestTotp(alice, phone.wrongTotpCode()).errorCode();
    }

    private void failTimes(int attempts) {
        for (int i = 0; i < attempts; i++) {
            assertThat(attemptWithWrongCode()).isEqualTo(ErrorCode.CODE_VERIFICATION_FAILED);
        }
    }

    private boolean rightCodeIsAccepted() {
        return bsa.website(shop).requestTotp(alice, phone.totpCode()).isSuccess();
    }

    private int attemptsToday() {
        return bsa.totpState()
                .attempts(alice.key(), LocalDate.ofInstant(bsa.clock().instant(), ZoneOffset.UTC));
    }

    @Test
    void givenFiveWrongAttemptsToday_sixthAttemptWithTheRightCode_reports5026() {
        failTimes(5);

        assertThat(bsa.website(shop).requestTotp(alice, phone.totpCode()).errorCode())
                .isEqualTo(ErrorCode.TOTP_DAILY_LIMIT_EXCEEDED);
        assertThat(bsa.totpState().lastAcceptedStep(alice.key())).isEmpty();
    }

    @Test
    void givenFourWrongAttemptsToday_fifthAttemptWithTheRightCode_isAccepted() {
        failTimes(4);

        assertThat(rightCodeIsAccepted()).isTrue();
        assertThat(attemptsToday()).isEqualTo(5);
    }

    @Test
    void givenFiveAttemptsIncludingASuccess_sixthAttempt_reports5026() {
        failTimes(4);
        rightCodeIsAccepted();
        bsa.clock().advance(Duration.ofMinutes(1));

        assertThat(bsa.website(shop).requestTotp(alice, phone.totpCode()).errorCode())
                .isEqualTo(ErrorCode.TOTP_DAILY_LIMIT_EXCEEDED);
    }

    @Test
    void givenLimitReached_refusedAttempt_isRecordedAsFailedWith5026() {
        failTimes(5);
        attemptWithWrongCode();

        assertThat(bsa.sessions().findRecent(1))
                .singleElement()
                .satisfies(attempt -> assertThat(attempt.error()).contains(ErrorCode.TOTP_DAILY_LIMIT_EXCEEDED));
    }

    @Test
    void givenLimitConfiguredToTwo_thirdAttempt_reports5026() {
        bsa.changeSettings(settings -> settings.withTotp(settings.totp().withDailyLimit(2)));
        failTimes(2);

        assertThat(bsa.website(shop).requestTotp(alice, phone.totpCode()).errorCode())
                .isEqualTo(ErrorCode.TOTP_DAILY_LIMIT_EXCEEDED);
    }

    @Test
    void givenLimitReachedByAlice_bob_canStillLogIn() {
        User bob = bsa.givenLinkedUser("bob", shop);
        failTimes(5);

        assertThat(bsa.website(shop).requestTotp(bob, bsa.phone(bob).totpCode()).isSuccess())
                .isTrue();
    }

    @Test
    void givenAttemptsRefusedWith5006WhileSuspended_theyAreNotCounted() {
        bsa.changeStatus(alice, UserStatus.TEMPORARILY_SUSPENDED);
        for (int i = 0; i < 6; i++) {
            assertThat(attemptWithWrongCode()).isEqualTo(ErrorCode.USER_TEMPORARILY_SUSPENDED);
        }
        bsa.changeStatus(alice, UserStatus.ACTIVE);

        assertThat(attemptsToday()).isZero();
        failTimes(4);
        assertThat(rightCodeIsAccepted()).isTrue();
    }

    @Test
    void givenAttemptsRefusedWith2008WithoutASecret_theyAreNotCounted() {
        User bob = bsa.givenUserWithoutTotpSecret("bob");
        bsa.link(bob, shop);
        for (int i = 0; i < 6; i++) {
            assertThat(bsa.website(shop).requestTotp(bob, "123456").errorCode()).isEqualTo(ErrorCode.UNREGISTERED_USER);
        }

        assertThat(bsa.totpState()
                        .attempts(bob.key(), LocalDate.ofInstant(bsa.clock().instant(), ZoneOffset.UTC)))
                .isZero();
    }

    @Test
    void givenAttemptsRefusedWith2002Or3201_theyAreNotCounted() {
        for (int i = 0; i < 3; i++) {
            assertThat(bsa.website(shop).requestTotp(alice, "12ab56").errorCode())
                    .isEqualTo(ErrorCode.INVALID_PARAMETER);
        }
        Client bank = bsa.givenClient("bank", AuthMethod.TOTP);
        for (int i = 0; i < 3; i++) {
            assertThat(bsa.website(bank).requestTotp(alice, phone.totpCode()).errorCode())
                    .isEqualTo(ErrorCode.CLIENT_NOT_LINKED);
        }

        assertThat(attemptsToday()).isZero();
    }

    @Test
    void givenUtcDays_attemptsAt2359And0001_countOnDifferentDays() {
        bsa.clock().set(Instant.parse("2026-01-15T23:59:00Z"));
        failTimes(5);

        bsa.clock().set(Instant.parse("2026-01-16T00:01:00Z"));

        assertThat(rightCodeIsAccepted()).isTrue();
    }

    @Test
    void givenSeoulDays_attemptsAt2359And0001SeoulTime_countOnDifferentDays() {
        bsa.changeSettings(settings -> settings.withTotp(settings.totp().withDayZone(SEOUL)));
        bsa.clock().set(Instant.parse("2026-01-15T14:59:00Z"));
        failTimes(5);

        bsa.clock().set(Instant.parse("2026-01-15T15:01:00Z"));

        assertThat(rightCodeIsAccepted()).isTrue();
        assertThat(bsa.totpState().attempts(alice.key(), LocalDate.of(2026, 1, 15)))
                .isEqualTo(5);
        assertThat(bsa.totpState().attempts(alice.key(), LocalDate.of(2026, 1, 16)))
                .isEqualTo(1);
    }

    @Test
    void givenSeoulDays_attemptsEitherSideOfUtcMidnight_countOnTheSameSeoulDay() {
        bsa.changeSettings(settings -> settings.withTotp(settings.totp().withDayZone(SEOUL)));
        bsa.clock().set(Instant.parse("2026-01-15T23:59:00Z"));
        failTimes(5);

        bsa.clock().set(Instant.parse("2026-01-16T00:01:00Z"));

        assertThat(bsa.website(shop).requestTotp(alice, phone.totpCode()).errorCode())
                .isEqualTo(ErrorCode.TOTP_DAILY_LIMIT_EXCEEDED);
        assertThat(bsa.totpState().attempts(alice.key(), LocalDate.of(2026, 1, 16)))
                .isEqualTo(5);
    }
}
