package dev.bsa.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bsa.domain.model.User;
import dev.bsa.domain.model.UserKey;
import dev.bsa.domain.model.UserStatus;
import dev.bsa.sim.application.model.FaultKind;
import dev.bsa.sim.application.model.PhoneAnswering;
import dev.bsa.web.browser.AdminConsole;
import dev.bsa.web.browser.LoginPage;
import dev.bsa.web.browser.LoginPage.Flow;
import dev.bsa.web.browser.RunningDemo;
import dev.bsa.web.browser.WebDemoBrowserTest;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The admin console drives the simulator: what is changed on the page is what the simulator then does. */
@WebDemoBrowserTest(virtualClock = true)
class AdminConsoleTest {

    private static final UserKey ALICE = new UserKey("alice");

    @Test
    void changingAUsersStatus_putsItInForce_andHerNextLoginFailsWithItsCode(RunningDemo demo) {
        AdminConsole console = demo.adminConsole();

        String said = console.setStatus("alice", "TEMPORARILY_SUSPENDED");

        assertThat(said).isEqualTo("alice is now Temporarily suspended (5006).");
        assertThat(demo.control().directory().user(ALICE).map(User::status)).contains(UserStatus.TEMPORARILY_SUSPENDED);
        LoginPage login = demo.loginPageInANewTab();
        login.sendPush("alice");
        assertThat(login.awaitFailure(Flow.PUSH).code()).isEqualTo(5006);
    }

    @Test
    void settingAPhoneBehaviour_makesThatPhoneAnswerByItself(RunningDemo demo) {
        AdminConsole console = demo.adminConsole();

        String said = console.setPhone("alice", "AUTO_APPROVE", 200);

        assertThat(said).isEqualTo("alice’s phone: Approves by itself.");
        assertThat(demo.control().devices().behaviour(ALICE))
                .isEqualTo(new PhoneAnswering(PhoneAnswering.Mode.AUTO_APPROVE, Duration.ofMillis(200)));
        LoginPage login = demo.loginPageInANewTab();
        login.sendPush("alice");
        assertThat(login.awaitSignedIn(Flow.PUSH).claims().path("sub").asText()).isEqualTo("alice");
    }

    @Test
    void injectingAPushFault_failsTheNextPushWith5017(RunningDemo demo) {
        AdminConsole console = demo.adminConsole();

        console.queueFaults(0, 1, 0);

        assertThat(demo.control().faults().pending())
                .containsEntry(FaultKind.PUSH, 1)
                .containsEntry(FaultKind.CHANNEL, 0)
                .containsEntry(FaultKind.NODE, 0);
        LoginPage login = demo.loginPageInANewTab();
        login.sendPush("alice");
        assertThat(login.awaitFailure(Flow.PUSH).code()).isEqualTo(5017);
    }

    @Test
    void aFaultCountBeingTyped_survivesTheRefreshThatAnEventCauses(RunningDemo demo) {
        AdminConsole console = demo.adminConsole();
        console.typeFault("push", 2);
        console.type("outcome-user", "alice"); // the typed count is no longer the focused field

        refreshedByAnEvent(demo, console);

        assertThat(console.faultShown("push")).isEqualTo("2");
        console.queueTypedFaults();
        assertThat(demo.control().faults().pending())
                .containsEntry(FaultKind.PUSH, 2)
                .containsEntry(FaultKind.CHANNEL, 1);
    }

    @Test
    void aFaultCountChangedWithoutTyping_survivesTheRefreshThatAnEventCauses(RunningDemo demo) {
        AdminConsole console = demo.adminConsole();
        console.fillFaultWithoutTyping("push", "3"); // a script or autofill: a change event, no input event

        refreshedByAnEvent(demo, console);

        assertThat(console.faultShown("push")).isEqualTo("3");
    }

    /** A fault changed behind the page's back, then an event that makes the page refresh; waits for the refresh. */
    private static void refreshedByAnEvent(RunningDemo demo, AdminConsole console) {
        demo.control().faults().failNext(FaultKind.CHANNEL, 1);
        demo.control()
                .devices()
                .setBehaviour(ALICE, new PhoneAnswering(PhoneAnswering.Mode.AUTO_REJECT, Duration.ZERO));
        console.awaitFaultShown("channel", 1);
    }

    @Test
    void theNextOutcomeChoice_makesAlicesNextPushEndRejected_5010(RunningDemo demo) {
        AdminConsole console = demo.adminConsole();

        assertThat(console.arrangeNextOutcome("REJECTED", "alice")).contains("rejected on the phone");

        LoginPage login = demo.loginPageInANewTab();
        login.sendPush("alice");
        assertThat(login.awaitFailure(Flow.PUSH).code()).isEqualTo(5010);
    }

    @Test
    void advancingTheClock_movesTheVirtualClock_andTheConsoleShowsTheNewTime(RunningDemo demo) {
        Instant before = demo.control().time().now();
        AdminConsole console = demo.adminConsole();

        console.advanceClock(90);

        Instant after = before.plusSeconds(90);
        assertThat(demo.control().time().now()).isEqualTo(after);
        String shown = after.toString().replace('T', ' ');
        assertThat(console.textWhen("clock-now", shown, shown::equals)).isEqualTo(shown);
    }

    @Test
    void reset_bringsBackTheSeed_andForgetsQueuedFaults(RunningDemo demo) {
        User alice = demo.control().directory().user(ALICE).orElseThrow();
        demo.control().directory().saveUser(ALICE, UserStatus.WITHDRAWN, alice.deviceRegistered(), alice.totpSecret());
        demo.control()
                .devices()
                .setBehaviour(ALICE, new PhoneAnswering(PhoneAnswering.Mode.AUTO_REJECT, Duration.ZERO));
        demo.failNext(FaultKind.NODE, 3);
        AdminConsole console = demo.adminConsole();
        assertThat(console.statusShown("alice")).isEqualTo("WITHDRAWN");

        console.reset();

        assertThat(demo.control().directory().user(ALICE).map(User::status)).contains(UserStatus.ACTIVE);
        assertThat(demo.control().devices().behaviour(ALICE)).isEqualTo(PhoneAnswering.manual());
        console.waitUntil(
                "the console to show alice's phone as manual again",
                driver -> "MANUAL".equals(console.phoneShown("alice")));
        assertThat(demo.control().faults().pending()).containsEntry(FaultKind.NODE, 0);
        console.waitUntil(
                "the console to show alice active again", driver -> "ACTIVE".equals(console.statusShown("alice")));
    }

    @Test
    void theLiveEventLog_showsALoginAsItHappens(RunningDemo demo) {
        AdminConsole console = demo.adminConsole();
        LoginPage login = demo.loginPageInANewTab();

        login.sendPush("bob");
        login.awaitSignedIn(Flow.PUSH);

        assertThat(console.awaitEvent("PUSH bob → RequestAuth")).contains("status");
        assertThat(console.awaitEvent("push to bob")).contains("push");
        assertThat(console.awaitEvent("PUSH bob → AuthCompleted")).contains("status");
        assertThat(console.events()).anySatisfy(line -> assertThat(line).contains("PUSH bob → SelectNodes"));
    }
}
