package dev.bsa.sim.application.port.out;

import dev.bsa.domain.error.Result;
import dev.bsa.domain.model.Client;
import dev.bsa.domain.model.Link;
import dev.bsa.domain.model.Settings;
import dev.bsa.domain.model.User;
import dev.bsa.domain.model.UserKey;
import dev.bsa.sim.application.model.PhoneAnswering;
import dev.bsa.sim.application.port.out.DeviceRegistry.DeviceRecord;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The whole stored state as one document: exported as JSON, imported in one transaction (all or
 * nothing), or wiped.
 */
public interface StateArchive {

    /** Every stored table as JSON (the audit log excluded), with a format name and version. */
    String exportJson();

    /**
     * Replaces the whole state by a document {@link #exportJson()} produced, all but the token-signing key; 2002 (and
     * nothing changed) when the document is malformed or of another format.
     *
     * @return the token-signing key (a private JWK) the document carries, if any, for the caller to take or leave
     */
    Result<Optional<String>> importJson(String json);

    /** Deletes everything, the audit log included. */
    void reset();

    /**
     * Stores a seed's rows into a store that holds no clients, users or settings yet (a new one or one just
     * {@link #reset()}), in one transaction and in batches.
     */
    void store(SeededState state);

    /**
     * The rows a seed becomes.
     *
     * @param settings the settings
     * @param clients  the websites
     * @param users    the users, each with a TOTP secret
     * @param devices  the phones registered with a known device token (stored by its hash)
     * @param phones   how each user's simulated phone answers, where the seed says
     * @param links    which user may log in to which website
     */
    record SeededState(
            Settings settings,
            List<Client> clients,
            List<User> users,
            List<DeviceRecord> devices,
            Map<UserKey, PhoneAnswering> phones,
            List<Link> links) {

        public SeededState {
            Objects.requireNonNull(settings, "settings");
            clients = List.copyOf(clients);
            users = List.copyOf(users);
            devices = List.copyOf(devices);
            phones = Collections.unmodifiableMap(new LinkedHashMap<>(phones));
            links = List.copyOf(links);
        }
    }
}
