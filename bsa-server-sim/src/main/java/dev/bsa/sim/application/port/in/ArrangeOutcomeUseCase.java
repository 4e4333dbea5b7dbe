package dev.bsa.sim.application.port.in;

import dev.bsa.domain.error.Result;
import dev.bsa.domain.model.ClientKey;
import dev.bsa.domain.model.PushNotification;
import dev.bsa.domain.model.UserKey;
import dev.bsa.sim.application.model.Outcome;
import java.util.List;
import java.util.Optional;

/** Every outcome a website's login must handle, one call away: arrange how the next login ends. */
public interface ArrangeOutcomeUseCase {

    /** The catalogue, in a stable order. */
    List<Outcome> catalogue();

    /**
     * Arranges the next login of {@code user} (or, for an outcome that names no user, the next login of its flow)
     * to end in {@code outcome}; {@code client} narrows the outcomes that concern one website (3201, 3301, 2010).
     * 2002 when the outcome needs a user and none is given, or the arrangement is impossible (a timeout without
     * waiting needs the virtual clock); 2008 for an unknown user; 2000 for an unknown client.
     */
    Result<Arrangement> arrangeNext(Outcome outcome, Optional<UserKey> user, Optional<ClientKey> client);

    /**
     * Carries out the arranged answer to a push that reached a phone, if one was arranged for its user; false when
     * none was (the phone then behaves as usual).
     */
    boolean answerArranged(PushNotification push);

    /**
     * What was arranged.
     *
     * @param outcome the outcome
     * @param user    the user it concerns, if any
     * @param how     what the simulator did or will do, in a sentence
     */
    record Arrangement(Outcome outcome, Optional<UserKey> user, String how) {}
}
