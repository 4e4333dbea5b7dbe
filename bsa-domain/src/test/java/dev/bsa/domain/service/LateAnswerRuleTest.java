package dev.bsa.domain.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bsa.domain.error.ErrorCode;
import dev.bsa.domain.error.Result;
import dev.bsa.domain.model.AuthSession;
import dev.bsa.domain.model.AuthStatus;
import dev.bsa.domain.model.Client;
import dev.bsa.domain.model.User;
import dev.bsa.domain.port.in.SessionStarted;
import dev.bsa.domain.testing.Phone;
import dev.bsa.domain.testing.TestBsa;
import java.time.Duration;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rule: whoever acts on a login after its deadline learns that it timed out (5001), whether the sweeper has
 * already ended it or not: the phone starting, approving or rejecting it, the website cancelling it.
 */
class LateAnswerRuleTest {

    private final TestBsa bsa = new TestBsa();
    private Client shop;
    private Phone phone;
    private SessionStarted started;

    @BeforeEach
    void aliceHasALivePushLogin() {
        shop = bsa.givenClientForEveryMethod("shop");
        User alice = bsa.givenLinkedUser("alice", shop);
        phone = bsa.phone(alice);
        started = bsa.website(shop).requestPush(alice).value();
    }

    static Stream<Arguments> lateActions() {
        return Stream.of(
                Arguments.of(
                        "the phone opens it", (Function<LateAnswerRuleTest, Result<?>>) t -> t.phone.start(t.started)),
                Arguments.of("the phone approves it", (Function<LateAnswerRuleTest, Result<?>>)
                        t -> t.phone.approve(t.started)),
                Arguments.of("the phone rejects it", (Function<LateAnswerRuleTest, Result<?>>)
                        t -> t.phone.reject(t.started)),
                Arguments.of("the website cancels it by channel", (Function<LateAnswerRuleTest, Result<?>>)
                        t -> t.bsa.website(t.shop).cancel(t.started)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lateActions")
    void afterTheDeadline_beforeTheSweeper_theActionGets5001_andTheLoginEndsTimedOut(
            String action, Function<LateAnswerRuleTest, Result<?>> late) {
        bsa.clock().advance(Duration.ofSeconds(61));

        Result<?> result = late.apply(this);

        assertThat(result.errorCode()).isEqualTo(ErrorCode.AUTH_TIMEOUT);
        assertThat(bsa.session(started.session()).status()).isEqualTo(AuthStatus.AUTH_TIMEOUT);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lateActions")
    void afterTheSweeperEndedTheLogin_theActionStillGets5001_not5019(
            String action, Function<LateAnswerRuleTest, Result<?>> late) {
        bsa.clock().advance(Duration.ofSeconds(61));
        bsa.services().expireDue().expireDue();
        AuthSession ended = bsa.session(started.session());

        Result<?> result = late.apply(this);

        assertThat(result.errorCode()).isEqualTo(ErrorCode.AUTH_TIMEOUT);
        assertThat(bsa.session(started.session())).isEqualTo(ended);
    }
}
