package dev.bsa.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

import dev.bsa.domain.error.ErrorCode;
import dev.bsa.domain.error.Result;
import dev.bsa.domain.model.AuthEvent.AuthStarted;
import dev.bsa.domain.model.AuthEvent.CancelConfirmed;
import dev.bsa.domain.model.AuthEvent.CancelRequested;
import dev.bsa.domain.model.AuthEvent.ChannelCreated;
import dev.bsa.domain.model.AuthEvent.ChannelCreationFailed;
import dev.bsa.domain.model.AuthEvent.DeadlinePassed;
import dev.bsa.domain.model.AuthEvent.NodeVerificationFailed;
import dev.bsa.domain.model.AuthEvent.NodesSelected;
import dev.bsa.domain.model.AuthEvent.NodesVerified;
import dev.bsa.domain.model.AuthEvent.PushFailed;
import dev.bsa.domain.model.AuthEvent.QrScanned;
import dev.bsa.domain.model.AuthEvent.QrScannedOutsideApp;
import dev.bsa.domain.model.AuthEvent.Refused;
import dev.bsa.domain.model.AuthEvent.SecondFactorPassed;
import dev.bsa.domain.model.AuthEvent.TokensIssued;
import dev.bsa.domain.model.AuthEvent.TotpVerified;
import dev.bsa.domain.model.AuthEvent.UserRejected;
import dev.bsa.domain.port.in.RequestTotpUseCase.TotpLogin;
import dev.bsa.domain.port.in.SessionStarted;
import dev.bsa.domain.testing.Phone;
import dev.bsa.domain.testing.TestBsa;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The state machine is total: every (method, status, event) triple is either the transition written
 * below or a 5019 rejection, and none throws; and each method's happy path through the real
 * services publishes exactly the real service's statuses.
 */
class TransitionTableTest {

    private static final IssuedTokens TOKENS = new IssuedTokens("access", "refresh");

    /** One instance of every kind of event. */
    private static final List<AuthEvent> SAMPLES = List.of(
            new ChannelCreated(),
            new ChannelCreationFailed(),
            new NodesSelected(),
            new PushFailed(),
            new AuthStarted(),
            new QrScanned(new UserKey("alice")),
            new QrScannedOutsideApp(),
            new Refused(ErrorCode.USER_TEMPORARILY_SUSPENDED),
            new SecondFactorPassed(),
            new NodesVerified(),
            new NodeVerificationFailed(),
            new TokensIssued(TOKENS),
            new TotpVerified(TOKENS),
            new UserRejected(),
            new DeadlinePassed(),
            new CancelRequested(),
            new CancelConfirmed());

    /** The whole machine, written out independently of {@link TransitionTable}: "methods | from | event | to". */
    private static final List<String> EXPECTED_EDGES = List.of(
            "PUSH OTP QR | RequestAuth                 | ChannelCreated         | CreateChannel",
            "PUSH OTP QR | RequestAuth                 | ChannelCreationFailed  | AuthFailed",
            "TOTP        | RequestAuth                 | TotpVerified           | AuthCompleted",
            "TOTP        | RequestAuth                 | Refused                | AuthFailed",
            "PUSH OTP    | CreateChannel               | NodesSelected          | SelectNodes",
            "QR          | CreateChannel               | QrScanned              | SelectNodes",
            "QR          | CreateChannel               | QrScannedOutsideApp    | AuthFailed",
            "QR          | CreateChannel               | Refused                | AuthFailed",
            "PUSH OTP    | SelectNodes                 | PushFailed             | AuthFailed",
            "PUSH OTP QR | SelectNodes                 | AuthStarted            | StartAuth",
            "PUSH OTP QR | SelectNodes                 | UserRejected           | AuthFailed",
            "PUSH OTP QR | StartAuth                   | SecondFactorPassed     | StartVerificationOfNodes",
            "PUSH OTP QR | StartAuth                   | UserRejected           | AuthFailed",
            "PUSH OTP QR | StartVerificationOfNodes    | NodesVerified          | CompleteVerificationOfNodes",
            "PUSH OTP QR | StartVerificationOfNodes    | NodeVerificationFailed | AuthFailed",
            "PUSH OTP QR | CompleteVerificationOfNodes | TokensIssued           | AuthCompleted",
            "PUSH OTP QR | RequestCancel               | CancelConfirmed        | AuthCanceled");

    private static final List<String> LIVE_WITH_CHANNEL = List.of(
            "RequestAuth",
            "CreateChannel",
            "SelectNodes",
            "StartAuth",
            "StartVerificationOfNodes",
            "CompleteVerificationOfNodes");

    /** (method, from, event kind) -> to, for every transition of the machine. */
    private static final Map<String, AuthStatus> EXPECTED = expectedTransitions();

