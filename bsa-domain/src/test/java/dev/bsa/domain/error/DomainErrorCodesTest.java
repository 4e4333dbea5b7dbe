package dev.bsa.domain.error;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bsa.domain.model.AuthMethod;
import dev.bsa.domain.model.Client;
import dev.bsa.domain.model.ClientKey;
import dev.bsa.domain.model.User;
import dev.bsa.domain.model.UserStatus;
import dev.bsa.domain.port.in.SessionStarted;
import dev.bsa.domain.testing.Phone;
import dev.bsa.domain.testing.TestBsa;
import dev.bsa.domain.testing.Website;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every error code of DESIGN §3.1, each with a use-case call that produces it. The code is what the
 * integrator sees: the rejection's code, or for 5010, 5011 and 5024 (which end a session rather
 * than refuse a call) the code the session ends with.
 */
class DomainErrorCodesTest {

    /**
     * Codes the domain cannot produce. Empty: even 2001 is produced, when an app code cannot be drawn
     * because every draw collides with a valid code (see the 2001 row).
     */
    private static final Set<ErrorCode> CANNOT_PRODUCE = EnumSet.noneOf(ErrorCode.class);

    /** A fresh domain: "shop" allows every method, "alice" is active and linked to it. */
    private record World(TestBsa bsa, Client client, User alice) {
        static World fresh() {
            TestBsa bsa = new TestBsa();
            Client shop = bsa.givenClientForEveryMethod("shop");
            return new World(bsa, shop, bsa.givenLinkedUser("alice", shop));
        }

        Website shop() {
            return bsa.website(client);
        }

        Phone phone() {
            return bsa.phone(alice);
        }

        SessionStarted push() {
            return shop().requestPush(alice).value();
        }

        ErrorCode endedWith(SessionStarted started) {
            return shop().status(started).value().error().orElseThrow();
        }

        ErrorCode withStatus(UserStatus status) {
            bsa.changeStatus(alice, status);
            return shop().requestPush(alice).errorCode();
        }
    }

    private static Arguments row(int code, String call, Function<World, ErrorCode> scenario) {
        return Arguments.of(code, call, scenario);
    }

