package dev.bsa.sim.application.service;

import static dev.bsa.sim.adapter.in.support.RunningSimulator.DEMO_CLIENT;
import static dev.bsa.sim.adapter.in.support.RunningSimulator.START;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bsa.domain.error.ErrorCode;
import dev.bsa.domain.model.AuthSession;
import dev.bsa.domain.model.AuthStatus;
import dev.bsa.domain.model.SessionId;
import dev.bsa.domain.model.UserKey;
import dev.bsa.sim.adapter.in.support.ApiResponse;
import dev.bsa.sim.adapter.in.support.RunningSimulator;
import dev.bsa.sim.adapter.in.support.Scenarios;
import dev.bsa.sim.application.model.AuditEntry;
import dev.bsa.sim.application.model.PhoneAnswering;
import dev.bsa.sim.application.model.SimEvent;
import dev.bsa.sim.application.port.in.ManageStateUseCase.SigningKeyOnImport;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The control plane of a running simulator, in process: state round trips, the record of what happened, phones, tokens. */
class ControlPlaneTest {

    @RegisterExtension
    static final RunningSimulator sim = new RunningSimulator();

    private final Scenarios steps = new Scenarios(sim);

    @Test
    void exportResetImport_bringsBackExactlyTheSameState_andEverythingInItStillWorks() {
        ApiResponse started = steps.pushStarted("alice");
        steps.answer("alice", started.text("sessionId"), "approve");
        String refreshToken = steps.poll(started.text("channelKey")).text("refreshToken");
        String totpCode = steps.totpCode("bob");
        assertThat(totp("bob", totpCode).status()).isEqualTo(200);
        steps.pushStarted("dave");
        String ivansPhone =
                sim.control().devices().issueToken(new UserKey("ivan")).value();
        sim.control()
                .devices()
                .setBehaviour(new UserKey("erin"), new PhoneAnswering(PhoneAnswering.Mode.AUTO_REJECT, Duration.ZERO));
        steps.admin("PUT", "/api/v1/admin/settings")
                .json("{\"authDeadlineSeconds\":45}")
                .send();
        String exported = sim.control().state().export();

        sim.control().state().reset();
        assertThat(sim.control().state().export()).isNotEqualTo(exported);
        assertThat(sim.control()
                        .state()
                        .importState(exported, SigningKeyOnImport.KEPT)
                        .isSuccess())
                .isTrue();

        assertThat(sim.control().state().export()).isEqualTo(exported);
        assertThat(sim.api()
                        .post("/api/v1/tokens/refresh")
                        .client(DEMO_CLIENT)
                        .json("{\"refreshToken\":\"" + refreshToken + "\"}")
                        .send()
                        .status())
                .isEqualTo(200);
        assertThat(totp("bob", totpCode).rtCode())
                .as("the accepted step came back: a replay")
                .isEqualTo(3005);
        assertThat(steps.push("dave").rtCode()).as("dave's login is live again").isEqualTo(2010);
        assertThat(sim.api().get("/api/v1/device/me").device(ivansPhone).send().text("userKey"))
                .isEqualTo("ivan");
        assertThat(sim.control().devices().behaviour(new UserKey("erin")).mode())
                .isEqualTo(PhoneAnswering.Mode.AUTO_REJECT);
        assertThat(sim.control().settings().current().authDeadline()).isEqualTo(Duration.ofSeconds(45));
    }

    @Test
    void theAuditLogAndTheEventStream_recordEachStatusOfASession_inTheOrderItHappened() {
        long eventsBefore = lastEventId();
        SessionId session = new SessionId(steps.pushStarted("alice").text("sessionId"));
        steps.advanceSeconds(2);
        steps.answer("alice", session.value(), "start");
        steps.advanceSeconds(3);
        steps.answer("alice", session.value(), "reject");

        AuthSession stored = sim.control().inspection().session(session).orElseThrow();
        List<AuditEntry> audit = sim.control().inspection().auditOf(session);
        assertThat(audit).extracting(AuditEntry::status).containsExactlyElementsOf(stored.history());
        assertThat(audit)
                .extracting(AuditEntry::sequence)
                .containsExactlyElementsOf(
                        IntStream.range(0, stored.history().size()).boxed().toList());
        assertThat(audit)
                .extracting(AuditEntry::at)
                .isSorted()
                .startsWith(START)
                .endsWith(START.plusSeconds(5));
        assertThat(audit).last().satisfies(end -> {
            assertThat(end.status()).isEqualTo(AuthStatus.AUTH_FAILED);
            assertThat(end.error()).contains(ErrorCode.AUTH_REJECTED);
        });
        assertThat(audit.subList(0, audit.size() - 1))
                .extracting(AuditEntry::error)
                .containsOnly(Optional.empty());

        List<SimEvent.Numbered> numbered = sim.control().events().recent().stream()
                .filter(event -> event.id() > eventsBefore)
                .toList();
        List<SimEvent.StatusChanged> statusEvents = numbered.stream()
                .map(SimEvent.Numbered::event)
                .filter(SimEvent.StatusChanged.class::isInstance)
                .map(SimEvent.StatusChanged.class::cast)
                .filter(event -> session.value().equals(event.sessionId()))
                .toList();
        assertThat(statusEvents)
                .extracting(SimEvent.StatusChanged::status)
                .containsExactlyElementsOf(
                        stored.history().stream().map(AuthStatus::wireName).toList());
        assertThat(numbered).extracting(SimEvent.Numbered::id).isSorted();
        assertThat(statusEvents)
                .last()
                .satisfies(end -> assertThat(end.errorCode()).contains(5010));
    }

    @Test
    void anAutoApprovingPhone_answersAfterItsDelayInRealTime_whileTheVirtualClockStandsStill()
            throws InterruptedException {
        sim.control()
                .devices()
                .setBehaviour(
                        new UserKey("alice"),
                        new PhoneAnswering(PhoneAnswering.Mode.AUTO_APPROVE, Duration.ofMillis(50)));

        String channel = steps.pushStarted("alice").text("channelKey");

        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        ApiResponse polled = steps.poll(channel);
        while (!"AuthCompleted".equals(polled.text("status"))) {
            assertThat(System.nanoTime()).as("approved within 60 s: %s", polled).isLessThan(deadline);
            Thread.sleep(20);
            polled = steps.poll(channel);
        }
        assertThat(sim.control().time().now())
                .as("the virtual clock never moved")
                .isEqualTo(START);
    }

    @Test
    void aPhonesToken_cannotBeRegisteredForAnotherUser() {
        UserKey bob = new UserKey("bob");

        assertThat(sim.control()
                        .devices()
                        .registerToken(bob, "demo-device-alice")
                        .errorCode())
                .isEqualTo(ErrorCode.INVALID_PARAMETER);

        assertThat(sim.control().devices().authenticate("demo-device-alice")).contains(new UserKey("alice"));
        assertThat(sim.control().devices().authenticate("demo-device-bob")).contains(bob);
        assertThat(sim.control().devices().registerToken(bob, "demo-device-bob").isSuccess())
                .as("re-registering one's own token is fine")
                .isTrue();
    }

    private ApiResponse totp(String user, String code) {
        return sim.api()
                .post("/api/v1/auth/totp")
                .client(DEMO_CLIENT)
                .json("{\"userKey\":\"" + user + "\",\"totpCode\":\"" + code + "\"}")
                .send();
    }

    private static long lastEventId() {
        List<SimEvent.Numbered> recent = sim.control().events().recent();
        return recent.isEmpty() ? 0 : recent.get(recent.size() - 1).id();
    }
}
