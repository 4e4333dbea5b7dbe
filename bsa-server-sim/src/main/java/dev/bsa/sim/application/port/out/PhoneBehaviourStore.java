package dev.bsa.sim.application.port.out;

import dev.bsa.domain.model.UserKey;
import dev.bsa.sim.application.model.PhoneAnswering;
import java.util.Map;

/** Where each user's simulated phone behaviour is kept; users without an entry behave {@link PhoneAnswering#manual()}. */
public interface PhoneBehaviourStore {

    /** The user's behaviour, {@link PhoneAnswering#manual()} when none was set. */
    PhoneAnswering find(UserKey user);

    /** Sets the user's behaviour. */
    void save(UserKey user, PhoneAnswering behaviour);

    /** Every behaviour that was set, by user. */
    Map<UserKey, PhoneAnswering> findAll();
}
