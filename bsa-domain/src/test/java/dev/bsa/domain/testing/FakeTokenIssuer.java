package dev.bsa.domain.testing;

import dev.bsa.domain.model.AuthSession;
import dev.bsa.domain.model.IssuedTokens;
import dev.bsa.domain.port.out.TokenIssuer;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A {@link TokenIssuer} whose tokens are readable and distinct per call:
 * {@code access-<sessionId>-<n>} and {@code refresh-<sessionId>-<n>}, n counting from 1. Thread-safe.
 */
public final class FakeTokenIssuer implements TokenIssuer {

    private final AtomicInteger calls = new AtomicInteger();
    private final List<IssuedTokens> issued = new CopyOnWriteArrayList<>();

    @Override
    public IssuedTokens issue(AuthSession session, Instant now) {
        int n = calls.incrementAndGet();
        IssuedTokens tokens = new IssuedTokens("access-" + session.id() + "-" + n, "refresh-" + session.id() + "-" + n);
        issued.add(tokens);
        return tokens;
    }

    /** Every pair issued, oldest first. */
    public List<IssuedTokens> issued() {
        return List.copyOf(issued);
    }
}
