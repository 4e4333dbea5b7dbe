package dev.bsa.sim.control;

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
import dev.bsa.sim.control.port.PhoneBehaviour;
import dev.bsa.sim.control.port.PhoneBehaviour.Mode;
import dev.bsa.sim.control.port.PhoneBehaviourStore;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The phones that answer by themselves, through the same use cases a person's phone uses. */
class PhoneSimulatorTest {

    private static final long WAIT_SECONDS = 10;

    private final Map<UserKey, PhoneBehaviour> behaviours = new ConcurrentHashMap<>();
    private final BlockingQueue<Answer> answers = new LinkedBlockingQueue<>();
    private final PhoneSimulator phones = new PhoneSimulator(new MapStore(behaviours),
            command -> answered("approve", command), command -> answered("reject", command));

    @AfterEach
    void closePhones() {
        phones.close();
    }

    @Test
    void anAutoApprovingPhone_approvesThePushItReceived() throws InterruptedException {
        PushNotification push = pushTo("bob", Mode.AUTO_APPROVE, Duration.ZERO);

        phones.onPush(push);

        assertThat(answers.poll(WAIT_SECONDS, TimeUnit.SECONDS)).isEqualTo(new Answer("approve", "bob", push.session().value()));
    }

    @Test
    void anAutoRejectingPhone_rejectsThePushItReceived() throws InterruptedException {
        PushNotification push = pushTo("carol", Mode.AUTO_REJECT, Duration.ZERO);

        phones.onPush(push);

        assertThat(answers.poll(WAIT_SECONDS, TimeUnit.SECONDS)).isEqualTo(new Answer("reject", "carol", push.session().value()));
    }

    @Test
    void manualAndNeverAnsweringPhones_leaveThePushAlone() throws InterruptedException {
        phones.onPush(pushTo("alice", Mode.MANUAL, Duration.ZERO));
        phones.onPush(pushTo("dave", Mode.NEVER_ANSWER, Duration.ZERO));
        phones.onPush(pushTo("bob", Mode.AUTO_APPROVE, Duration.ZERO));

        assertThat(answers.poll(WAIT_SECONDS, TimeUnit.SECONDS)).extracting(Answer::user)
                .as("the phones answer in order on one thread: had alice's or dave's answered, it would come first")
                .isEqualTo("bob");
        assertThat(answers).isEmpty();
    }

    @Test
    void aPhoneWithoutABehaviour_isManual() throws InterruptedException {
        phones.onPush(push("erin"));
        phones.onPush(pushTo("bob", Mode.AUTO_APPROVE, Duration.ZERO));

        assertThat(answers.poll(WAIT_SECONDS, TimeUnit.SECONDS)).extracting(Answer::user).isEqualTo("bob");
    }

    @Test
    void anAutoAnsweringPhone_waitsItsDelay_inRealTime_beforeAnswering() throws InterruptedException {
        long before = System.nanoTime();

        phones.onPush(pushTo("bob", Mode.AUTO_APPROVE, Duration.ofMillis(150)));

        assertThat(answers.poll(WAIT_SECONDS, TimeUnit.SECONDS)).isNotNull();
        assertThat(System.nanoTime() - before).as("never before its delay").isGreaterThanOrEqualTo(Duration.ofMillis(150).toNanos());
    }

    @Test
    void theBehaviour_isReadWhenThePushArrives() throws InterruptedException {
        behaviours.put(new UserKey("bob"), new PhoneBehaviour(Mode.AUTO_APPROVE, Duration.ZERO));
        phones.onPush(push("bob"));
        assertThat(answers.poll(WAIT_SECONDS, TimeUnit.SECONDS)).extracting(Answer::kind).isEqualTo("approve");

        behaviours.put(new UserKey("bob"), new PhoneBehaviour(Mode.AUTO_REJECT, Duration.ZERO));
        phones.onPush(push("bob"));

        assertThat(answers.poll(WAIT_SECONDS, TimeUnit.SECONDS)).extracting(Answer::kind).isEqualTo("reject");
    }

    @Test
    void afterClosing_aPushIsIgnored_ratherThanFailingTheSender() {
        phones.close();

        assertThatCode(() -> phones.onPush(pushTo("bob", Mode.AUTO_APPROVE, Duration.ZERO))).doesNotThrowAnyException();
        assertThat(answers).isEmpty();
    }

    private PushNotification pushTo(String user, Mode mode, Duration delay) {
        behaviours.put(new UserKey(user), new PhoneBehaviour(mode, delay));
        return push(user);
    }

    private static PushNotification push(String user) {
        return new PushNotification(new SessionId("0123456789abcdef0123456789abcdef"), new UserKey(user),
                new ClientKey("demo-client-key"), "Demo Shop", AuthMethod.PUSH, Instant.parse("2026-03-02T09:01:00Z"));
    }

    private Result<AuthSession> answered(String kind, DeviceCommand command) {
        answers.add(new Answer(kind, command.user().value(), command.sessionId()));
        return Result.reject(ErrorCode.AUTH_TIMEOUT, "not a real session");
    }

    /** One answer a phone gave. */
    private record Answer(String kind, String user, String session) {
    }

    /** Behaviours in a map; users without one are manual, as the port says. */
    private record MapStore(Map<UserKey, PhoneBehaviour> behaviours) implements PhoneBehaviourStore {

        @Override
        public PhoneBehaviour find(UserKey user) {
            return behaviours.getOrDefault(user, PhoneBehaviour.manual());
        }

        @Override
        public void save(UserKey user, PhoneBehaviour behaviour) {
            behaviours.put(user, behaviour);
        }

        @Override
        public Map<UserKey, PhoneBehaviour> findAll() {
            return Map.copyOf(behaviours);
        }
    }
}
