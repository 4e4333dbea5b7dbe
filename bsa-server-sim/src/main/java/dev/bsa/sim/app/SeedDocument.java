package dev.bsa.sim.app;

import dev.bsa.domain.error.Result;
import dev.bsa.domain.model.AuthMethod;
import dev.bsa.domain.model.Client;
import dev.bsa.domain.model.ClientKey;
import dev.bsa.domain.model.Settings;
import dev.bsa.domain.model.TotpSecret;
import dev.bsa.domain.model.UserKey;
import dev.bsa.domain.model.UserStatus;
import dev.bsa.sim.application.model.Base32;
import dev.bsa.sim.application.model.PhoneAnswering;
import dev.bsa.sim.application.model.Seed;
import dev.bsa.sim.application.model.SettingsDocument;
import dev.bsa.sim.application.service.ManageDevicesService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * A seed file's top level as written, turned into a consistent {@link Seed} by {@link #toSeed()}:
 * every key unique, every link to a client the seed defines, every device token valid and owned
 * by one user. A mistake is an {@link IllegalArgumentException} starting with the path of the value in the file
 * ({@code users[2].links[0]: ...}), as {@link SeedSchema}'s do.
 *
 * @param settings the settings, when given
 * @param clients  the client entries
 * @param users    the user entries
 */
record SeedDocument(SettingsDocument settings, List<ClientEntry> clients, List<UserEntry> users) {

    /** One client entry. */
    record ClientEntry(String key, String name, List<String> loginTypes) {}

    /** One user entry. */
    record UserEntry(
            String key,
            String status,
            Boolean device,
            String deviceToken,
            String totpSecret,
            PhoneEntry phone,
            List<String> links) {}

    /** A phone behaviour entry. */
    record PhoneEntry(String mode, Long delayMillis) {}

    /** The seed this document describes. */
    Seed toSeed() {
        Optional<Settings> seededSettings = Optional.ofNullable(settings).map(SeedDocument::settings);
        List<Client> seededClients = new ArrayList<>();
        Set<ClientKey> known = new LinkedHashSet<>();
        for (int index = 0; index < listOf(clients).size(); index++) {
            ClientEntry entry = clients.get(index);
            String where = "clients[" + index + "]";
            require(entry.key() != null, where + ".key: is required");
            Client client = client(entry, where);
            require(known.add(client.key()), where + ".key: client " + client.key() + " is defined twice");
            seededClients.add(client);
        }
        List<Seed.SeedUser> seededUsers = new ArrayList<>();
        Set<UserKey> seen = new LinkedHashSet<>();
        Map<String, UserKey> tokenOwners = new HashMap<>();
        for (int index = 0; index < listOf(users).size(); index++) {
            UserEntry entry = users.get(index);
            String where = "users[" + index + "]";
            require(entry.key() != null, where + ".key: is required");
            Seed.SeedUser user = user(entry, where, known);
            require(seen.add(user.key()), where + ".key: user " + user.key() + " is defined twice");
            if (user.deviceToken().isPresent()) {
                UserKey owner = tokenOwners.putIfAbsent(user.deviceToken().get(), user.key());
                require(owner == null, where + ".deviceToken: is already user " + owner + "'s");
            }
            seededUsers.add(user);
        }
        return new Seed(seededSettings, seededClients, seededUsers);
    }

    private static Settings settings(SettingsDocument given) {
        try {
            return given.applyTo(Settings.defaults());
        } catch (IllegalArgumentException outOfRange) {
            throw new IllegalArgumentException("settings: " + outOfRange.getMessage(), outOfRange);
        }
    }

    private static Client client(ClientEntry entry, String where) {
        ClientKey key = parse(ClientKey.parse(entry.key()), where + ".key");
        Set<AuthMethod> loginTypes = EnumSet.noneOf(AuthMethod.class);
        List<String> types = listOf(entry.loginTypes());
        for (int index = 0; index < types.size(); index++) {
            loginTypes.add(constant(AuthMethod.class, types.get(index), where + ".loginTypes[" + index + "]"));
        }
        return new Client(key, Optional.ofNullable(entry.name()).orElse(key.value()), loginTypes);
    }

    private static Seed.SeedUser user(UserEntry entry, String where, Set<ClientKey> knownClients) {
        UserKey key = parse(UserKey.parse(entry.key()), where + ".key");
        UserStatus status = entry.status() == null
                ? UserStatus.ACTIVE
                : constant(UserStatus.class, entry.status(), where + ".status");
        boolean device = entry.device() == null || entry.device();
        Optional<String> token = Optional.ofNullable(entry.deviceToken());
        require(
                !device || token.isEmpty() || validToken(token.get()),
                where + ".deviceToken: a device token has " + ManageDevicesService.MIN_TOKEN_LENGTH + " to "
                        + ManageDevicesService.MAX_TOKEN_LENGTH + " characters");
        require(device || token.isEmpty(), where + ".deviceToken: given, but device is false");
        Optional<TotpSecret> secret = Optional.ofNullable(entry.totpSecret()).map(text -> secret(text, where));
        Optional<PhoneAnswering> phone = Optional.ofNullable(entry.phone()).map(given -> phone(given, where));
        List<ClientKey> links = new ArrayList<>();
        List<String> given = listOf(entry.links());
        for (int index = 0; index < given.size(); index++) {
            String link = where + ".links[" + index + "]";
            ClientKey client = parse(ClientKey.parse(given.get(index)), link);
            require(knownClients.contains(client), link + ": client " + client + " is not defined under clients");
            links.add(client);
        }
        return new Seed.SeedUser(key, status, device, token, secret, phone, links);
    }

    private static boolean validToken(String token) {
        return token.length() >= ManageDevicesService.MIN_TOKEN_LENGTH
                && token.length() <= ManageDevicesService.MAX_TOKEN_LENGTH;
    }

    private static TotpSecret secret(String base32, String where) {
        try {
            return TotpSecret.of(Base32.decode(base32));
        } catch (IllegalArgumentException invalid) {
            throw new IllegalArgumentException(where + ".totpSecret: " + invalid.getMessage(), invalid);
        }
    }

    private static PhoneAnswering phone(PhoneEntry entry, String where) {
        PhoneAnswering.Mode mode = constant(PhoneAnswering.Mode.class, entry.mode(), where + ".phone.mode");
        try {
            return new PhoneAnswering(mode, Duration.ofMillis(entry.delayMillis() == null ? 0 : entry.delayMillis()));
        } catch (IllegalArgumentException invalid) {
            throw new IllegalArgumentException(where + ".phone: " + invalid.getMessage(), invalid);
        }
    }

    private static <T> T parse(Result<T> parsed, String where) {
        require(parsed.isSuccess(), () -> where + ": " + parsed.rejection().detail());
        return parsed.value();
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String text, String where) {
        try {
            return Enum.valueOf(type, String.valueOf(text).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException(
                    where + ": must be one of "
                            + Arrays.stream(type.getEnumConstants())
                                    .map(Enum::name)
                                    .collect(Collectors.joining(", ")) + ", was " + text,
                    unknown);
        }
    }

    private static void require(boolean condition, String problem) {
        if (!condition) {
            throw new IllegalArgumentException(problem);
        }
    }

    private static void require(boolean condition, Supplier<String> problem) {
        if (!condition) {
            throw new IllegalArgumentException(problem.get());
        }
    }

    private static <T> List<T> listOf(List<T> list) {
        return list == null ? List.of() : list;
    }
}
