package com.example.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.bsa.client.Bsa;
import dev.bsa.client.BsaException;
import dev.bsa.client.Outcome;
import dev.bsa.client.PhoneMode;
import dev.bsa.client.Tokens;
import dev.bsa.junit.BsaSimulatorTest;
import dev.bsa.junit.SimulatorHandle;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

@BsaSimulatorTest(virtualClock = true) // one simulator per class, free port, reset to the demo seed before each test
class LoginTest {

    @Test
    void aliceLogsInWithHerPhone(SimulatorHandle simulator) {
        simulator.phone("alice", PhoneMode.AUTO_APPROVE, Duration.ZERO);
        try (Bsa bsa = Bsa.builder(simulator.clientKey()) // what the website builds, pointed at the simulator
                .baseUrl(simulator.baseUrl())
                .build()) {
            Tokens tokens = bsa.futures().requestAuth("alice").join();
            assertFalse(tokens.accessToken().isBlank());
        }
    }

    @Test
    void aRejectionOnThePhone_failsTheLoginWith5010(SimulatorHandle simulator) {
        simulator.arrangeNext(Outcome.REJECTED, "alice");
        try (Bsa bsa = simulator.bsa()) {
            CompletableFuture<Tokens> login = bsa.futures().requestAuth("alice");
            ExecutionException failure = assertThrows(ExecutionException.class, login::get);
            assertEquals(5010, ((BsaException) failure.getCause()).code());
        }
    }

    @Test
    void aLoginNobodyAnswers_timesOutWith5001(SimulatorHandle simulator) {
        try (Bsa bsa = simulator.bsa()) {
            CompletableFuture<Tokens> login = bsa.futures().requestAuth("dave"); // dave's phone never answers
            simulator.advanceClockOnceLive("dave", Duration.ofSeconds(61)); // waits for the login, then moves time
            ExecutionException failure = assertThrows(ExecutionException.class, login::get);
            assertEquals(5001, ((BsaException) failure.getCause()).code());
        }
    }
}
