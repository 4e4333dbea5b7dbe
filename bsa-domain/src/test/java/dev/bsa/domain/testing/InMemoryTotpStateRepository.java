package dev.bsa.domain.testing;

import dev.bsa.domain.model.UserKey;
import dev.bsa.domain.port.out.TotpStateRepository;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A {@link TotpStateRepository} in maps, for tests. Thread-safe. */
public final class InMemoryTotpStateRepository implements TotpStateRepository {

    private record UserDay(UserKey user, LocalDate day) {}

    private final Map<UserDay, Integer> attempts = new HashMap<>();
    private final Map<UserKey, Instant> lastAccepted = new HashMap<>();

    @Override
    public synchronized boolean tryCountAttempt(UserKey user, LocalDate day, int limit) {
        UserDay key = new UserDay(user, day);
        int counted = attempts.getOrDefault(key, 0);
        if (counted >= limit) {
            return false;
        }
        attempts.put(key, counted + 1);
        return true;
    }

    @Override
    public synchronized int attempts(UserKey user, LocalDate day) {
        return attempts.getOrDefault(new UserDay(user, day), 0);
    }

    @Override
    public synchronized Optional<Instant> lastAcceptedStep(UserKey user) {
        return Optional.ofNullable(lastAccepted.get(user));
    }

    @Override
    public synchronized boolean advanceLastAcceptedStep(UserKey user, Instant stepStart) {
        Instant recorded = lastAccepted.get(user);
        if (recorded != null && !stepStart.isAfter(recorded)) {
            return false;
        }
        lastAccepted.put(user, stepStart);
        return true;
    }

    @Override
    public synchronized int deleteAttemptsBefore(LocalDate day, int limit) {
        List<UserDay> past = attempts.keySet().stream()
                .filter(key -> key.day().isBefore(day))
                .sorted(Comparator.comparing(UserDay::day))
                .limit(Math.max(0, limit))
                .toList();
        past.forEach(attempts::remove);
        return past.size();
    }

    @Override
    public synchronized void reset(UserKey user) {
        attempts.keySet().removeIf(key -> key.user().equals(user));
        lastAccepted.remove(user);
    }
}
