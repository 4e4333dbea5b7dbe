package dev.bsa.sim.adapter.in.phone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.bsa.domain.error.ErrorCode;
import dev.bsa.domain.error.Result;
import dev.bsa.domain.model.AuthMethod;
import dev.bsa.domain.model.AuthSession;
import dev.bsa.domain.model.ClientKey;
import dev.bsa.domain.model.PushNotification;
import dev.bsa.domain.model.SessionId;
import dev.bsa.domain.model.UserKey;
import dev.bsa.domain.port.in.DeviceCommand;
import dev.bsa.sim.application.model.AuthenticatorEnrolment;
import dev.bsa.sim.application.model.Outcome;
import dev.bsa.sim.application.model.PhoneAnswering;
import dev.bsa.sim.application.model.PhoneAnswering.Mode;
import dev.bsa.sim.application.port.in.ArrangeOutcomeUseCase;
import dev.bsa.sim.application.port.in.ManageDevicesUseCase;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The phones that answer by themselves, through the same use cases a person's phone uses. */
class SimulatedPhonesTest {

    private static final long WAIT_SECONDS = 60;

    private final Map<UserKey, PhoneAnswering> behaviours = new ConcurrentHashMap<>();
    private final BlockingQueue<Answer> answers = new LinkedBlockingQueue<>();
    private final SimulatedPhones phones = new SimulatedPhones(
            new BehavioursOnly(behaviours),
            new NothingArranged(),
            command -> answered("approve", command),
            command -> answered("reject", command));

    @AfterEach
    void closePhones() {
        phones.close();
    }

    @Test
    void anAutoApprovingPhone_approvesThePushItReceived() throws InterruptedException {
        PushNotification push = pushTo("bob", Mode.AUTO_APPROVE, Duration.ZERO);

        phones.onPush(push);

        assertThat(answers.poll(WAIT_SECONDS, TimeUnit.SECONDS))
                .isEqualTo(new Answer("approve", "bob", push.session().value()));
    }

    @Test
    void anAutoRejectingPhone_rejectsThePushItReceived() throws InterruptedException {
        PushNotification push = pushTo("carol", Mode.AUTO_REJECT, Duration.ZERO);

        phones.onPush(push);

        assertThat(answers.poll(WAIT_SECONDS, TimeUnit.SECONDS))
                .isEqualTo(new Answer("reject", "carol", push.session().value()));
    }

    @Test
    void manualAndNeverAnsweringPhones_leaveThePushAlone() throws InterruptedException {
        phones.onPush(pushTo("alice", Mode.MANUAL, Duration.ZERO));
        phones.onPush(pushTo("dave", Mode.NEVER_ANSWER, Duration.ZERO));
        phones.onPush(pushTo("bob", Mode.AUTO_APPROVE, Duration.ZERO));

        assertThat(answers.poll(WAIT_SECONDS, TimeUnit.SECONDS))
                .extracting(Answer::user)
                .isEqualTo("bob");
        assertThat(phones.stop(TimeUnit.SECONDS.toMillis(WAIT_SECONDS)))
                .as("every answer given")
                .isTrue();
        assertThat(answers).as("nothing from alice's or dave's phone").isEmpty();
    }

    @Test
    void aPhoneWithoutABehaviour_isManual() throws InterruptedException {
        phones.onPush(push("erin"));
        phones.onPush(pushTo("bob", Mode.AUTO_APPROVE, Duration.ZERO));

        assertThat(answers.poll(WAIT_SECONDS, TimeUnit.SECONDS))
                .extracting(Answer::user)
                .isEqualTo("bob");
    }

    @Test
    void anAutoAnsweringPhone_waitsItsDelay_inRealTime_beforeAnswering() throws InterruptedException {
        long before = System.nanoTime();

        phones.onPush(pushTo("bob", Mode.AUTO_APPROVE, Duration.ofMillis(150)));

        assertThat(answers.poll(WAIT_SECONDS, TimeUnit.SECONDS)).isNotNull();
        assertThat(System.nanoTime() - before)
                .as("never before its delay")
                .isGreaterThanOrEqualTo(Duration.ofMillis(150).toNanos());
    }

    @Test
    void theBehaviour_isReadWhenThePushArrives() throws InterruptedException {
        behaviours.put(new UserKey("bob"), new PhoneAnswering(Mode.AUTO_APPROVE, Duration.ZERO));
        phones.onPush(push("bob"));
        assertThat(answers.poll(WAIT_SECONDS, TimeUnit.SECONDS))
                .extracting(Answer::kind)
                .isEqualTo("approve");

        behaviours.put(new UserKey("bob"), new PhoneAnswering(Mode.AUTO_REJECT, Duration.ZERO));
        phones.onPush(push("bob"));

        assertThat(answers.poll(WAIT_SECONDS, TimeUnit.SECONDS))
                .extracting(Answer::kind)
                .isEqualTo("reject");
    }

    @Test
    void afterClosing_aPushIsIgnored_ratherThanFailingTheSender() {
        phones.close();

        assertThatCode(() -> phones.onPush(pushTo("bob", Mode.AUTO_APPROVE, Duration.ZERO)))
                .doesNotThrowAnyException();
        assertThat(answers).isEmpty();
    }

    private PushNotification pushTo(String user, Mode mode, Duration delay) {
        behaviours.put(new UserKey(user), new PhoneAnswering(mode, delay));
        return push(user);
    }

    private static PushNotification push(String user) {
        return new PushNotification(
                new SessionId("0123456789abcdef0123456789abcdef"),
                new UserKey(user),
                new ClientKey("demo-client-key"),
                "Demo Shop",
                AuthMethod.PUSH,
                Instant.parse("2026-03-02T09:01:00Z"));
    }

    private Result<AuthSession> answered(String kind, DeviceCommand command) {
        answers.add(new Answer(kind, command.user().value(), command.sessionId()));
        return Result.reject(ErrorCode.AUTH_TIMEOUT, "not a real session");
    }

    /** One answer a phone gave. */
    private record Answer(String kind, String user, String session) {}

    /** No outcome is arranged: every phone behaves as usual. */
    private static final class NothingArranged implements ArrangeOutcomeUseCase {

        @Override
        public List<Outcome> catalogue() {
            return List.of();
        }

        @Override
        public Result<Arrangement> arrangeNext(Outcome outcome, Optional<UserKey> user, Optional<ClientKey> client) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean answerArranged(PushNotification push) {
            return false;
        }
    }

    /** The phones' behaviours in a map (users without one are manual); nothing else of the use case is needed. */
    private record BehavioursOnly(Map<UserKey, PhoneAnswering> behaviours) implements ManageDevicesUseCase {

        @Override
        public PhoneAnswering behaviour(UserKey user) {
            return behaviours.getOrDefault(user, PhoneAnswering.manual());
        }

        @Override
        public Result<String> issueToken(UserKey user) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Result<String> registerToken(UserKey user, String rawToken) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean unregister(UserKey user) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<UserKey> authenticate(String rawToken) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<AuthSession> pending(UserKey user) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Result<AuthenticatorEnrolment> enrolment(UserKey user) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Result<PhoneAnswering> setBehaviour(UserKey user, PhoneAnswering behaviour) {
            throw new UnsupportedOperationException();
        }
    }
}