    private static Map<String, AuthStatus> expectedTransitions() {
        List<String> rows = new ArrayList<>(EXPECTED_EDGES);
        for (String live : LIVE_WITH_CHANNEL) {
            rows.add("PUSH OTP QR | " + live + " | DeadlinePassed | AuthTimeout");
            rows.add("PUSH OTP QR | " + live + " | CancelRequested | RequestCancel");
        }
        Map<String, AuthStatus> expected = new HashMap<>();
        for (String row : rows) {
            String[] cells = Arrays.stream(row.split("\\|")).map(String::trim).toArray(String[]::new);
            for (String method : cells[0].split(" +")) {
                AuthStatus from = AuthStatus.ofWireName(cells[1]).orElseThrow();
                expected.put(
                        key(AuthMethod.valueOf(method), from, cells[2]),
                        AuthStatus.ofWireName(cells[3]).orElseThrow());
            }
        }
        return expected;
    }

    private static String key(AuthMethod method, AuthStatus from, String eventKind) {
        return method + "/" + from.wireName() + "/" + eventKind;
    }

    static Stream<Arguments> everyTriple() {
        return Arrays.stream(AuthMethod.values())
                .flatMap(method -> Arrays.stream(AuthStatus.values())
                        .flatMap(status -> SAMPLES.stream().map(event -> Arguments.of(method, status, event))));
    }

    /** A session of {@code method} sitting in {@code status}. */
    private static AuthSession sessionIn(AuthMethod method, AuthStatus status) {
        Optional<UserKey> user = method == AuthMethod.QR ? Optional.empty() : Optional.of(new UserKey("alice"));
        List<AuthStatus> history = status == AuthStatus.REQUEST_AUTH
                ? List.of(AuthStatus.REQUEST_AUTH)
                : List.of(AuthStatus.REQUEST_AUTH, status);
        Instant now = Instant.parse("2026-01-15T09:00:00Z");
        return new AuthSession(
                new SessionId("a".repeat(32)),
                method,
                new ClientKey("shop"),
                user,
                Optional.of(new ChannelKey("b".repeat(32))),
                Optional.empty(),
                now,
                now.plus(Duration.ofSeconds(60)),
                history,
                Optional.empty(),
                Optional.empty(),
                3);
    }

