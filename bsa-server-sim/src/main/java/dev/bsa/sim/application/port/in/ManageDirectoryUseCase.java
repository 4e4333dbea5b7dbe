package dev.bsa.sim.application.port.in;

import dev.bsa.domain.error.Done;
import dev.bsa.domain.error.Result;
import dev.bsa.domain.model.Client;
import dev.bsa.domain.model.ClientKey;
import dev.bsa.domain.model.Link;
import dev.bsa.domain.model.TotpSecret;
import dev.bsa.domain.model.User;
import dev.bsa.domain.model.UserKey;
import dev.bsa.domain.model.UserStatus;
import java.util.List;
import java.util.Optional;

/** The control plane's directory: websites, users and the links between them. */
public interface ManageDirectoryUseCase {

    /** Every client, by key. */
    List<Client> clients();

    /** One client. */
    Optional<Client> client(ClientKey key);

    /** Registers or replaces a client. */
    void saveClient(Client client);

    /** Removes a client and every link to it; true when it existed. */
    boolean deleteClient(ClientKey key);

    /** Every user, by key. */
    List<User> users();

    /** One user. */
    Optional<User> user(UserKey key);

    /** Registers or replaces a user; a user without a TOTP secret is given a fresh random one. */
    User saveUser(UserKey key, UserStatus status, boolean deviceRegistered, Optional<TotpSecret> secret);

    /** Removes a user, the user's phone and links; true when the user existed. */
    boolean deleteUser(UserKey key);

    /** Links a user to a client: 2008 for an unknown user, 2000 for an unknown client. */
    Result<Done> link(UserKey user, ClientKey client);

    /** Removes a link; true when it existed. */
    boolean unlink(UserKey user, ClientKey client);

    /** Every link. */
    List<Link> links();
}
