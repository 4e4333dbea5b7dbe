package dev.bsa.domain.port.out;

import dev.bsa.domain.model.TotpRules;
import dev.bsa.domain.model.TotpSecret;
import java.time.Instant;

/** Computes RFC 6238 codes; the rules (window, replay, limits) stay in the domain. */
public interface TotpCodeGenerator {

    /**
     * The code for the time step that contains {@code instant}, with the algorithm, length and step
     * of {@code rules}, as ASCII digits padded with leading zeros.
     */
    String generate(TotpSecret secret, Instant instant, TotpRules rules);
}
