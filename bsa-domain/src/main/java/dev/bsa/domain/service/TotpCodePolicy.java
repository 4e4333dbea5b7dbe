package dev.bsa.domain.service;

import dev.bsa.domain.model.TotpRules;
import dev.bsa.domain.model.TotpSecret;
import dev.bsa.domain.port.out.TotpCodeGenerator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Optional;

/**
 * The TOTP window and replay rule: a code is accepted for the current time step or up to
 * {@code window} steps either side, but never for a step at or before the last accepted one.
 * Codes are compared in constant time.
 */
public final class TotpCodePolicy {

    private final TotpCodeGenerator generator;

    public TotpCodePolicy(TotpCodeGenerator generator) {
        this.generator = generator;
    }

    /**
     * The start of the time step {@code code} is right for, nearest the current step first;
     * empty when it is right for none that may still be accepted.
     */
    public Optional<Instant> acceptedStep(
            TotpSecret secret, String code, Instant now, TotpRules rules, Optional<Instant> lastAccepted) {
        if (code.length() != rules.digits()) {
            return Optional.empty();
        }
        byte[] typed = code.getBytes(StandardCharsets.US_ASCII);
        long stepSeconds = rules.step().getSeconds();
        long current = Math.floorDiv(now.getEpochSecond(), stepSeconds);
        for (int distance = 0; distance <= rules.window(); distance++) {
            for (long step :
                    distance == 0 ? new long[] {current} : new long[] {current - distance, current + distance}) {
                Instant stepStart = Instant.ofEpochSecond(step * stepSeconds);
                boolean replay = lastAccepted.isPresent() && !stepStart.isAfter(lastAccepted.get());
                byte[] expected = generator.generate(secret, stepStart, rules).getBytes(StandardCharsets.US_ASCII);
                if (!replay && MessageDigest.isEqual(expected, typed)) {
                    return Optional.of(stepStart);
                }
            }
        }
        return Optional.empty();
    }

    /** The start of the time step that contains {@code now}. */
    public static Instant stepStart(Instant now, TotpRules rules) {
        long stepSeconds = rules.step().getSeconds();
        return Instant.ofEpochSecond(Math.floorDiv(now.getEpochSecond(), stepSeconds) * stepSeconds);
    }
}
