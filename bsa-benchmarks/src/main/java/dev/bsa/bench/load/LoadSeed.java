package dev.bsa.bench.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.bsa.domain.model.TotpSecret;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * A seed file (the simulator's documented JSON seed format) for the baseline report: one website for push and
 * TOTP and N active users, each with a phone, a device token, a TOTP secret and a link to the website. Most
 * users' phones approve every push at once; the last few answer by hand, so that the load generator can play
 * their phone and time the approval. Secrets come from a seeded generator: the same size gives the same file.
 *
 * @param file        where it was written
 * @param clientKey   the website
 * @param autoPhone   users whose phones approve at once (AUTO_APPROVE, 0 ms)
 * @param manualPhone users whose phones answer by hand (MANUAL), through the device API with their token
 */
public record LoadSeed(Path file, String clientKey, List<LoadUser> autoPhone, List<LoadUser> manualPhone) {

    /** The website of the report's logins. */
    public static final String CLIENT_KEY = "bench-client";

    private static final int SECRET_BYTES = 20;
    private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    /**
     * Writes a seed of {@code users} users to {@code file}, the last {@code manual} of them with hand-answered phones.
     *
     * @return what it holds
     */
    public static LoadSeed write(Path file, int users, int manual) {
        if (manual > users) {
            throw new IllegalArgumentException("manual (" + manual + ") must not exceed users (" + users + ")");
        }
        Random random = new Random(users);
        List<LoadUser> auto = new ArrayList<>();
        List<LoadUser> byHand = new ArrayList<>();
        List<Map<String, Object>> entries = new ArrayList<>(users);
        for (int index = 0; index < users; index++) {
            boolean manualPhone = index >= users - manual;
            String key = String.format(Locale.ROOT, "%s%06d", manualPhone ? "bench-m-" : "bench-a-", index);
            byte[] secret = new byte[SECRET_BYTES];
            random.nextBytes(secret);
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("key", key);
            entry.put("deviceToken", deviceToken(key));
            entry.put("totpSecret", base32(secret));
            entry.put("phone", Map.of("mode", manualPhone ? "MANUAL" : "AUTO_APPROVE", "delayMillis", 0));
            entry.put("links", List.of(CLIENT_KEY));
            entries.add(entry);
            (manualPhone ? byHand : auto).add(new LoadUser(key, TotpSecret.of(secret)));
        }
        Map<String, Object> seed = new LinkedHashMap<>();
        seed.put(
                "clients",
                List.of(Map.of(
                        "key", CLIENT_KEY, "name", "BSA baseline report", "loginTypes", List.of("PUSH", "TOTP"))));
        seed.put("users", entries);
        try {
            new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), seed);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the seed " + file, e);
        }
        return new LoadSeed(file, CLIENT_KEY, List.copyOf(auto), List.copyOf(byHand));
    }

    /** All users. */
    public int size() {
        return autoPhone.size() + manualPhone.size();
    }

    /** The device token the seed gives {@code userKey}'s phone. */
    static String deviceToken(String userKey) {
        return "bench-device-" + userKey;
    }

    /** RFC 4648 Base32, upper case, no padding (what the seed format takes). */
    static String base32(byte[] bytes) {
        StringBuilder text = new StringBuilder();
        int buffer = 0;
        int bits = 0;
        for (byte value : bytes) {
            buffer = (buffer << 8) | (value & 0xFF);
            bits += 8;
            while (bits >= 5) {
                text.append(BASE32.charAt((buffer >> (bits - 5)) & 31));
                bits -= 5;
            }
        }
        if (bits > 0) {
            text.append(BASE32.charAt((buffer << (5 - bits)) & 31));
        }
        return text.toString();
    }
}
