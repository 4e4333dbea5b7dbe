package dev.bsa.domain.error;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The catalogue of every error code the BSA service reports: the numeric value (part of the contract,
 * never changed), the English and Korean description and the suggested solution in both languages.
 *
 * <p>The English texts follow the BSA-JS SDK pages; the Korean texts follow the Korean SDK page
 * where it has the code, and are written in the same register where it does not.
 */
public enum ErrorCode {
    INVALID_CLIENT_KEY(2000, "Invalid client key", "클라이언트 키가 잘못 된 경우", "Check the client key", "발급 받은 클라이언트 키를 확인합니다."),
    SERVER_ERROR(
            2001,
            "Server error",
            "서버 오류가 발생한 경우",
            "This is never expected; report it with the correlation id in the response",
            "예상하지 못한 오류로 응답의 상관 ID와 함께 문의바랍니다."),
    INVALID_PARAMETER(
            2002,
            "Required parameter missing or malformed",
            "필수 파라미터가 없거나 형식이 잘못 된 경우",
            "Check the request parameters against the API documentation",
            "API 문서를 참고하여 요청 파라미터를 확인바랍니다."),
    CHANNEL_NOT_FOUND(
            2004,
            "Channel does not exist",
            "채널이 존재하지 않는 경우",
            "Use the channel key returned by the authentication request",
            "인증 요청 시 반환된 채널 키를 사용하시기 바랍니다."),
    UNREGISTERED_USER(
            2008, "Unregistered user", "가입 되어 있지 않은 사용자 인 경우", "Check BSA sign in status", "GCCS 가입 여부를 확인바랍니다."),
    AUTH_IN_PROGRESS(
            2010,
            "User authentication in-progress",
            "인증이 진행 중인 사용자 인 경우",
            "Depending on the circumstances, cancel previous authentication and request for new one",
            "인증이 진행 중인 사용자로 상황에 따라 인증취소 후 재 인증 요청 바랍니다."),
    CODE_VERIFICATION_FAILED(
            3005,
            "OTP/TOTP code verification failure",
            "OTP/TOTP CODE 검증에 실패할 경우",
            "Make request for re-verification",
            "CODE 재 검증 요청 바랍니다."),
    CANCEL_UNREGISTERED_USER(
            3100, "Unregistered user", "가입 되어 있지 않은 사용자 인 경우", "Check the user key requested", "요청한 사용자 키를 확인바랍니다."),
    CLIENT_NOT_LINKED(
            3201,
            "Not properly linked client",
            "클라이언트 연동이 되어 있지 않은 경우",
            "After signing up for BSA, go through Menu => My BSA => Trusted Website => Site Link "
                    + "and connect with the client website",
            "GCCS 가입 완료 후 메뉴 => 사이트 연동을 통해 연동을 진행해주시기 바랍니다."),
    LOGIN_TYPE_NOT_CONFIGURED(
            3301,
            "Unspecified client login type",
            "클라이언트 로그인 타입이 정해져 있지 않은 경우",
            "Error with specifying the client, contact the person in charge to solve this matter",
            "클라이언트 설정 오류인 경우로 관리자에게 문의바랍니다."),
    AUTH_TIMEOUT(
            5001,
            "Authentication timeout",
            "인증 시간이 만료 된 경우",
            "Make request for authentication once again because previous authentication is no longer valid",
            "인증 시간이 만료 된 경우로 인증 재 요청이 필요합니다."),
    USER_NOT_APPROVED(
            5005,
            "Unauthorized user",
            "승인 되지 않은 사용자",
            "Contact the person in charge to solve this matter",
            "승인 되지 않은 사용자로 관리자에게 문의바랍니다."),
    USER_TEMPORARILY_SUSPENDED(
            5006,
            "Temporarily suspended user",
            "일시 정지 된 사용자",
            "Contact the person in charge to solve this matter",
            "일시 정지 된 사용자로 관리자에게 문의바랍니다."),
    USER_PERMANENTLY_SUSPENDED(
            5007,
            "Permanently suspended user",
            "영구 정지 된 사용자",
            "Contact the person in charge to solve this matter",
            "영구 정지 된 사용자로 관리자에게 문의바랍니다."),
    USER_WITHDRAWN(
            5008,
            "Withdrawn user",
            "탈퇴 사용자",
            "User accounts can be reactivated within certain period of time by reactivation",
            "탈퇴 된 사용자로 일정 기간 내에 계정 복구 기능을 통해 복구가 가능합니다."),
    AUTH_REJECTED(
            5010,
            "Authentication failed",
            "인증에 실패한 경우",
            "The user rejected the request on the phone; make request for re-authentication",
            "사용자가 앱에서 인증을 거부한 경우로 재 인증 요청 바랍니다."),
    AUTH_CANCELED(
            5011, "User authentication canceled", "인증이 취소 된 경우", "Make request for re-authentication", "재 인증 요청 바랍니다."),
    CHANNEL_CREATION_FAILED(
            5015,
            "Failed to create channel",
            "채널 생성 실패",
            "It can occur when the parameters are not enough. If it happens constantly, "
                    + "please inquire the person in charge",
            "파라미터가 부족한 경우 발생할 수 있습니다. 지속적으로 발생하는 경우 문의바랍니다."),
    PUSH_FAILED(
            5017,
            "Failed to send push notification",
            "푸시 알림 전송 실패",
            "Problems have occurred with the FCM (Firebase Cloud Messaging), etc. If it happens "
                    + "constantly, please inquire the person in charge",
            "FCM 등에 문제가 발생한 경우입니다. 지속적으로 발생하는 경우 문의바랍니다."),
    NO_AUTH_IN_PROGRESS(
            5019,
            "No authentication in progress",
            "진행 중인 인증이 없는 경우",
            "Authentication has been already canceled, or not in progress now",
            "인증이 이미 취소 되었거나 진행 중이 아닌 경우입니다."),
    NODE_VERIFICATION_FAILED(
            5022,
            "Verification failure",
            "검증이 실패 한 경우",
            "Node verification failed. If it happens constantly, please inquire the person in charge",
            "노드 검증이 실패 한 경우 발생 할 수 있습니다. 지속적으로 발생하는 경우 문의바랍니다."),
    INVALID_QR(
            5023,
            "Invalid or expired QR id",
            "QR ID가 유효하지 않거나 만료 된 경우",
            "Request a new QR code and scan it again",
            "QR 코드를 다시 요청하여 재 스캔 바랍니다."),
    QR_NOT_FROM_APP(
            5024,
            "QR code scanned outside the BSA app",
            "BSA 앱이 아닌 곳에서 QR 코드를 스캔한 경우",
            "Scan the QR code with the BSA app",
            "BSA 앱으로 QR 코드를 스캔 바랍니다."),
    TOTP_DAILY_LIMIT_EXCEEDED(
            5026,
            "Exceeded daily limit for TOTP authentication attempt",
            "일일 TOTP 인증 횟수를 초과한 사용자",
            "Make request for authentication with another method",
            "TOTP 인증 외의 방법으로 재 인증 요청 바랍니다.");

