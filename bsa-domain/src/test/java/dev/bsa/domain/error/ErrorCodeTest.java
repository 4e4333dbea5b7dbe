package dev.bsa.domain.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The catalogue is part of the contract: numeric values frozen, texts in English and Korean, lookups by number. */
class ErrorCodeTest {

    /** Every code and its number, as published; changing a number breaks every integrator. */
    private static final Map<ErrorCode, Integer> FROZEN = new LinkedHashMap<>();

    static {
        FROZEN.put(ErrorCode.INVALID_CLIENT_KEY, 2000);
        FROZEN.put(ErrorCode.SERVER_ERROR, 2001);
        FROZEN.put(ErrorCode.INVALID_PARAMETER, 2002);
        FROZEN.put(ErrorCode.CHANNEL_NOT_FOUND, 2004);
        FROZEN.put(ErrorCode.UNREGISTERED_USER, 2008);
        FROZEN.put(ErrorCode.AUTH_IN_PROGRESS, 2010);
        FROZEN.put(ErrorCode.CODE_VERIFICATION_FAILED, 3005);
        FROZEN.put(ErrorCode.CANCEL_UNREGISTERED_USER, 3100);
        FROZEN.put(ErrorCode.CLIENT_NOT_LINKED, 3201);
        FROZEN.put(ErrorCode.LOGIN_TYPE_NOT_CONFIGURED, 3301);
        FROZEN.put(ErrorCode.AUTH_TIMEOUT, 5001);
        FROZEN.put(ErrorCode.USER_NOT_APPROVED, 5005);
        FROZEN.put(ErrorCode.USER_TEMPORARILY_SUSPENDED, 5006);
        FROZEN.put(ErrorCode.USER_PERMANENTLY_SUSPENDED, 5007);
        FROZEN.put(ErrorCode.USER_WITHDRAWN, 5008);
        FROZEN.put(ErrorCode.AUTH_REJECTED, 5010);
        FROZEN.put(ErrorCode.AUTH_CANCELED, 5011);
        FROZEN.put(ErrorCode.CHANNEL_CREATION_FAILED, 5015);
        FROZEN.put(ErrorCode.PUSH_FAILED, 5017);
        FROZEN.put(ErrorCode.NO_AUTH_IN_PROGRESS, 5019);
        FROZEN.put(ErrorCode.NODE_VERIFICATION_FAILED, 5022);
        FROZEN.put(ErrorCode.INVALID_QR, 5023);
        FROZEN.put(ErrorCode.QR_NOT_FROM_APP, 5024);
        FROZEN.put(ErrorCode.TOTP_DAILY_LIMIT_EXCEEDED, 5026);
    }

    @Test
    void catalogue_holdsExactlyTheTwentyFourPublishedCodesWithTheirNumbers() {
        assertThat(ErrorCode.values()).hasSize(24).containsExactlyInAnyOrderElementsOf(FROZEN.keySet());
        for (ErrorCode code : ErrorCode.values()) {
            assertThat(code.code()).as(code.name()).isEqualTo(FROZEN.get(code));
        }
    }

    @Test
    void numbers_areUnique() {
        assertThat(Arrays.stream(ErrorCode.values()).map(ErrorCode::code).distinct())
                .hasSize(24);
    }

    @ParameterizedTest
    @EnumSource(ErrorCode.class)
    void everyCode_hasEnglishAndKoreanDescriptionsAndSolutions(ErrorCode code) {
        assertThat(code.english()).isNotBlank().matches("\\p{ASCII}+");
        assertThat(code.korean()).isNotBlank().containsPattern("\\p{IsHangul}");
        assertThat(code.solution(Locale.ENGLISH)).isNotBlank().matches("\\p{ASCII}+");
        assertThat(code.solution(Locale.KOREAN)).isNotBlank().containsPattern("\\p{IsHangul}");
    }

    @ParameterizedTest
    @EnumSource(ErrorCode.class)
    void ofCode_findsEveryCodeByItsNumber(ErrorCode code) {
        assertThat(ErrorCode.ofCode(code.code())).contains(code);
    }

    @Test
    void ofCode_ofAnUnknownNumber_isEmpty() {
        assertThat(ErrorCode.ofCode(0)).isEmpty();
        assertThat(ErrorCode.ofCode(2003)).isEmpty();
        assertThat(ErrorCode.ofCode(-5011)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(ErrorCode.class)
    void description_inKoreanLocales_isKoreanAndOtherwiseEnglish(ErrorCode code) {
        assertThat(code.description(Locale.KOREAN)).isEqualTo(code.korean());
        assertThat(code.description(Locale.KOREA)).isEqualTo(code.korean());
        assertThat(code.description(Locale.forLanguageTag("ko-KR"))).isEqualTo(code.korean());
        assertThat(code.description(Locale.ENGLISH)).isEqualTo(code.english());
        assertThat(code.description(Locale.JAPANESE)).isEqualTo(code.english());
        assertThat(code.description(null)).isEqualTo(code.english());
    }

    @Test
    void knownTexts_matchTheSdkPages() {
        assertThat(ErrorCode.AUTH_CANCELED.english()).isEqualTo("User authentication canceled");
        assertThat(ErrorCode.AUTH_IN_PROGRESS.korean()).isEqualTo("인증이 진행 중인 사용자 인 경우");
        assertThat(ErrorCode.TOTP_DAILY_LIMIT_EXCEEDED.description(Locale.KOREAN))
                .isEqualTo("일일 TOTP 인증 횟수를 초과한 사용자");
    }
}
