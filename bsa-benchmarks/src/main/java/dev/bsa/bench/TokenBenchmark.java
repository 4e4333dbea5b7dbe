package dev.bsa.bench;

import dev.bsa.bench.baseline.BareTokenSigner;
import dev.bsa.bench.fixture.DiscardingRefreshTokenStore;
import dev.bsa.bench.fixture.InMemorySigningKeyStore;
import dev.bsa.domain.error.Result;
import dev.bsa.domain.model.AuthMethod;
import dev.bsa.domain.model.AuthSession;
import dev.bsa.domain.model.ChannelKey;
import dev.bsa.domain.model.ClientKey;
import dev.bsa.domain.model.IssuedTokens;
import dev.bsa.domain.model.SessionId;
import dev.bsa.domain.model.UserKey;
import dev.bsa.sim.adapter.out.random.SecureRandomKeySource;
import dev.bsa.sim.adapter.out.token.NimbusTokenAuthority;
import dev.bsa.sim.application.model.AccessTokenClaims;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The simulator's token adapter ({@link NimbusTokenAuthority}, nimbus-jose-jwt, ES256 on P-256):
 * issuing a pair (JWT claims, ES256 signature, JWT id and refresh token from {@code SecureRandom}, the
 * refresh token's SHA-256; the store keeps nothing) and verifying an access token (parse, key id,
 * ES256 signature, issuer, expiry, claims). {@link #rawNimbusSign} is the baseline of {@link #issue}: nimbus alone
 * signing the same claims with ES256 (the bare Javalin app's signer; the report divides by it).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@State(Scope.Thread)
public class TokenBenchmark {

    private static final Instant NOW = Instant.parse("2026-01-15T09:00:00Z");

    private NimbusTokenAuthority authority;
    private AuthSession completedLogin;
    private String accessToken;
    private BareTokenSigner rawSigner;

    /** An authority with a fresh ES256 key, and one access token it issued. */
    @Setup
    public void prepare() {
        authority = new NimbusTokenAuthority(
                new InMemorySigningKeyStore(),
                new DiscardingRefreshTokenStore(),
                new SecureRandomKeySource(),
                "bsa-simulator");
        completedLogin = AuthSession.requested(
                new SessionId("0123456789abcdef0123456789abcdef"),
                AuthMethod.PUSH,
                new ClientKey("demo-client-key"),
                Optional.of(new UserKey("alice")),
                Optional.of(new ChannelKey("fedcba9876543210fedcba9876543210")),
                Optional.empty(),
                NOW,
                Duration.ofSeconds(60));
        accessToken = authority.issue(completedLogin, NOW).accessToken();
        if (!authority.verify(accessToken, NOW).isSuccess()) {
            throw new IllegalStateException("the token just issued does not verify");
        }
        rawSigner = new BareTokenSigner();
    }

    /** A new access and refresh token for a completed login. */
    @Benchmark
    public IssuedTokens issue() {
        return authority.issue(completedLogin, NOW);
    }

    /** The baseline of {@link #issue}: the same claims (a new random token id each time) signed by nimbus with ES256. */
    @Benchmark
    public String rawNimbusSign() {
        return rawSigner.sign(rawSigner.claims("alice", "demo-client-key", "0123456789abcdef0123456789abcdef", NOW));
    }

    /** The claims of a valid access token. */
    @Benchmark
    public Result<AccessTokenClaims> verify() {
        return authority.verify(accessToken, NOW);
    }
}
