package dev.bsa.sim.adapter.out.token;

import dev.bsa.domain.model.ClientKey;
import dev.bsa.sim.application.port.out.RefreshTokenStore;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A refresh token store in memory; consuming is a conditional remove, so exactly one caller wins. */
final class InMemoryRefreshTokenStore implements RefreshTokenStore {

    private final Map<String, RefreshTokenRecord> records = new ConcurrentHashMap<>();

    @Override
    public void save(RefreshTokenRecord record) {
        records.put(record.tokenHash(), record);
    }

    @Override
    public Optional<RefreshTokenRecord> consume(String tokenHash, ClientKey client, Instant now) {
        RefreshTokenRecord record = records.get(tokenHash);
        if (record == null
                || !record.client().equals(client)
                || !now.isBefore(record.expiresAt())
                || !records.remove(tokenHash, record)) {
            return Optional.empty();
        }
        return Optional.of(record);
    }

    @Override
    public int deleteExpired(Instant now, int limit) {
        List<String> expired = records.values().stream()
                .filter(record -> !now.isBefore(record.expiresAt()))
                .sorted(Comparator.comparing(RefreshTokenRecord::expiresAt))
                .limit(Math.max(0, limit))
                .map(RefreshTokenRecord::tokenHash)
                .toList();
        expired.forEach(records::remove);
        return expired.size();
    }

    List<RefreshTokenRecord> all() {
        return List.copyOf(records.values());
    }
}
