package dev.bsa.sim.application.model;

import dev.bsa.domain.model.Client;
import dev.bsa.domain.model.ClientKey;
import dev.bsa.domain.model.Settings;
import dev.bsa.domain.model.TotpSecret;
import dev.bsa.domain.model.UserKey;
import dev.bsa.domain.model.UserStatus;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The state a simulator starts from and returns to on reset: settings, clients, and users with
 * their phones and links. Parsed from a seed file by the application layer.
 *
 * @param settings the settings, or the defaults when absent
 * @param clients  the websites
 * @param users    the users
 */
public record Seed(Optional<Settings> settings, List<Client> clients, List<SeedUser> users) {

    public Seed {
        Objects.requireNonNull(settings, "settings");
        clients = List.copyOf(clients);
        users = List.copyOf(users);
    }

    /** This seed with {@code newSettings} instead of its own. */
    public Seed withSettings(Settings newSettings) {
        return new Seed(Optional.of(newSettings), clients, users);
    }

    /** A seed with nothing in it. */
    public static Seed empty() {
        return new Seed(Optional.empty(), List.of(), List.of());
    }

    /**
     * A user of the seed.
     *
     * @param key         the user key
     * @param status      the account status
     * @param device      whether a phone is registered
     * @param deviceToken a fixed device token for the phone (so scripts can use it), when given
     * @param totpSecret  the TOTP secret; a random one is made when absent
     * @param phone       the phone's behaviour; manual when absent
     * @param links       the websites the user linked
     */
    public record SeedUser(
            UserKey key,
            UserStatus status,
            boolean device,
            Optional<String> deviceToken,
            Optional<TotpSecret> totpSecret,
            Optional<PhoneAnswering> phone,
            List<ClientKey> links) {

        public SeedUser {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(deviceToken, "deviceToken");
            Objects.requireNonNull(totpSecret, "totpSecret");
            Objects.requireNonNull(phone, "phone");
            links = List.copyOf(links);
        }
    }
}
