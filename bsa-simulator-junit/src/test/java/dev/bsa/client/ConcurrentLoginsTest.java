package dev.bsa.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bsa.domain.model.UserStatus;
import dev.bsa.junit.BsaSimulatorTest;
import dev.bsa.junit.SimulatorHandle;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** One {@link Bsa} shared by many threads: users, links and auto-approving phones scripted through {@link BsaAdmin}. */
@BsaSimulatorTest
class ConcurrentLoginsTest {

    private static final int USERS = 100;

    @Test
    void hundredConcurrentLoginsOfHundredUsers_fromOneInstance_allSucceed(SimulatorHandle simulator) throws Exception {
        BsaAdmin admin = Simulators.admin(simulator);
        List<String> users = IntStream.range(0, USERS)
                .mapToObj(index -> String.format("load-%03d", index))
                .toList();
        for (String user : users) {
            admin.saveUser(user, UserStatus.ACTIVE, null, null);
            admin.phones().register(user);
            admin.link(user, simulator.clientKey());
            admin.phones().setBehaviour(user, PhoneMode.AUTO_APPROVE, Duration.ZERO);
        }
        ExecutorService callers = Executors.newFixedThreadPool(16);
        try (Bsa bsa = Simulators.bsa(simulator)) {
            List<CompletableFuture<Tokens>> logins = users.stream()
                    .map(user -> {
                        CompletableFuture<Tokens> login = new CompletableFuture<>();
                        callers.execute(() -> bsa.requestAuthCallback(
                                user,
                                login::complete,
                                (code, message) ->
                                        login.completeExceptionally(new BsaException(code, message, null, null))));
                        return login;
                    })
                    .toList();

            CompletableFuture.allOf(logins.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);

            Set<String> accessTokens = logins.stream()
                    .map(CompletableFuture::join)
                    .map(Tokens::accessToken)
                    .collect(Collectors.toSet());
            assertThat(accessTokens).hasSize(USERS);
        } finally {
            callers.shutdownNow();
        }
    }
}
