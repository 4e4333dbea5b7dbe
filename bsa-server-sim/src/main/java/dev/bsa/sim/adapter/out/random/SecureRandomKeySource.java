package dev.bsa.sim.adapter.out.random;

import dev.bsa.domain.model.ChannelKey;
import dev.bsa.domain.model.QrId;
import dev.bsa.domain.model.SessionId;
import dev.bsa.domain.port.out.KeySource;
import dev.bsa.sim.application.port.out.RandomSource;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Keys, one-time-code digits and secret bytes from a cryptographically strong generator. By default each thread
 * draws from a DRBG instance of its own, so that concurrent logins never wait on one generator's lock (the platform's
 * default {@code NativePRNG} is one synchronised source for the whole JVM).
 */
public final class SecureRandomKeySource implements KeySource, RandomSource {

    /** The most digits or bytes one call hands out; more is a caller's mistake. */
    public static final int MAX_COUNT = 1024;

    private static final int KEY_BYTES = 16;
    private static final HexFormat HEX = HexFormat.of();

    private final Supplier<SecureRandom> random;

    /** A source over self-seeded DRBG generators, one per thread. */
    public SecureRandomKeySource() {
        ThreadLocal<SecureRandom> perThread = ThreadLocal.withInitial(SecureRandomKeySource::newDrbg);
        this.random = perThread::get;
    }

    /** A source over {@code random}, which must be cryptographically strong and is shared between threads. */
    public SecureRandomKeySource(SecureRandom random) {
        Objects.requireNonNull(random, "random");
        this.random = () -> random;
    }

    private static SecureRandom newDrbg() {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException absent) {
            return new SecureRandom();
        }
    }

    @Override
    public SessionId newSessionId() {
        return new SessionId(newKey());
    }

    @Override
    public ChannelKey newChannelKey() {
        return new ChannelKey(newKey());
    }

    @Override
    public QrId newQrId() {
        return new QrId(newKey());
    }

    /** {@inheritDoc} Each digit is drawn by rejection sampling ({@link SecureRandom#nextInt(int)}), so none is favoured. */
    @Override
    public String newDigits(int count) {
        requireCount(count);
        char[] digits = new char[count];
        SecureRandom random = this.random.get();
        for (int i = 0; i < count; i++) {
            digits[i] = (char) ('0' + random.nextInt(10));
        }
        return new String(digits);
    }

    @Override
    public byte[] nextBytes(int count) {
        requireCount(count);
        byte[] bytes = new byte[count];
        random.get().nextBytes(bytes);
        return bytes;
    }

    /** 128 random bits as 32 lower-case hexadecimal digits. */
    private String newKey() {
        return HEX.formatHex(nextBytes(KEY_BYTES));
    }

    private static void requireCount(int count) {
        if (count < 0 || count > MAX_COUNT) {
            throw new IllegalArgumentException("count must be between 0 and " + MAX_COUNT + ", was " + count);
        }
    }
}
