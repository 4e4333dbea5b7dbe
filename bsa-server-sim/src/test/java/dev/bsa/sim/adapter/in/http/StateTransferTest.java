package dev.bsa.sim.adapter.in.http;

import static dev.bsa.sim.adapter.in.support.RunningSimulator.ADMIN_TOKEN;
import static dev.bsa.sim.adapter.in.support.RunningSimulator.DEMO_CLIENT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bsa.sim.adapter.in.support.ApiResponse;
import dev.bsa.sim.adapter.in.support.RunningSimulator;
import dev.bsa.sim.adapter.in.support.Scenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Moving a simulator's state into another one: by default the receiver keeps its signing key; it may take the sender's. */
class StateTransferTest {

    @RegisterExtension
    static final RunningSimulator sender = new RunningSimulator();

    @RegisterExtension
    static final RunningSimulator receiver = new RunningSimulator();

    @Test
    void anImport_keepsTheReceiversSigningKey_soTheSendersTokensDoNotVerifyThere() {
        String token = accessTokenFrom(sender);
        String receiverToken = accessTokenFrom(receiver);

        ApiResponse imported = put(receiver, "/api/v1/admin/state", exportOf(sender));

        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        assertThat(verify(receiver, token).status()).isNotEqualTo(200);
        assertThat(verify(receiver, receiverToken).status()).isEqualTo(200);
    }

    @Test
    void anImportThatTakesTheSigningKey_makesTheSendersTokensVerify_andSignsWithThatKeyFromThenOn() {
        String token = accessTokenFrom(sender);
        String receiverToken = accessTokenFrom(receiver);
        String receiversOwnState = exportOf(receiver);
        try {
            ApiResponse imported = put(receiver, "/api/v1/admin/state?signingKey=imported", exportOf(sender));

            assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
            ApiResponse claims = verify(receiver, token);
            assertThat(claims.status()).as(claims.toString()).isEqualTo(200);
            assertThat(claims.text("subject")).isEqualTo("alice");
            assertThat(verify(receiver, receiverToken).status()).isNotEqualTo(200);
            new Scenarios(receiver)
                    .advanceSeconds(60); // the imported state holds the step (60 s) alice's code just used
            assertThat(verify(sender, accessTokenFrom(receiver)).status()).isEqualTo(200);
        } finally {
            put(receiver, "/api/v1/admin/state?signingKey=imported", receiversOwnState);
        }
        assertThat(verify(receiver, receiverToken).status())
                .as("taking its own export's key back restores the receiver's key")
                .isEqualTo(200);
    }

    @Test
    void anUnknownSigningKeyChoice_isRefusedWith2002_andChangesNothing() {
        String before = exportOf(receiver);

        ApiResponse refused = put(receiver, "/api/v1/admin/state?signingKey=theirs", exportOf(sender));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.rtCode()).isEqualTo(2002);
        assertThat(refused.text("detail")).contains("signingKey", "kept", "imported");
        assertThat(exportOf(receiver)).isEqualTo(before);
    }

    private static String accessTokenFrom(RunningSimulator sim) {
        ApiResponse login = sim.api()
                .post("/api/v1/auth/totp")
                .client(DEMO_CLIENT)
                .json("{\"userKey\":\"alice\",\"totpCode\":\"" + new Scenarios(sim).totpCode("alice") + "\"}")
                .send();
        assertThat(login.status()).as(login.toString()).isEqualTo(200);
        return login.text("accessToken");
    }

    private static ApiResponse verify(RunningSimulator sim, String token) {
        return sim.api()
                .post("/api/v1/tokens/verify")
                .client(DEMO_CLIENT)
                .json("{\"accessToken\":\"" + token + "\"}")
                .send();
    }

    private static String exportOf(RunningSimulator sim) {
        return new Scenarios(sim).admin("GET", "/api/v1/admin/state").send().body();
    }

    private static ApiResponse put(RunningSimulator sim, String path, String document) {
        return sim.api().method("PUT", path).admin(ADMIN_TOKEN).json(document).send();
    }
}