    /** The languages of the catalogue. */
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.KOREAN);

    private static final int MAX_PREFERENCE_LENGTH = 512;

    private static final Map<Integer, ErrorCode> BY_CODE =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(ErrorCode::code, Function.identity()));

    private final int code;
    private final String english;
    private final String korean;
    private final String solutionEnglish;
    private final String solutionKorean;

    ErrorCode(int code, String english, String korean, String solutionEnglish, String solutionKorean) {
        this.code = code;
        this.english = english;
        this.korean = korean;
        this.solutionEnglish = solutionEnglish;
        this.solutionKorean = solutionKorean;
    }

    /** The numeric code as sent on the wire ({@code rtCode}) and to SDK error callbacks. */
    public int code() {
        return code;
    }

    /** The description in English. */
    public String english() {
        return english;
    }

    /** The description in Korean. */
    public String korean() {
        return korean;
    }

    /** The description in Korean when the locale's language is Korean, in English otherwise. */
    public String description(Locale locale) {
        return isKorean(locale) ? korean : english;
    }

    /** The suggested solution in Korean when the locale's language is Korean, in English otherwise. */
    public String solution(Locale locale) {
        return isKorean(locale) ? solutionKorean : solutionEnglish;
    }

    /** The catalogue entry for a numeric code, if there is one. */
    public static Optional<ErrorCode> ofCode(int code) {
        return Optional.ofNullable(BY_CODE.get(code));
    }

    /**
     * The catalogue's language a language preference asks for, such as an HTTP {@code Accept-Language} value
     * ({@code "ko-KR,ko;q=0.9"}) or a plain tag ({@code "ko"}): Korean or English, English when the preference is
     * missing, malformed or names neither.
     */
    public static Locale languageFor(String preference) {
        if (preference == null || preference.isBlank() || preference.length() > MAX_PREFERENCE_LENGTH) {
            return Locale.ENGLISH;
        }
        try {
            Locale best = Locale.lookup(Locale.LanguageRange.parse(preference), LANGUAGES);
            return best == null ? Locale.ENGLISH : best;
        } catch (IllegalArgumentException malformed) {
            return Locale.ENGLISH;
        }
    }

    private static boolean isKorean(Locale locale) {
        return locale != null && "ko".equals(locale.getLanguage());
    }
}
