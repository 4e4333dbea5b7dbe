package dev.bsa.domain.port.out;

import dev.bsa.domain.model.ClientKey;
import dev.bsa.domain.model.Link;
import dev.bsa.domain.model.UserKey;
import java.util.List;

/** Where the links between users and websites are kept. */
public interface LinkRepository {

    /** True when {@code user} linked {@code client}. */
    boolean isLinked(UserKey user, ClientKey client);

    /** Links the pair; linking twice changes nothing. */
    void link(Link link);

    /** Removes the link; true when there was one. */
    boolean unlink(Link link);

    /** Every link, ordered by user then client. */
    List<Link> findAll();
}
