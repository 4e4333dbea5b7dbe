package dev.bsa.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bsa.domain.error.ErrorCode;
import dev.bsa.domain.error.Result;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every key that crosses the wire is parsed into a {@code Result}: null, blank, oversized, non-ASCII
 * or SQL-looking input is a rejection with the key's code (2000 client key, 5023 QR id, 2002 the
 * rest), never an exception; well-formed input is accepted as it is.
 */
class UntrustedKeyInputTest {

    private static final String HEX_32 = "0123456789abcdef0123456789abcdef";

    private record KeyType(String name, Function<String, Result<?>> parser, ErrorCode code) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final KeyType USER_KEY = new KeyType("UserKey", UserKey::parse, ErrorCode.INVALID_PARAMETER);
    private static final KeyType CLIENT_KEY = new KeyType("ClientKey", ClientKey::parse, ErrorCode.INVALID_CLIENT_KEY);
    private static final KeyType QR_ID = new KeyType("QrId", QrId::parse, ErrorCode.INVALID_QR);
    private static final KeyType SESSION_ID = new KeyType("SessionId", SessionId::parse, ErrorCode.INVALID_PARAMETER);
    private static final KeyType CHANNEL_KEY =
            new KeyType("ChannelKey", ChannelKey::parse, ErrorCode.INVALID_PARAMETER);

    private static final String[] BAD_FOR_EVERY_KEY = {
        null,
        "",
        " ",
        "   ",
        "\t",
        "\n",
        "a".repeat(300),
        "x".repeat(100_000),
        "사용자",
        "ユーザー",
        "usér",
        "ａｌｉｃｅ",
        "\u0000",
        "alice bob",
        "alice'; DROP TABLE users;--",
        "' OR '1'='1",
        "1; SELECT * FROM sessions",
        "\"alice\"",
        "alice%27",
        "<script>",
        "../../etc/passwd",
        "ab\u202Ecd",
    };

    static Stream<Arguments> everyKeyTypeAndBadInput() {
        return Stream.of(USER_KEY, CLIENT_KEY, QR_ID, SESSION_ID, CHANNEL_KEY)
                .flatMap(type -> Stream.of(BAD_FOR_EVERY_KEY).map(raw -> Arguments.of(type, raw)));
    }

    @ParameterizedTest(name = "{0} rejects [{1}]")
    @MethodSource("everyKeyTypeAndBadInput")
    void givenBadInput_parse_rejectsWithTheKeysCode(KeyType type, String raw) {
        Result<?> parsed = type.parser().apply(raw);

        assertThat(parsed.isSuccess()).isFalse();
        assertThat(parsed.errorCode()).isEqualTo(type.code());
        assertThat(parsed.rejection().detail()).isNotBlank();
    }

    static Stream<Arguments> wellFormedInput() {
        return Stream.of(
                Arguments.of(USER_KEY, "alice"), Arguments.of(USER_KEY, "alice.kim+test@example-mail_1.com"),
                Arguments.of(USER_KEY, "u".repeat(64)), Arguments.of(CLIENT_KEY, "shop_01-A"),
                Arguments.of(CLIENT_KEY, "c".repeat(64)), Arguments.of(QR_ID, HEX_32),
                Arguments.of(SESSION_ID, HEX_32), Arguments.of(CHANNEL_KEY, HEX_32));
    }

    @ParameterizedTest(name = "{0} accepts {1}")
    @MethodSource("wellFormedInput")
    void givenWellFormedInput_parse_acceptsItUnchanged(KeyType type, String raw) {
        Result<?> parsed = type.parser().apply(raw);

        assertThat(parsed.isSuccess()).isTrue();
        assertThat(parsed.value()).hasToString(raw);
    }

    @Test
    void givenKeysJustOverTheirLength_parse_rejectsThem() {
        assertThat(UserKey.parse("u".repeat(65)).errorCode()).isEqualTo(ErrorCode.INVALID_PARAMETER);
        assertThat(ClientKey.parse("c".repeat(65)).errorCode()).isEqualTo(ErrorCode.INVALID_CLIENT_KEY);
        assertThat(SessionId.parse(HEX_32 + "0").errorCode()).isEqualTo(ErrorCode.INVALID_PARAMETER);
        assertThat(QrId.parse(HEX_32.substring(1)).errorCode()).isEqualTo(ErrorCode.INVALID_QR);
    }

    @Test
    void givenCharactersOutsideEachAlphabet_parse_rejectsThem() {
        assertThat(ClientKey.parse("shop@example").errorCode()).isEqualTo(ErrorCode.INVALID_CLIENT_KEY);
        assertThat(ChannelKey.parse(HEX_32.toUpperCase()).errorCode()).isEqualTo(ErrorCode.INVALID_PARAMETER);
        assertThat(QrId.parse("g" + HEX_32.substring(1)).errorCode()).isEqualTo(ErrorCode.INVALID_QR);
    }

    @Test
    void givenMalformedValueInCode_constructors_throwBecauseThatIsAProgrammingError() {
        assertThatThrownBy(() -> new UserKey("bad key")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ClientKey(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SessionId("xyz")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new QrId("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ChannelKey(HEX_32.toUpperCase())).isInstanceOf(IllegalArgumentException.class);
    }
}
