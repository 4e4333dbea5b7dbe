package dev.bsa.sim.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bsa.domain.error.ErrorCode;
import dev.bsa.domain.model.AppOtpCode;
import dev.bsa.domain.model.AppOtpRules;
import dev.bsa.domain.model.AuthEvent;
import dev.bsa.domain.model.AuthMethod;
import dev.bsa.domain.model.AuthSession;
import dev.bsa.domain.model.ChannelKey;
import dev.bsa.domain.model.Client;
import dev.bsa.domain.model.ClientKey;
import dev.bsa.domain.model.IssuedTokens;
import dev.bsa.domain.model.Link;
import dev.bsa.domain.model.QrId;
import dev.bsa.domain.model.SessionId;
import dev.bsa.domain.model.Settings;
import dev.bsa.domain.model.TotpAlgorithm;
import dev.bsa.domain.model.TotpRules;
import dev.bsa.domain.model.TotpSecret;
import dev.bsa.domain.model.User;
import dev.bsa.domain.model.UserKey;
import dev.bsa.domain.model.UserStatus;
import dev.bsa.sim.application.model.AuditEntry;
import dev.bsa.sim.application.model.PhoneAnswering;
import dev.bsa.sim.application.port.out.DeviceRegistry.DeviceRecord;
import dev.bsa.sim.application.port.out.RefreshTokenStore.RefreshTokenRecord;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A little of everything the simulator stores, written through the adapters and checked through
 * them; every instant has microseconds, so that a lost digit shows.
 */
final class StoredState {

    static final Instant T0 = Instant.parse("2026-01-15T09:00:00.123456Z");
    static final UserKey ALICE = new UserKey("alice");
    static final UserKey BOB = new UserKey("bob");
    static final ClientKey SHOP = new ClientKey("shop");
    static final LocalDate DAY = LocalDate.of(2026, 1, 15);
    static final TotpSecret SECRET = TotpSecret.of("12345678901234567890".getBytes(StandardCharsets.US_ASCII));
    static final IssuedTokens TOKENS = new IssuedTokens("eyJhbGciOiJFUzI1NiJ9.access.sig", "opaque-refresh");

    static final Client SHOP_CLIENT = new Client(SHOP, "Shop 상점", EnumSet.of(AuthMethod.PUSH, AuthMethod.TOTP));
    static final Client BARE_CLIENT = new Client(new ClientKey("bare"), "Bare", Set.of());
    static final User ALICE_USER = User.active(ALICE, SECRET);
    static final User BOB_USER = new User(BOB, UserStatus.TEMPORARILY_SUSPENDED, false, Optional.empty());
    static final Settings SETTINGS = new Settings(
            Duration.ofSeconds(95),
            new AppOtpRules(8, Duration.ofSeconds(45)),
            new TotpRules(TotpAlgorithm.SHA256, 8, Duration.ofSeconds(30), 2, 7, ZoneId.of("Asia/Seoul")));
    static final AppOtpCode CODE = new AppOtpCode("123456", BOB, T0, T0.plusSeconds(60));
    static final RefreshTokenRecord REFRESH = new RefreshTokenRecord(
            "c".repeat(64),
            new SessionId("a".repeat(32)),
            ALICE,
            SHOP,
            AuthMethod.PUSH,
            T0,
            T0.plus(Duration.ofDays(14)));
    static final DeviceRecord DEVICE = new DeviceRecord(ALICE, "d".repeat(64), T0.plusNanos(1_000));
    static final PhoneAnswering BEHAVIOUR =
            new PhoneAnswering(PhoneAnswering.Mode.AUTO_APPROVE, Duration.ofMillis(250));
    static final String JWK = "{\"kty\":\"EC\",\"crv\":\"P-256\",\"kid\":\"k1\"}";

    /** Alice's completed push login: ended, with tokens. */
    static final AuthSession COMPLETED = AuthSession.requested(
                    new SessionId("a".repeat(32)),
                    AuthMethod.PUSH,
                    SHOP,
                    Optional.of(ALICE),
                    Optional.of(new ChannelKey("b".repeat(32))),
                    Optional.empty(),
                    T0,
                    Duration.ofSeconds(60))
            .applyAll(List.of(
                    new AuthEvent.ChannelCreated(),
                    new AuthEvent.NodesSelected(),
                    new AuthEvent.AuthStarted(),
                    new AuthEvent.SecondFactorPassed(),
                    new AuthEvent.NodesVerified(),
                    new AuthEvent.TokensIssued(TOKENS)))
            .value()
            .atVersion(1);
    /** Alice's live QR login, bound to her by a scan. */
    static final AuthSession LIVE_QR = AuthSession.requested(
                    new SessionId("e".repeat(32)),
                    AuthMethod.QR,
                    SHOP,
                    Optional.empty(),
                    Optional.of(new ChannelKey("f".repeat(32))),
                    Optional.of(new QrId("9".repeat(32))),
                    T0.plusSeconds(120),
                    Duration.ofSeconds(60))
            .applyAll(List.of(new AuthEvent.ChannelCreated(), new AuthEvent.QrScanned(ALICE)))
            .value()
            .atVersion(1);
    /** Bob's refused TOTP attempt. */
    static final AuthSession REFUSED_TOTP = AuthSession.requested(
                    new SessionId("0".repeat(31) + "1"),
                    AuthMethod.TOTP,
                    SHOP,
                    Optional.of(BOB),
                    Optional.empty(),
                    Optional.empty(),
                    T0.plusSeconds(5),
                    Duration.ofSeconds(60))
            .apply(new AuthEvent.Refused(ErrorCode.CODE_VERIFICATION_FAILED))
            .value();

