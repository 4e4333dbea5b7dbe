package dev.bsa.sim.application.service;

import dev.bsa.domain.model.Client;
import dev.bsa.domain.model.ClientKey;
import dev.bsa.domain.model.Link;
import dev.bsa.domain.model.Settings;
import dev.bsa.domain.model.TotpSecret;
import dev.bsa.domain.model.User;
import dev.bsa.domain.model.UserKey;
import dev.bsa.sim.application.model.PhoneAnswering;
import dev.bsa.sim.application.model.Seed;
import dev.bsa.sim.application.model.TokenHash;
import dev.bsa.sim.application.port.out.DeviceRegistry.DeviceRecord;
import dev.bsa.sim.application.port.out.StateArchive.SeededState;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What a seed becomes in storage, checked by the same rules the admin operations apply one by one: a device token
 * has {@value ManageDevicesService#MIN_TOKEN_LENGTH} to {@value ManageDevicesService#MAX_TOKEN_LENGTH} characters and
 * belongs to one user's phone, a link names a client of the seed, a user with a device token has a phone, a user
 * without a TOTP secret gets a random one. Built in memory so that the whole seed is stored in one batch.
 */
final class SeedRows {

    private SeedRows() {}

    /**
     * The rows of {@code seed}; an {@link IllegalArgumentException} ("the seed is inconsistent: ...") when it breaks
     * a rule, before anything is stored.
     */
    static SeededState of(Seed seed, Supplier<TotpSecret> newSecret, Instant now) {
        Map<ClientKey, Client> clients = new LinkedHashMap<>();
        seed.clients().forEach(client -> clients.put(client.key(), client));
        Map<UserKey, User> users = new LinkedHashMap<>();
        Map<UserKey, DeviceRecord> devices = new LinkedHashMap<>();
        Map<String, UserKey> tokenHolders = new HashMap<>();
        Map<UserKey, PhoneAnswering> phones = new LinkedHashMap<>();
        LinkedHashSet<Link> links = new LinkedHashSet<>();
        for (Seed.SeedUser user : seed.users()) {
            UserKey key = user.key();
            Optional<String> tokenHash = user.deviceToken().map(token -> hashOf(key, token));
            tokenHash.ifPresent(hash -> {
                UserKey holder = tokenHolders.putIfAbsent(hash, key);
                if (holder != null && !holder.equals(key)) {
                    throw inconsistent("user " + key + ": that device token is another user's phone's");
                }
                devices.put(key, new DeviceRecord(key, hash, now));
            });
            TotpSecret secret = user.totpSecret().orElseGet(newSecret);
            users.put(key, new User(key, user.status(), user.device() || tokenHash.isPresent(), Optional.of(secret)));
            user.phone().ifPresent(behaviour -> phones.put(key, behaviour));
            for (ClientKey client : user.links()) {
                if (!clients.containsKey(client)) {
                    throw inconsistent("user " + key + ": no client has the key " + client);
                }
                links.add(new Link(key, client));
            }
        }
        return new SeededState(
                seed.settings().orElseGet(Settings::defaults),
                List.copyOf(clients.values()),
                List.copyOf(users.values()),
                List.copyOf(devices.values()),
                phones,
                List.copyOf(links));
    }

    private static String hashOf(UserKey user, String token) {
        if (token.length() < ManageDevicesService.MIN_TOKEN_LENGTH
                || token.length() > ManageDevicesService.MAX_TOKEN_LENGTH) {
            throw inconsistent("user " + user + ": a device token has " + ManageDevicesService.MIN_TOKEN_LENGTH + " to "
                    + ManageDevicesService.MAX_TOKEN_LENGTH + " characters");
        }
        return TokenHash.of(token);
    }

    private static IllegalArgumentException inconsistent(String detail) {
        return new IllegalArgumentException("the seed is inconsistent: " + detail);
    }
}
