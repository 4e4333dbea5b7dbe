package com.example.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.bsa.client.Bsa;
import dev.bsa.client.BsaException;
import dev.bsa.client.Outcome;
import dev.bsa.client.OutcomeEntry;
import dev.bsa.client.QrCode;
import dev.bsa.client.Tokens;
import dev.bsa.junit.BsaSimulatorTest;
import dev.bsa.junit.SimulatorHandle;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every outcome of the catalogue, arranged through the handle for the next login and met through the SDK, as a
 * website's test suite meets them: tokens for an approval, the outcome's code for everything else.
 */
@BsaSimulatorTest(virtualClock = true)
class EveryOutcomeTest {

    /** A guard against a hang; every login here ends at once. */
    private static final long GUARD_SECONDS = 30;

    @ParameterizedTest
    @EnumSource(Outcome.class)
    void theNextLogin_endsInTheArrangedOutcome(Outcome outcome, SimulatorHandle simulator) throws Exception {
        arrange(outcome, simulator);

        try (Bsa bsa = simulator.bsa()) {
            assertEquals(outcome.code(), loginOf(outcome, bsa, simulator), outcome.name());
        }
    }

    private static void arrange(Outcome outcome, SimulatorHandle simulator) {
        boolean namesUser = simulator.admin().outcomes().stream()
                .filter(entry -> entry.outcome() == outcome)
                .anyMatch(OutcomeEntry::namesUser);
        if (namesUser) {
            simulator.arrangeNext(outcome, userOf(outcome));
        } else {
            simulator.arrangeNext(outcome);
        }
        if (outcome == Outcome.NODE_FAILED) {
            simulator.arrangeNext(Outcome.APPROVED, "alice"); // the node fails once the phone approved
        }
    }

    private static String userOf(Outcome outcome) {
        return outcome == Outcome.ALREADY_IN_PROGRESS || outcome == Outcome.DAILY_LIMIT ? "bob" : "alice";
    }

    /** The code the SDK reported for the login that meets the outcome, 0 for tokens. */
    private static int loginOf(Outcome outcome, Bsa bsa, SimulatorHandle simulator) throws Exception {
        switch (outcome) {
            case WRONG_CODE, DAILY_LIMIT -> {
                String code = simulator.phoneOf("bob").currentTotp().code();
                return codeOf(bsa.futures().requestTotp("bob", code));
            }
            case QR_OUTSIDE_APP -> {
                return codeOf(bsa.futures().requestQr(qr -> {}));
            }
            case QR_EXPIRED -> {
                CompletableFuture<QrCode> shown = new CompletableFuture<>();
                bsa.futures().requestQr(shown::complete);
                String payload = shown.get(GUARD_SECONDS, TimeUnit.SECONDS).payload();
                try {
                    simulator.phoneOf("alice").scanQr(payload);
                    return 0;
                } catch (BsaException refused) {
                    return refused.code();
                }
            }
            default -> {
                return codeOf(bsa.futures().requestAuth(userOf(outcome)));
            }
        }
    }

    private static int codeOf(CompletableFuture<Tokens> login) throws Exception {
        try {
            Tokens tokens = login.get(GUARD_SECONDS, TimeUnit.SECONDS);
            assertFalse(tokens.accessToken().isBlank());
            return 0;
        } catch (ExecutionException failed) {
            return ((BsaException) failed.getCause()).code();
        }
    }
}