    static Stream<Arguments> everyProducibleCode() {
        return Stream.of(
                row(
                        2000,
                        "requestPush with an unknown client key",
                        w -> new Website(w.bsa().services(), new ClientKey("nobody"))
                                .requestPush("alice")
                                .errorCode()),
                row(2001, "issueAppOtp when every draw collides with a valid code", w -> {
                    User bob = w.bsa().givenLinkedUser("bob", w.client());
                    String[] alwaysTheSame = new String[64];
                    Arrays.fill(alwaysTheSame, "111111");
                    w.bsa().keys().enqueueDigits(alwaysTheSame);
                    w.bsa().phone(bob).issueOtp().value();
                    return w.phone().issueOtp().errorCode();
                }),
                row(
                        2002,
                        "requestPush with a malformed user key",
                        w -> w.shop().requestPush("al ice").errorCode()),
                row(
                        2004,
                        "cancelByChannel with an unknown channel",
                        w -> w.shop().cancelChannel("f".repeat(32)).errorCode()),
                row(
                        2008,
                        "requestPush for an unregistered user",
                        w -> w.shop().requestPush("ghost").errorCode()),
                row(2010, "requestPush while the user has a live login", w -> {
                    w.push();
                    return w.shop().requestPush(w.alice()).errorCode();
                }),
                row(
                        3005,
                        "requestTotp with a wrong code",
                        w -> w.shop()
                                .requestTotp(w.alice(), w.phone().wrongTotpCode())
                                .errorCode()),
                row(
                        3100,
                        "cancelByUser of an unregistered user",
                        w -> w.shop().cancelUser("ghost").errorCode()),
                row(3201, "requestPush for a user who did not link the client", w -> {
                    Client bank = w.bsa().givenClientForEveryMethod("bank");
                    return w.bsa().website(bank).requestPush(w.alice()).errorCode();
                }),
                row(3301, "requestQr by a client without the QR login type", w -> {
                    Client pushOnly = w.bsa().givenClient("push-only", AuthMethod.PUSH);
                    return w.bsa().website(pushOnly).requestQr().errorCode();
                }),
                row(5001, "deviceStart after the deadline", w -> {
                    SessionStarted started = w.push();
                    w.bsa().clock().advance(Duration.ofSeconds(60));
                    return w.phone().start(started).errorCode();
                }),
                row(5005, "requestPush for an unapproved user", w -> w.withStatus(UserStatus.UNAPPROVED)),
                row(
                        5006,
                        "requestPush for a temporarily suspended user",
                        w -> w.withStatus(UserStatus.TEMPORARILY_SUSPENDED)),
                row(
                        5007,
                        "requestPush for a permanently suspended user",
                        w -> w.withStatus(UserStatus.PERMANENTLY_SUSPENDED)),
                row(5008, "requestPush for a withdrawn user", w -> w.withStatus(UserStatus.WITHDRAWN)),
                row(5010, "deviceReject: the session ends with it", w -> {
                    SessionStarted started = w.push();
                    return w.phone().reject(started).value().error().orElseThrow();
                }),
                row(5011, "cancelByUser: the session ends with it", w -> {
                    w.push();
                    return w.shop().cancel(w.alice()).value().error().orElseThrow();
                }),
                row(5015, "requestPush when the channel cannot be opened", w -> {
                    w.bsa().channels().failNext(1);
                    return w.shop().requestPush(w.alice()).errorCode();
                }),
                row(5017, "requestPush when the push cannot be sent", w -> {
                    w.bsa().push().failNext(1);
                    return w.shop().requestPush(w.alice()).errorCode();
                }),
                row(
                        5019,
                        "cancelByUser with nothing in progress",
                        w -> w.shop().cancel(w.alice()).errorCode()),
                row(5022, "deviceApprove when node verification fails", w -> {
                    SessionStarted started = w.push();
                    w.bsa().nodes().failNext(1);
                    return w.phone().approve(started).errorCode();
                }),
                row(
                        5023,
                        "scanQr with an unknown QR id",
                        w -> w.phone().scanQrId("0".repeat(32)).errorCode()),
                row(5024, "scanOutsideApp: the session ends with it", w -> {
                    SessionStarted started = w.shop().requestQr().value();
                    w.phone().scanOutsideApp(started).value();
                    return w.endedWith(started);
                }),
                row(5026, "requestTotp after five attempts today", w -> {
                    for (int i = 0; i < 5; i++) {
                        w.shop().requestTotp(w.alice(), w.phone().wrongTotpCode());
                    }
                    return w.shop().requestTotp(w.alice(), w.phone().totpCode()).errorCode();
                }));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("everyProducibleCode")
    void everyProducibleCode_comesOutOfItsUseCaseCall(int expected, String call, Function<World, ErrorCode> scenario) {
        ErrorCode produced = scenario.apply(World.fresh());

        assertThat(produced).isNotNull();
        assertThat(produced.code()).isEqualTo(expected);
    }

    @Test
    void everyCatalogueCode_isInTheTableOrListedAsNotProducible() {
        Set<ErrorCode> inTable = everyProducibleCode()
                .map(arguments -> ErrorCode.ofCode((Integer) arguments.get()[0]).orElseThrow())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ErrorCode.class)));
        Set<ErrorCode> accountedFor = EnumSet.copyOf(inTable);
        accountedFor.addAll(CANNOT_PRODUCE);

        assertThat(inTable)
                .as("codes both produced and listed as not producible")
                .noneMatch(CANNOT_PRODUCE::contains);
        assertThat(accountedFor).containsExactlyInAnyOrder(ErrorCode.values());
    }
}
