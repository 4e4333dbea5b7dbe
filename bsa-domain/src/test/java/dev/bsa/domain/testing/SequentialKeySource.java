package dev.bsa.domain.testing;

import dev.bsa.domain.model.ChannelKey;
import dev.bsa.domain.model.QrId;
import dev.bsa.domain.model.SessionId;
import dev.bsa.domain.port.out.KeySource;
import java.util.Locale;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A deterministic {@link KeySource}: keys are a shared counter written as 32 lower-case hex digits
 * (so every key is unique), digits come from a seeded {@link Random}, unless a test preloads them
 * with {@link #enqueueDigits(String...)} (to force one-time-code collisions, for example). Thread-safe.
 */
public final class SequentialKeySource implements KeySource {

    private final AtomicLong counter = new AtomicLong();
    private final Queue<String> preloadedDigits = new ConcurrentLinkedQueue<>();
    private final Random random;

    /** A source whose digits come from a {@link Random} seeded with 42. */
    public SequentialKeySource() {
        this(42);
    }

    /** A source whose digits come from a {@link Random} seeded with {@code seed}. */
    public SequentialKeySource(long seed) {
        this.random = new Random(seed);
    }

    /** The next answers of {@link #newDigits(int)}, in order, before the random ones resume. */
    public void enqueueDigits(String... digits) {
        for (String each : digits) {
            if (!each.chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw new IllegalArgumentException("not ASCII digits: " + each);
            }
            preloadedDigits.add(each);
        }
    }

    @Override
    public SessionId newSessionId() {
        return new SessionId(nextKey());
    }

    @Override
    public ChannelKey newChannelKey() {
        return new ChannelKey(nextKey());
    }

    @Override
    public QrId newQrId() {
        return new QrId(nextKey());
    }

    @Override
    public String newDigits(int count) {
        String preloaded = preloadedDigits.poll();
        if (preloaded != null) {
            if (preloaded.length() != count) {
                throw new IllegalStateException("preloaded digits " + preloaded + " do not have " + count + " digits");
            }
            return preloaded;
        }
        StringBuilder digits = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            digits.append((char) ('0' + random.nextInt(10)));
        }
        return digits.toString();
    }

    private String nextKey() {
        return String.format(Locale.ROOT, "%032x", counter.incrementAndGet());
    }
}
