package dev.bsa.sim.application.port.in;

import dev.bsa.domain.error.Result;
import dev.bsa.domain.model.AuthSession;
import dev.bsa.domain.model.UserKey;
import dev.bsa.sim.application.model.AuthenticatorEnrolment;
import dev.bsa.sim.application.model.PhoneAnswering;
import java.util.List;
import java.util.Optional;

/** The virtual phones: their credentials, their inbox, their TOTP enrolment and how they answer. */
public interface ManageDevicesUseCase {

    /** Registers a phone for the user with a new random token, returned once; 2008 for an unknown user. */
    Result<String> issueToken(UserKey user);

    /**
     * Registers a phone for the user with a token chosen by the caller (seed files); 2008 for an unknown user,
     * 2002 for a token of the wrong length or one that is another user's phone's.
     */
    Result<String> registerToken(UserKey user, String rawToken);

    /** Removes the user's phone: its token stops working and pushes can no longer reach the user (2008). */
    boolean unregister(UserKey user);

    /** The user whose phone holds this token, if any. */
    Optional<UserKey> authenticate(String rawToken);

    /** The requests waiting on the user's phone; a never-answering phone never receives any. */
    List<AuthSession> pending(UserKey user);

    /** The TOTP enrolment of the user's app; 2008 for an unknown user or one without a secret. */
    Result<AuthenticatorEnrolment> enrolment(UserKey user);

    /** The phone behaviour of the user. */
    PhoneAnswering behaviour(UserKey user);

    /** Sets the phone behaviour of a registered user; 2008 for an unknown user. */
    Result<PhoneAnswering> setBehaviour(UserKey user, PhoneAnswering behaviour);
}