    static final AuditEntry AUDIT = new AuditEntry(
            T0,
            COMPLETED.id(),
            AuthMethod.PUSH,
            SHOP,
            Optional.of(ALICE),
            dev.bsa.domain.model.AuthStatus.AUTH_COMPLETED,
            6,
            Optional.empty(),
            COMPLETED.expiresAt());

    private StoredState() {}

    /** Writes everything into the (empty) database. */
    static void write(Database database) {
        var dsl = database.dsl();
        new JooqClientRepository(dsl).save(SHOP_CLIENT);
        new JooqClientRepository(dsl).save(BARE_CLIENT);
        new JooqUserRepository(dsl).save(ALICE_USER);
        new JooqUserRepository(dsl).save(BOB_USER);
        new JooqLinkRepository(dsl).link(new Link(ALICE, SHOP));
        new JooqLinkRepository(dsl).link(new Link(BOB, SHOP));
        JooqSessionRepository sessions = new JooqSessionRepository(dsl);
        sessions.create(COMPLETED);
        sessions.create(LIVE_QR);
        sessions.create(REFUSED_TOTP);
        new JooqAppOtpCodeRepository(dsl).insert(CODE);
        JooqTotpStateRepository totp = new JooqTotpStateRepository(dsl);
        totp.tryCountAttempt(ALICE, DAY, 5);
        totp.tryCountAttempt(ALICE, DAY, 5);
        totp.tryCountAttempt(BOB, DAY.plusDays(1), 5);
        totp.advanceLastAcceptedStep(ALICE, T0);
        new JooqSettingsRepository(dsl).save(SETTINGS);
        new JooqDeviceRegistry(dsl).register(DEVICE.user(), DEVICE.tokenHash(), DEVICE.registeredAt());
        new JooqRefreshTokenStore(dsl).save(REFRESH);
        new JooqPhoneBehaviourStore(dsl).save(ALICE, BEHAVIOUR);
        new JooqSigningKeyStore(dsl).save(JWK);
        new JooqAuditLog(dsl).append(AUDIT);
    }

    /** Asserts that the database holds exactly what {@link #write(Database)} wrote (the audit log aside). */
    static void assertStored(Database database) {
        var dsl = database.dsl();
        assertThat(new JooqClientRepository(dsl).findAll()).containsExactly(BARE_CLIENT, SHOP_CLIENT);
        assertThat(new JooqUserRepository(dsl).findAll()).containsExactly(ALICE_USER, BOB_USER);
        assertThat(new JooqUserRepository(dsl)
                        .find(ALICE)
                        .orElseThrow()
                        .totpSecret()
                        .orElseThrow()
                        .bytes())
                .isEqualTo(SECRET.bytes());
        assertThat(new JooqLinkRepository(dsl).findAll()).containsExactly(new Link(ALICE, SHOP), new Link(BOB, SHOP));
        JooqSessionRepository sessions = new JooqSessionRepository(dsl);
        assertThat(sessions.findRecent(10)).containsExactly(LIVE_QR, REFUSED_TOTP, COMPLETED);
        assertThat(sessions.findLiveByUser(ALICE)).contains(LIVE_QR);
        assertThat(sessions.findById(COMPLETED.id()).orElseThrow().tokens()).contains(TOKENS);
        assertThat(new JooqAppOtpCodeRepository(dsl).find(CODE.code())).contains(CODE);
        JooqTotpStateRepository totp = new JooqTotpStateRepository(dsl);
        assertThat(totp.attempts(ALICE, DAY)).isEqualTo(2);
        assertThat(totp.attempts(BOB, DAY.plusDays(1))).isEqualTo(1);
        assertThat(totp.lastAcceptedStep(ALICE)).contains(T0);
        assertThat(totp.lastAcceptedStep(BOB)).isEmpty();
        assertThat(new JooqSettingsRepository(dsl).current()).isEqualTo(SETTINGS);
        assertThat(new JooqDeviceRegistry(dsl).findAll()).containsExactly(DEVICE);
        assertThat(new JooqPhoneBehaviourStore(dsl).find(ALICE)).isEqualTo(BEHAVIOUR);
        assertThat(new JooqSigningKeyStore(dsl).load()).contains(JWK);
        assertThat(new JooqRefreshTokenStore(dsl).consume(REFRESH.tokenHash(), REFRESH.client(), T0.plusSeconds(1)))
                .contains(REFRESH);
    }
}
