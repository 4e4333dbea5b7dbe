package dev.bsa.domain.testing;

import dev.bsa.domain.model.AppOtpCode;
import dev.bsa.domain.model.UserKey;
import dev.bsa.domain.port.out.AppOtpCodeRepository;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An {@link AppOtpCodeRepository} in a map keyed by the digits, for tests. Thread-safe. */
public final class InMemoryAppOtpCodeRepository implements AppOtpCodeRepository {

    private final Map<String, AppOtpCode> byDigits = new HashMap<>();

    @Override
    public synchronized boolean insert(AppOtpCode code) {
        AppOtpCode existing = byDigits.get(code.code());
        if (existing != null && existing.isValidAt(code.issuedAt())) {
            return false;
        }
        byDigits.put(code.code(), code);
        return true;
    }

    @Override
    public synchronized Optional<AppOtpCode> find(String digits) {
        return Optional.ofNullable(byDigits.get(digits));
    }

    @Override
    public synchronized boolean consume(String digits, Instant now) {
        AppOtpCode existing = byDigits.get(digits);
        if (existing == null || !existing.isValidAt(now)) {
            return false;
        }
        byDigits.remove(digits);
        return true;
    }

    @Override
    public synchronized void deleteByUser(UserKey user) {
        byDigits.values().removeIf(code -> code.user().equals(user));
    }

    @Override
    public synchronized int deleteExpired(Instant now, int limit) {
        List<AppOtpCode> expired = byDigits.values().stream()
                .filter(code -> !code.isValidAt(now))
                .sorted(Comparator.comparing(AppOtpCode::expiresAt))
                .limit(Math.max(0, limit))
                .toList();
        expired.forEach(code -> byDigits.remove(code.code()));
        return expired.size();
    }
}
