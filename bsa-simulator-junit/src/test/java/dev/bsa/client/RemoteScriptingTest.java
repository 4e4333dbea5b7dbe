package dev.bsa.client;

import static dev.bsa.client.Simulators.PROMPTLY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bsa.domain.model.AuthMethod;
import dev.bsa.domain.model.UserStatus;
import dev.bsa.junit.BsaSimulatorTest;
import dev.bsa.junit.SimulatorHandle;
import java.time.Duration;
import java.util.EnumSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A test that only knows the SDK scripts a remote simulator with {@link BsaAdmin} and {@link BsaDevice}. */
@BsaSimulatorTest
class RemoteScriptingTest {

    @Test
    void aWebsiteAndAUserMadeThroughTheAdminApi_canLogIn(SimulatorHandle simulator) throws Exception {
        BsaAdmin admin = Simulators.admin(simulator);
        Website shop = admin.saveClient("other-shop", "Other Shop", EnumSet.of(AuthMethod.PUSH, AuthMethod.TOTP));
        UserAccount zoe = admin.saveUser("zoe", UserStatus.ACTIVE, null, null);
        String token = admin.phones().register("zoe");
        admin.link("zoe", "other-shop");

        try (Bsa bsa = Simulators.bsa(simulator, "other-shop")) {
            BsaDevice phone = BsaDevice.connect(simulator.baseUrl(), token);
            var login = bsa.futures().requestAuth("zoe");
            phone.approve(phone.awaitPush(PROMPTLY).orElseThrow().sessionId());

            assertThat(login.get(PROMPTLY.toSeconds(), TimeUnit.SECONDS)).isNotNull();
        }
        assertThat(shop.loginTypes()).containsExactly(AuthMethod.PUSH, AuthMethod.TOTP);
        assertThat(zoe.totpSecret()).isNotBlank();
        assertThat(admin.clients()).extracting(Website::clientKey).contains("other-shop", "demo-client-key");
        assertThat(admin.links()).contains(new UserLink("zoe", "other-shop"));
        assertThat(admin.user("zoe").deviceRegistered()).isTrue();
        assertThat(BsaDevice.connect(simulator.baseUrl(), token).me().userKey()).isEqualTo("zoe");
    }

    @Test
    void directoryChanges_giveTheirErrorCodes(SimulatorHandle simulator) {
        BsaAdmin admin = Simulators.admin(simulator);
        try (Bsa bsa = Simulators.bsa(simulator)) {
            admin.saveUser("alice", UserStatus.TEMPORARILY_SUSPENDED, null, null);
            assertThat(codeOf(bsa, "alice")).isEqualTo(5006);
            admin.saveUser("alice", UserStatus.ACTIVE, null, null);
            assertThat(admin.unlink("alice", simulator.clientKey())).isTrue();
            assertThat(codeOf(bsa, "alice")).isEqualTo(3201);
            admin.link("alice", simulator.clientKey());
            assertThat(admin.phones().unregister("alice")).isTrue();
            assertThat(codeOf(bsa, "alice")).isEqualTo(2008);
            assertThat(admin.deleteUser("bob")).isTrue();
            assertThat(codeOf(bsa, "bob")).isEqualTo(2008);
            assertThat(admin.deleteClient("unconfigured-client-key")).isTrue();
        }
        assertThatThrownBy(() -> admin.user("bob"))
                .isInstanceOfSatisfying(
                        BsaException.class,
                        failure -> assertThat(failure.code()).isEqualTo(2008));
    }

    @Test
    void phoneBehaviour_isScriptedPerUser(SimulatorHandle simulator) throws Exception {
        BsaAdmin admin = Simulators.admin(simulator);
        assertThat(admin.phones().behaviour("bob")).isEqualTo(new PhoneBehaviour(PhoneMode.AUTO_APPROVE, 1500));

        admin.phones().setBehaviour("alice", PhoneMode.AUTO_REJECT, Duration.ofMillis(10));

        try (Bsa bsa = Simulators.bsa(simulator)) {
            assertThat(codeOf(bsa, "alice")).isEqualTo(5010);
        }
        assertThat(Simulators.phoneOf(simulator, "alice").me().phone().mode()).isEqualTo(PhoneMode.AUTO_REJECT);
    }

    @Test
    void faultsSettingsAndClock_areReadAndChanged(SimulatorHandle simulator) {
        SimulationControls simulation = Simulators.admin(simulator).simulation();

        assertThat(simulation.failNext(Fault.PUSH, 2)).isEqualTo(new FaultCounts(0, 2, 0, 0, 0));
        assertThat(simulation.faults().push()).isEqualTo(2);
        assertThat(simulation.settings().authDeadlineSeconds()).isEqualTo(60);
        assertThat(simulation.changeSettings(SimulatorSettings.authDeadline(90)).authDeadlineSeconds())
                .isEqualTo(90);
        assertThat(simulation.clock().virtual()).isFalse();
        assertThatThrownBy(() -> simulation.advanceClock(Duration.ofSeconds(1)))
                .isInstanceOfSatisfying(
                        BsaException.class,
                        failure -> assertThat(failure.code()).isEqualTo(2002));

        simulation.reset();

        assertThat(simulation.faults()).isEqualTo(new FaultCounts(0, 0, 0, 0, 0));
        assertThat(simulation.settings().authDeadlineSeconds()).isEqualTo(60);
    }

    @Test
    void exportedState_importsBack(SimulatorHandle simulator) {
        BsaAdmin admin = Simulators.admin(simulator);
        admin.saveUser("zoe", UserStatus.UNAPPROVED, null, null);
        String exported = admin.simulation().exportState();

        admin.simulation().reset();
        assertThat(admin.users()).extracting(UserAccount::userKey).doesNotContain("zoe");
        admin.simulation().importState(exported);

        assertThat(admin.user("zoe").status()).isEqualTo(UserStatus.UNAPPROVED);
        assertThatThrownBy(() -> admin.simulation().importState("{not json"))
                .isInstanceOfSatisfying(
                        BsaException.class,
                        failure -> assertThat(failure.code()).isEqualTo(2002));
    }

    @Test
    void wrongAdminToken_isRefused(SimulatorHandle simulator) {
        BsaAdmin intruder = BsaAdmin.connect(simulator.baseUrl(), "wrong-token");

        assertThatThrownBy(intruder::clients)
                .isInstanceOfSatisfying(
                        BsaException.class,
                        failure -> assertThat(failure.code()).isEqualTo(2002));
    }

    @Test
    void device_showsTotpEnrolmentAndRefusesAnUnknownToken(SimulatorHandle simulator) {
        TotpEnrolment enrolment = Simulators.phoneOf(simulator, "alice").totpEnrolment();

        assertThat(enrolment.otpauthUri()).startsWith("otpauth://totp/").contains("period=60");
        assertThat(enrolment.secret()).isEqualTo("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP");
        assertThatThrownBy(() ->
                        BsaDevice.connect(simulator.baseUrl(), "no-such-token").me())
                .isInstanceOf(BsaException.class);
    }

    private static int codeOf(Bsa bsa, String user) {
        try {
            bsa.futures().requestAuth(user).get(PROMPTLY.toSeconds(), TimeUnit.SECONDS);
            return 0;
        } catch (Exception failure) {
            return ((BsaException) failure.getCause()).code();
        }
    }
}
