package dev.bsa.domain.testing;

import dev.bsa.domain.model.TotpRules;
import dev.bsa.domain.model.TotpSecret;
import dev.bsa.domain.port.out.TotpCodeGenerator;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A straightforward RFC 6238 generator on {@link Mac}: the HOTP value (RFC 4226 dynamic truncation)
 * of the time step containing the instant, with the algorithm, digits and step of the rules.
 */
public final class HmacTotpCodeGenerator implements TotpCodeGenerator {

    private static final int[] POWERS_OF_TEN = {
        1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000
    };

    @Override
    public String generate(TotpSecret secret, Instant instant, TotpRules rules) {
        long counter = Math.floorDiv(instant.getEpochSecond(), rules.step().getSeconds());
        byte[] hash = hmac(
                rules.algorithm().macName(),
                secret.bytes(),
                ByteBuffer.allocate(Long.BYTES).putLong(counter).array());
        int offset = hash[hash.length - 1] & 0x0f;
        int binary = ((hash[offset] & 0x7f) << 24)
                | ((hash[offset + 1] & 0xff) << 16)
                | ((hash[offset + 2] & 0xff) << 8)
                | (hash[offset + 3] & 0xff);
        int code = binary % POWERS_OF_TEN[rules.digits()];
        return String.format(Locale.ROOT, "%0" + rules.digits() + "d", code);
    }

    private static byte[] hmac(String algorithm, byte[] key, byte[] message) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(key, algorithm));
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK lacks " + algorithm, e);
        }
    }
}
