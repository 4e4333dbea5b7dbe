package dev.bsa.sim.adapter.out.token;

import com.nimbusds.jwt.JWTClaimsSet;
import dev.bsa.domain.error.ErrorCode;
import dev.bsa.domain.error.Result;
import dev.bsa.domain.model.AuthMethod;
import dev.bsa.domain.model.AuthSession;
import dev.bsa.domain.model.ClientKey;
import dev.bsa.domain.model.IssuedTokens;
import dev.bsa.domain.model.SessionId;
import dev.bsa.domain.model.UserKey;
import dev.bsa.sim.application.model.AccessTokenClaims;
import dev.bsa.sim.application.model.TokenHash;
import dev.bsa.sim.application.port.out.RandomSource;
import dev.bsa.sim.application.port.out.RefreshTokenStore;
import dev.bsa.sim.application.port.out.RefreshTokenStore.RefreshTokenRecord;
import dev.bsa.sim.application.port.out.SigningKeyStore;
import dev.bsa.sim.application.port.out.TokenAuthority;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * Tokens signed with nimbus-jose-jwt: ES256 access JWTs under a persistent P-256 key, and opaque,
 * single-use refresh tokens stored only as their SHA-256 hash. All times come from the caller.
 */
public final class NimbusTokenAuthority implements TokenAuthority {

    private static final int JWT_ID_BYTES = 16;

    private final SigningKeyStore keys;
    private final SigningKeySource key;
    private final AccessTokenVerifier verifier;
    private final RefreshTokenStore refreshTokens;
    private final RandomSource random;
    private final String issuer;
    private final TokenLifetimes lifetimes;

    /** An authority with the {@link TokenLifetimes#defaults() default lifetimes}. */
    public NimbusTokenAuthority(
            SigningKeyStore keys, RefreshTokenStore refreshTokens, RandomSource random, String issuer) {
        this(keys, refreshTokens, random, issuer, TokenLifetimes.defaults());
    }

    /**
     * An authority signing with the key in {@code keys}: a stored key is read (and refused when damaged)
     * now; when there is none, a new one is made at once on a thread of its own and stored there (insert-if-absent)
     * before anything is signed with it.
     *
     * @param keys          where the signing key is kept across restarts
     * @param refreshTokens where refresh tokens are kept, hashed
     * @param random        the source of refresh tokens and token ids
     * @param issuer        the {@code iss} of every token, e.g. {@code bsa-simulator}
     * @param lifetimes     how long tokens are accepted
     */
    public NimbusTokenAuthority(
            SigningKeyStore keys,
            RefreshTokenStore refreshTokens,
            RandomSource random,
            String issuer,
            TokenLifetimes lifetimes) {
        this.keys = Objects.requireNonNull(keys, "keys");
        this.refreshTokens = Objects.requireNonNull(refreshTokens, "refreshTokens");
        this.random = Objects.requireNonNull(random, "random");
        this.lifetimes = Objects.requireNonNull(lifetimes, "lifetimes");
        if (issuer == null || issuer.isBlank()) {
            throw new IllegalArgumentException("issuer is missing");
        }
        this.issuer = issuer;
        this.key = new SigningKeySource(keys);
        this.verifier = new AccessTokenVerifier(key, issuer);
    }

    /**
     * Waits until the signing key is stored (a new store's key is made while the rest of the simulator starts), and
     * fails as the start must when it cannot be; the simulator calls it before it reports that it has started.
     */
    public void ensureSigningKey() {
        key.get();
    }

    /**
     * The key store as the control plane sees it: reading it first waits until the key the simulator signs with
     * is stored, and saving a key into it (an import that takes the exported key) makes the simulator sign with
     * that key from then on.
     */
    public SigningKeyStore runningKeyStore() {
        return new SigningKeyStore() {
            @Override
            public Optional<String> load() {
                ensureSigningKey();
                return keys.load();
            }

            @Override
            public void save(String privateJwkJson) {
                EcSigningKey replacement = EcSigningKey.of(privateJwkJson);
                keys.save(privateJwkJson);
                key.replace(replacement);
            }

            @Override
            public String saveIfAbsent(String privateJwkJson) {
                return keys.saveIfAbsent(privateJwkJson);
            }
        };
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException when the session has no user yet (a QR session before its scan)
     */
    @Override
    public IssuedTokens issue(AuthSession session, Instant now) {
        UserKey user = session.user()
                .orElseThrow(() ->
                        new IllegalArgumentException("session " + session.id() + " has no user to issue tokens to"));
        return pair(
                new Grant(session.id(), user, session.client(), session.method()), Objects.requireNonNull(now, "now"));
    }

    /**
     * {@inheritDoc} A token presented by another client is refused and stays as it was: client keys are public
     * (they are in every login page), so a wrong one proves nothing, and must not lock the token's owner out.
     */
    @Override
    public Result<IssuedTokens> refresh(String refreshToken, ClientKey client, Instant now) {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(now, "now");
        if (!RefreshTokens.isWellFormed(refreshToken)) {
            return Result.reject(ErrorCode.INVALID_PARAMETER, "refreshToken is missing or malformed");
        }
        Optional<RefreshTokenRecord> consumed = refreshTokens.consume(TokenHash.of(refreshToken), client, now);
        if (consumed.isEmpty()) {
            return Result.reject(
                    ErrorCode.INVALID_PARAMETER,
                    "refreshToken is unknown, expired, already used, or was issued to another client");
        }
        RefreshTokenRecord record = consumed.get();
        return Result.success(pair(new Grant(record.session(), record.user(), record.client(), record.method()), now));
    }

    @Override
    public Result<AccessTokenClaims> verify(String accessToken, Instant now) {
        return verifier.verify(accessToken, Objects.requireNonNull(now, "now"));
    }

    @Override
    public String jwksJson() {
        return key.get().publicJwkSetJson();
    }

    private IssuedTokens pair(Grant grant, Instant now) {
        String accessToken = key.get()
                .sign(new JWTClaimsSet.Builder()
                        .issuer(issuer)
                        .subject(grant.user().value())
                        .audience(grant.client().value())
                        .issueTime(Date.from(now))
                        .expirationTime(Date.from(now.plus(lifetimes.access())))
                        .jwtID(HexFormat.of().formatHex(random.nextBytes(JWT_ID_BYTES)))
                        .claim(AccessTokenVerifier.METHOD_CLAIM, grant.method().name())
                        .claim(
                                AccessTokenVerifier.SESSION_CLAIM,
                                grant.session().value())
                        .build());
        String refreshToken = RefreshTokens.encode(random.nextBytes(RefreshTokens.BYTES));
        refreshTokens.save(new RefreshTokenRecord(
                TokenHash.of(refreshToken),
                grant.session(),
                grant.user(),
                grant.client(),
                grant.method(),
                now,
                now.plus(lifetimes.refresh())));
        return new IssuedTokens(accessToken, refreshToken);
    }

    /** Who a pair of tokens is for. */
    private record Grant(SessionId session, UserKey user, ClientKey client, AuthMethod method) {}
}
