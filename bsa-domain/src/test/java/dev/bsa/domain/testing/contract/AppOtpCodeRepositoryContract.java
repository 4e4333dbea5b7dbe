package dev.bsa.domain.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bsa.domain.model.AppOtpCode;
import dev.bsa.domain.model.UserKey;
import dev.bsa.domain.port.out.AppOtpCodeRepository;
import dev.bsa.domain.testing.Concurrently;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link AppOtpCodeRepository} adapter promises; extend it with an empty repository per
 * test. Every instant is passed explicitly.
 */
public abstract class AppOtpCodeRepositoryContract {

    private static final Instant T0 = Instant.parse("2026-01-15T09:00:00Z");
    private static final Duration VALIDITY = Duration.ofSeconds(60);

    private AppOtpCodeRepository repository;

    /** A new, empty repository. */
    protected abstract AppOtpCodeRepository newRepository();

    @BeforeEach
    void startEmpty() {
        repository = newRepository();
    }

    private static AppOtpCode code(String digits, String user, Instant issuedAt) {
        return new AppOtpCode(digits, new UserKey(user), issuedAt, issuedAt.plus(VALIDITY));
    }

    @Test
    void givenInsertedCode_find_returnsIt() {
        AppOtpCode code = code("123456", "alice", T0);

        assertThat(repository.insert(code)).isTrue();

        assertThat(repository.find("123456")).contains(code);
    }

    @Test
    void givenNothingInserted_find_isEmpty() {
        assertThat(repository.find("123456")).isEmpty();
    }

    @Test
    void givenValidCode_insertingSameDigits_isRefusedAndKeepsTheFirst() {
        AppOtpCode first = code("123456", "alice", T0);
        repository.insert(first);

        assertThat(repository.insert(code("123456", "bob", T0.plusSeconds(59)))).isFalse();

        assertThat(repository.find("123456")).contains(first);
    }

    @Test
    void givenExpiredCode_insertingSameDigits_succeedsAndReplacesIt() {
        repository.insert(code("123456", "alice", T0));
        AppOtpCode later = code("123456", "bob", T0.plus(VALIDITY));

        assertThat(repository.insert(later)).isTrue();

        assertThat(repository.find("123456")).contains(later);
    }

    @Test
    void givenExpiredCode_find_stillReturnsIt() {
        AppOtpCode code = code("123456", "alice", T0);
        repository.insert(code);

        assertThat(repository.find("123456")).contains(code);
        assertThat(repository.find("123456").orElseThrow().isValidAt(T0.plus(VALIDITY)))
                .isFalse();
    }

    @Test
    void givenValidCode_consume_removesItAndReportsTrueOnce() {
        repository.insert(code("123456", "alice", T0));

        assertThat(repository.consume("123456", T0.plusSeconds(59))).isTrue();
        assertThat(repository.consume("123456", T0.plusSeconds(59))).isFalse();
        assertThat(repository.find("123456")).isEmpty();
    }

    @Test
    void givenCodeAtItsExpiry_consume_reportsFalse() {
        repository.insert(code("123456", "alice", T0));

        assertThat(repository.consume("123456", T0.plus(VALIDITY))).isFalse();
    }

    @Test
    void givenUnknownDigits_consume_reportsFalse() {
        repository.insert(code("123456", "alice", T0));

        assertThat(repository.consume("654321", T0)).isFalse();
        assertThat(repository.find("123456")).isPresent();
    }

    @Test
    void givenCodesOfTwoUsers_deleteByUser_removesOnlyThatUsersCodes() {
        repository.insert(code("111111", "alice", T0));
        repository.insert(code("222222", "alice", T0.plusSeconds(1)));
        repository.insert(code("333333", "bob", T0));

        repository.deleteByUser(new UserKey("alice"));

        assertThat(repository.find("111111")).isEmpty();
        assertThat(repository.find("222222")).isEmpty();
        assertThat(repository.find("333333")).isPresent();
    }

    @Test
    void givenExpiredAndValidCodes_deleteExpired_removesThoseExpiredAtOrBeforeNowAndCountsThem() {
        repository.insert(code("111111", "alice", T0));
        repository.insert(code("222222", "bob", T0.plusSeconds(10)));
        repository.insert(code("333333", "carol", T0.plusSeconds(11)));
        Instant now = T0.plusSeconds(70);

        assertThat(repository.deleteExpired(now, 10)).isEqualTo(2);

        assertThat(repository.find("111111")).isEmpty();
        assertThat(repository.find("222222")).isEmpty();
        assertThat(repository.find("333333")).isPresent();
    }

    @Test
    void givenNothingExpired_deleteExpired_returnsZero() {
        repository.insert(code("111111", "alice", T0));

        assertThat(repository.deleteExpired(T0.plusSeconds(59), 10)).isZero();
        assertThat(repository.find("111111")).isPresent();
    }

    @Test
    void givenMoreExpiredCodesThanTheLimit_deleteExpired_removesExactlyTheLimitOldestFirst() {
        repository.insert(code("333333", "carol", T0.plusSeconds(2)));
        repository.insert(code("111111", "alice", T0));
        repository.insert(code("222222", "bob", T0.plusSeconds(1)));

        assertThat(repository.deleteExpired(T0.plusSeconds(120), 2)).isEqualTo(2);

        assertThat(repository.find("111111")).isEmpty();
        assertThat(repository.find("222222")).isEmpty();
        assertThat(repository.find("333333")).isPresent();
        assertThat(repository.deleteExpired(T0.plusSeconds(120), 2)).isEqualTo(1);
    }

    @Test
    void givenOneCode_fiftyThreadsConsumingIt_exactlyOneSucceeds() {
        repository.insert(code("123456", "alice", T0));

        List<Boolean> consumed = Concurrently.run(50, thread -> repository.consume("123456", T0.plusSeconds(1)));

        assertThat(consumed).containsOnlyOnce(true);
        assertThat(repository.find("123456")).isEmpty();
    }

    @Test
    void givenFiftyThreadsInsertingTheSameDigits_exactlyOneSucceeds() {
        List<Boolean> inserted = Concurrently.run(50, thread -> repository.insert(code("123456", "user" + thread, T0)));

        assertThat(inserted).containsOnlyOnce(true);
        int winner = inserted.indexOf(true);
        assertThat(repository.find("123456").orElseThrow().user()).isEqualTo(new UserKey("user" + winner));
    }
}