    @Test
    void samples_coverEveryKindOfEvent() {
        assertThat(SAMPLES.stream().map(Object::getClass).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(AuthEvent.class.getPermittedSubclasses());
    }

    @ParameterizedTest(name = "{0} in {1} on {2}")
    @MethodSource("everyTriple")
    void everyTriple_isTheWrittenTransitionOrA5019Rejection(AuthMethod method, AuthStatus status, AuthEvent event) {
        Optional<AuthStatus> expected = Optional.ofNullable(
                EXPECTED.get(key(method, status, event.getClass().getSimpleName())));

        assertThatNoException().isThrownBy(() -> TransitionTable.next(method, status, event));
        Result<AuthStatus> next = TransitionTable.next(method, status, event);

        if (expected.isPresent()) {
            assertThat(next.value()).isEqualTo(expected.get());
        } else {
            assertThat(next.errorCode()).isEqualTo(ErrorCode.NO_AUTH_IN_PROGRESS);
        }
    }

    @ParameterizedTest(name = "{0} in {1} on {2}")
    @MethodSource("everyTriple")
    void everyTriple_appliedToASession_appendsTheNextStatusOrRejectsWith5019(
            AuthMethod method, AuthStatus status, AuthEvent event) {
        AuthSession session = sessionIn(method, status);
        Optional<AuthStatus> expected = Optional.ofNullable(
                EXPECTED.get(key(method, status, event.getClass().getSimpleName())));

        Result<AuthSession> next = session.apply(event);

        if (expected.isPresent()) {
            AuthSession moved = next.value();
            assertThat(moved.history()).hasSize(session.history().size() + 1).endsWith(expected.get());
            assertThat(moved.error()).isEqualTo(event.error());
            assertThat(moved.tokens()).isEqualTo(event.tokens());
            assertThat(moved.version()).isEqualTo(session.version());
        } else {
            assertThat(next.errorCode()).isEqualTo(ErrorCode.NO_AUTH_IN_PROGRESS);
        }
    }

    @Test
    void terminalStatuses_acceptNoEventOfAnyMethod() {
        List<AuthStatus> terminal = Arrays.stream(AuthStatus.values())
                .filter(AuthStatus::isTerminal)
                .toList();

        assertThat(terminal)
                .extracting(AuthStatus::wireName)
                .containsExactlyInAnyOrder("AuthCompleted", "AuthFailed", "AuthCanceled", "AuthTimeout");
        for (AuthMethod method : AuthMethod.values()) {
            for (AuthStatus status : terminal) {
                for (AuthEvent event : SAMPLES) {
                    assertThat(TransitionTable.next(method, status, event).errorCode())
                            .as("%s in %s on %s", method, status, event)
                            .isEqualTo(ErrorCode.NO_AUTH_IN_PROGRESS);
                }
            }
        }
    }

    @Test
    void edges_listExactlyTheWrittenTransitions() {
        Map<String, AuthStatus> listed = new HashMap<>();
        for (TransitionTable.Edge edge : TransitionTable.edges()) {
            for (AuthMethod method : edge.methods()) {
                listed.put(key(method, edge.from(), edge.event().getSimpleName()), edge.to());
            }
        }

        assertThat(listed).isEqualTo(EXPECTED);
    }

    @Test
    void qrScan_bindsTheScanningUserToTheSession() {
        AuthSession waiting = sessionIn(AuthMethod.QR, AuthStatus.CREATE_CHANNEL);

        AuthSession scanned = waiting.apply(new QrScanned(new UserKey("bob"))).value();

        assertThat(waiting.user()).isEmpty();
        assertThat(scanned.user()).contains(new UserKey("bob"));
        assertThat(scanned.belongsTo(new UserKey("bob"))).isTrue();
    }

    private static final List<String> WITH_CHANNEL = List.of(
            "RequestAuth",
            "CreateChannel",
            "SelectNodes",
            "StartAuth",
            "StartVerificationOfNodes",
            "CompleteVerificationOfNodes",
            "AuthCompleted");

    /** The real services over in-memory ports: "shop" allows every method, "alice" is linked to it. */
    private record World(TestBsa bsa, Client shop, User alice, Phone phone) {
        static World fresh() {
            TestBsa bsa = new TestBsa();
            Client shop = bsa.givenClientForEveryMethod("shop");
            User alice = bsa.givenLinkedUser("alice", shop);
            return new World(bsa, shop, alice, bsa.phone(alice));
        }

        List<String> statusesOf(SessionId session) {
            return bsa.publisher().statusesOf(session);
        }

        void assertCompletedWithTokens(SessionStarted started) {
            AuthSession done = bsa.session(started.session());
            assertThat(done.tokens()).isPresent();
            assertThat(done.tokens().orElseThrow().accessToken()).startsWith("access-" + started.session());
            assertThat(done.error()).isEmpty();
        }
    }

    @Test
    void pushHappyPath_publishesEveryStatusFromRequestAuthToAuthCompleted() {
        World world = World.fresh();

        SessionStarted started =
                world.bsa().website(world.shop()).requestPush(world.alice()).value();
        world.phone().start(started).value();
        world.phone().approve(started).value();

        assertThat(world.statusesOf(started.session())).isEqualTo(WITH_CHANNEL);
        assertThat(started.method()).isEqualTo(AuthMethod.PUSH);
        world.assertCompletedWithTokens(started);
    }

    @Test
    void otpHappyPath_publishesTheSameStatusesAsPush() {
        World world = World.fresh();
        String code = world.phone().issueOtp().value().code();

        SessionStarted started =
                world.bsa().website(world.shop()).requestOtp(code).value();
        world.phone().start(started).value();
        world.phone().approve(started).value();

        assertThat(world.statusesOf(started.session())).isEqualTo(WITH_CHANNEL);
        assertThat(started.method()).isEqualTo(AuthMethod.OTP);
        world.assertCompletedWithTokens(started);
    }

    @Test
    void qrHappyPath_theScanProducesSelectNodesThenStartAuth() {
        World world = World.fresh();

        SessionStarted started = world.bsa().website(world.shop()).requestQr().value();
        assertThat(world.statusesOf(started.session())).containsExactly("RequestAuth", "CreateChannel");
        world.phone().scan(started).value();
        assertThat(world.statusesOf(started.session()))
                .containsExactly("RequestAuth", "CreateChannel", "SelectNodes", "StartAuth");
        world.phone().approve(started).value();

        assertThat(world.statusesOf(started.session())).isEqualTo(WITH_CHANNEL);
        world.assertCompletedWithTokens(started);
    }

    @Test
    void totpHappyPath_publishesRequestAuthThenAuthCompletedAndOpensNoChannel() {
        World world = World.fresh();

        TotpLogin login = world.bsa()
                .website(world.shop())
                .requestTotp(world.alice(), world.phone().totpCode())
                .value();

        assertThat(world.statusesOf(login.session())).containsExactly("RequestAuth", "AuthCompleted");
        assertThat(login.tokens().accessToken()).startsWith("access-" + login.session());
        assertThat(world.bsa().session(login.session()).channelKey()).isEmpty();
        assertThat(world.bsa().channels().opened()).isEmpty();
    }

    @Test
    void everyPublishedUpdate_carriesItsPositionInTheHistoryAndOnlyTheLastIsFinal() {
        World world = World.fresh();

        SessionStarted started =
                world.bsa().website(world.shop()).requestPush(world.alice()).value();
        world.phone().approve(started).value();

        assertThat(world.bsa().publisher().updatesOf(started.session()))
                .extracting(StatusUpdate::sequence)
                .containsExactly(0, 1, 2, 3, 4, 5, 6);
        assertThat(world.bsa().publisher().updatesOf(started.session()))
                .extracting(StatusUpdate::isFinal)
                .containsExactly(false, false, false, false, false, false, true);
    }
}
