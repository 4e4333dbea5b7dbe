package dev.bsa.sim.adapter.in.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bsa.sim.adapter.in.support.ApiClient;
import dev.bsa.sim.adapter.in.support.ApiResponse;
import dev.bsa.sim.adapter.in.support.SimulatorProcess;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} of {@code java -jar bsa-server-sim.jar}: nothing of it keeps running, and a new start on the same
 * file database and the same port works at once. The tokens of a login answered the moment before the crash, on a new
 * database whose signing key was just made, still work after it: the key was stored before anything was signed with
 * it, and the refresh token before the answer.
 */
class KillIT {

    private static final int KILLED_BY_SIGKILL = 128 + 9;

    @TempDir
    Path directory;

    @Test
    void givenNewFileDatabase_killMinus9RightAfterTheFirstToken_leavesNothingRunning_andTheRestartVerifiesTheToken() {
        String db = "jdbc:h2:file:" + directory.resolve("bsa").toAbsolutePath();
        int port = SimulatorProcess.freePort();
        ApiResponse login;
        try (SimulatorProcess first = start(db, port)) {
            ApiClient api = new ApiClient(first.awaitStarted());
            List<ProcessHandle> family = first.handle().descendants().toList();
            login = totpLogin(api);

            first.kill();

            assertThat(first.awaitExit()).isEqualTo(KILLED_BY_SIGKILL);
            assertThat(first.handle().isAlive()).isFalse();
            assertThat(family).as("the processes the simulator had started").noneMatch(ProcessHandle::isAlive);
            assertThat(first.handle().descendants()).isEmpty();
        }

        try (SimulatorProcess second = start(db, port)) {
            String baseUrl = second.awaitStarted();
            assertThat(baseUrl).isEqualTo("http://localhost:" + port);
            ApiClient api = new ApiClient(baseUrl);
            assertThat(api.get("/health").send().status()).isEqualTo(200);
            ApiResponse verified = api.post("/api/v1/tokens/verify")
                    .client("demo-client-key")
                    .json("{\"accessToken\":\"" + login.text("accessToken") + "\"}")
                    .send();
            assertThat(verified.status())
                    .as("the access token signed just before the crash: %s", verified)
                    .isEqualTo(200);
            assertThat(verified.text("subject")).isEqualTo("alice");
            ApiResponse refreshed = api.post("/api/v1/tokens/refresh")
                    .client("demo-client-key")
                    .json("{\"refreshToken\":\"" + login.text("refreshToken") + "\"}")
                    .send();
            assertThat(refreshed.status())
                    .as("the refresh token issued just before the crash: %s", refreshed)
                    .isEqualTo(200);
            second.kill();
        }
    }

    private static SimulatorProcess start(String db, int port) {
        return SimulatorProcess.start("--port", Integer.toString(port), "--db", db, "--admin-token", "kill-admin");
    }

    private static ApiResponse totpLogin(ApiClient api) {
        String code = api.get("/api/v1/device/totp")
                .device("demo-device-alice")
                .send()
                .text("code");
        ApiResponse login = api.post("/api/v1/auth/totp")
                .client("demo-client-key")
                .json("{\"userKey\":\"alice\",\"totpCode\":\"" + code + "\"}")
                .send();
        assertThat(login.status()).as(login.toString()).isEqualTo(200);
        return login;
    }
}
