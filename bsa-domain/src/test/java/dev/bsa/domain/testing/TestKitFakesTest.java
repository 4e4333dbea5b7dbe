package dev.bsa.domain.testing;

import static dev.bsa.domain.testing.AuthSessionBuilder.aPushSession;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bsa.domain.error.ErrorCode;
import dev.bsa.domain.model.AuthMethod;
import dev.bsa.domain.model.AuthSession;
import dev.bsa.domain.model.IssuedTokens;
import dev.bsa.domain.model.PushNotification;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The fakes of the test kit do what other modules' tests rely on. */
class TestKitFakesTest {

    private final AuthSession session = aPushSession().forUser("alice").build();

    @Test
    void givenKeySource_keys_areUniqueLowerCaseHex() {
        SequentialKeySource keys = new SequentialKeySource();

        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            seen.add(keys.newSessionId().value());
            seen.add(keys.newChannelKey().value());
            seen.add(keys.newQrId().value());
        }

        assertThat(seen).hasSize(300).allMatch(key -> key.matches("[0-9a-f]{32}"));
    }

    @Test
    void givenSameSeed_newDigits_isRepeatableAndAsLongAsAsked() {
        SequentialKeySource keys = new SequentialKeySource(7);
        SequentialKeySource twin = new SequentialKeySource(7);

        assertThat(keys.newDigits(6)).isEqualTo(twin.newDigits(6)).matches("[0-9]{6}");
        assertThat(keys.newDigits(8)).isEqualTo(twin.newDigits(8)).matches("[0-9]{8}");
    }

    @Test
    void givenEnqueuedDigits_newDigits_returnsThemFirstInOrder() {
        SequentialKeySource keys = new SequentialKeySource();
        keys.enqueueDigits("111111", "222222");

        assertThat(keys.newDigits(6)).isEqualTo("111111");
        assertThat(keys.newDigits(6)).isEqualTo("222222");
        assertThat(keys.newDigits(6)).matches("[0-9]{6}");
        assertThatThrownBy(() -> keys.enqueueDigits("12a")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void givenFailNextTwo_pushGateway_failsTwiceWith5017ThenDeliversAndRecords() {
        ScriptedPushGateway push = new ScriptedPushGateway();
        PushNotification notification = new PushNotification(
                session.id(),
                session.user().orElseThrow(),
                session.client(),
                "Shop",
                AuthMethod.PUSH,
                session.expiresAt());
        push.failNext(2);

        assertThat(push.send(notification).errorCode()).isEqualTo(ErrorCode.PUSH_FAILED);
        assertThat(push.send(notification).errorCode()).isEqualTo(ErrorCode.PUSH_FAILED);
        assertThat(push.send(notification).isSuccess()).isTrue();
        assertThat(push.sent()).containsExactly(notification);
        assertThat(push.sentTo(session.user().orElseThrow())).containsExactly(notification);
    }

    @Test
    void givenFailNextOne_channelGatewayAndNodeVerifier_failOnceWithTheirCodes() {
        ScriptedChannelGateway channels = new ScriptedChannelGateway();
        ScriptedNodeVerifier nodes = new ScriptedNodeVerifier();
        channels.failNext(1);
        nodes.failNext(1);

        assertThat(channels.open(session).errorCode()).isEqualTo(ErrorCode.CHANNEL_CREATION_FAILED);
        assertThat(channels.open(session).isSuccess()).isTrue();
        assertThat(nodes.verify(session).errorCode()).isEqualTo(ErrorCode.NODE_VERIFICATION_FAILED);
        assertThat(nodes.verify(session).isSuccess()).isTrue();
        assertThat(channels.opened()).containsExactly(session.id());
        assertThat(nodes.verified()).containsExactly(session.id());
    }

    @Test
    void givenTwoCalls_tokenIssuer_givesDistinctReadableTokens() {
        FakeTokenIssuer issuer = new FakeTokenIssuer();

        IssuedTokens first = issuer.issue(session, TestBsa.START);
        IssuedTokens second = issuer.issue(session, TestBsa.START);

        assertThat(first.accessToken()).isEqualTo("access-" + session.id() + "-1");
        assertThat(first.refreshToken()).isEqualTo("refresh-" + session.id() + "-1");
        assertThat(second).isNotEqualTo(first);
        assertThat(issuer.issued()).containsExactly(first, second);
    }
}
