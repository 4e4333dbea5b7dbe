package dev.bsa.sim.application.port.out;

import dev.bsa.domain.model.UserKey;
import dev.bsa.sim.application.model.PhoneBehaviour;
import java.util.Map;

/** Where each user's simulated phone behaviour is kept; users without an entry behave {@link PhoneBehaviour#manual()}. */
public interface PhoneBehaviourStore {

    /** The user's behaviour, {@link PhoneBehaviour#manual()} when none was set. */
    PhoneBehaviour find(UserKey user);

    /** Sets the user's behaviour. */
    void save(UserKey user, PhoneBehaviour behaviour);

    /** Every behaviour that was set, by user. */
    Map<UserKey, PhoneBehaviour> findAll();
}
