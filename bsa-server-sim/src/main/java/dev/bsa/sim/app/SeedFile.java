package dev.bsa.sim.app;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.bsa.domain.error.Result;
import dev.bsa.domain.model.AuthMethod;
import dev.bsa.domain.model.Client;
import dev.bsa.domain.model.ClientKey;
import dev.bsa.domain.model.Settings;
import dev.bsa.domain.model.TotpSecret;
import dev.bsa.domain.model.UserKey;
import dev.bsa.domain.model.UserStatus;
import dev.bsa.sim.control.Base32;
import dev.bsa.sim.control.Seed;
import dev.bsa.sim.control.SettingsDocument;
import dev.bsa.sim.control.port.PhoneBehaviour;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads seed files (YAML or JSON: YAML is a superset) into a {@link Seed}. Every mistake is
 * reported as an {@link IllegalArgumentException} that names the entry and the field.
 */
public final class SeedFile {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private SeedFile() {
    }

    /** The seed in {@code input}; {@code name} is used in error messages. */
    public static Seed read(InputStream input, String name) {
        SeedDocument document;
        try {
            document = YAML.readValue(input, SeedDocument.class);
        } catch (JacksonException malformed) {
            throw new IllegalArgumentException(name + " is not a valid seed: " + malformed.getOriginalMessage(), malformed);
        } catch (IOException unreadable) {
            throw new IllegalArgumentException(name + " cannot be read: " + unreadable.getMessage(), unreadable);
        }
        if (document == null) {
            return Seed.empty();
        }
        List<Client> clients = listOf(document.clients()).stream().map(SeedFile::client).toList();
        Set<ClientKey> known = clients.stream().map(Client::key).collect(Collectors.toSet());
        List<Seed.SeedUser> users = listOf(document.users()).stream().map(user -> user(user, known)).toList();
        Optional<Settings> settings = Optional.ofNullable(document.settings())
                .map(given -> given.applyTo(Settings.defaults()));
        return new Seed(settings, clients, users);
    }

    private static Client client(ClientEntry entry) {
        ClientKey key = parse(ClientKey.parse(entry.key()), "client " + entry.key());
        Set<AuthMethod> loginTypes = EnumSet.noneOf(AuthMethod.class);
        for (String type : listOf(entry.loginTypes())) {
            loginTypes.add(constant(AuthMethod.class, type, "client " + key + " loginTypes"));
        }
        return new Client(key, Optional.ofNullable(entry.name()).orElse(key.value()), loginTypes);
    }

    private static Seed.SeedUser user(UserEntry entry, Set<ClientKey> knownClients) {
        UserKey key = parse(UserKey.parse(entry.key()), "user " + entry.key());
        String where = "user " + key;
        UserStatus status = entry.status() == null ? UserStatus.ACTIVE : constant(UserStatus.class, entry.status(), where + " status");
        Optional<TotpSecret> secret = Optional.ofNullable(entry.totpSecret()).map(text -> secret(text, where));
        Optional<PhoneBehaviour> phone = Optional.ofNullable(entry.phone()).map(given -> phone(given, where));
        List<ClientKey> links = listOf(entry.links()).stream().map(text -> {
            ClientKey client = parse(ClientKey.parse(text), where + " links");
            if (!knownClients.contains(client)) {
                throw new IllegalArgumentException(where + " links to client " + client + ", which the seed does not define");
            }
            return client;
        }).toList();
        return new Seed.SeedUser(key, status, entry.device() == null || entry.device(),
                Optional.ofNullable(entry.deviceToken()), secret, phone, links);
    }

    private static TotpSecret secret(String base32, String where) {
        try {
            return TotpSecret.of(Base32.decode(base32));
        } catch (IllegalArgumentException invalid) {
            throw new IllegalArgumentException(where + " totpSecret: " + invalid.getMessage(), invalid);
        }
    }

    private static PhoneBehaviour phone(PhoneEntry entry, String where) {
        PhoneBehaviour.Mode mode = constant(PhoneBehaviour.Mode.class, entry.mode(), where + " phone.mode");
        try {
            return new PhoneBehaviour(mode, Duration.ofMillis(entry.delayMillis() == null ? 0 : entry.delayMillis()));
        } catch (IllegalArgumentException invalid) {
            throw new IllegalArgumentException(where + " phone: " + invalid.getMessage(), invalid);
        }
    }

    private static <T> T parse(Result<T> parsed, String where) {
        if (!parsed.isSuccess()) {
            throw new IllegalArgumentException(where + ": " + parsed.rejection().detail());
        }
        return parsed.value();
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String text, String where) {
        try {
            return Enum.valueOf(type, String.valueOf(text).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException(where + ": " + text + " is not one of "
                    + EnumSet.allOf(type), unknown);
        }
    }

    private static <T> List<T> listOf(List<T> list) {
        return list == null ? List.of() : list;
    }

    /** The file's top level. */
    record SeedDocument(SettingsDocument settings, List<ClientEntry> clients, List<UserEntry> users) {
    }

    /** One client entry. */
    record ClientEntry(String key, String name, List<String> loginTypes) {
    }

    /** One user entry. */
    record UserEntry(String key, String status, Boolean device, String deviceToken, String totpSecret,
            PhoneEntry phone, List<String> links) {
    }

    /** A phone behaviour entry. */
    record PhoneEntry(String mode, Long delayMillis) {
    }
}
