package dev.bsa.sim.adapter.in.http;

import dev.bsa.domain.error.ErrorCode;
import dev.bsa.domain.model.AuthSession;
import dev.bsa.domain.model.AuthStatus;
import dev.bsa.domain.model.IssuedTokens;
import dev.bsa.domain.port.in.SessionStarted;
import dev.bsa.sim.application.model.AccessTokenClaims;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** The {@code data} shapes of the website-side routes. */
final class WebsiteViews {

    private WebsiteViews() {}

    /** A started push or OTP login. */
    record Started(String sessionId, String channelKey, String method, Instant expiresAt, long remainingSeconds) {
        static Started of(SessionStarted started) {
            return new Started(
                    started.session().value(),
                    started.channelKey().value(),
                    started.method().name(),
                    started.expiresAt(),
                    started.remainingSeconds());
        }
    }

    /** A started QR login, with what to draw. */
    record QrStarted(
            String sessionId,
            String channelKey,
            String method,
            String qrId,
            String qrPayload,
            String qrImage,
            Instant expiresAt,
            long remainingSeconds) {}

    /** A TOTP login, answered at once. */
    record TotpLogin(String sessionId, String accessToken, String refreshToken) {}

    /** A successful cancel: the session ended in AuthCanceled with 5011. */
    record Canceled(String status, int errorCode, String errorMessage) {
        static Canceled of(AuthSession session, Locale language) {
            ErrorCode code = session.error().orElse(ErrorCode.AUTH_CANCELED);
            return new Canceled(session.status().wireName(), code.code(), code.description(language));
        }
    }

    /** A polled channel: the status so far, and the outcome once ended. */
    record ChannelStatus(
            String sessionId,
            String method,
            String status,
            List<String> statuses,
            long remainingSeconds,
            Instant expiresAt,
            Integer errorCode,
            String errorMessage,
            String accessToken,
            String refreshToken) {

        static ChannelStatus of(AuthSession session, Instant now, Locale language) {
            ErrorCode error = session.error().orElse(null);
            IssuedTokens tokens = session.status() == AuthStatus.AUTH_COMPLETED
                    ? session.tokens().orElse(null)
                    : null;
            return new ChannelStatus(
                    session.id().value(),
                    session.method().name(),
                    session.status().wireName(),
                    session.history().stream().map(AuthStatus::wireName).toList(),
                    session.remainingSeconds(now),
                    session.expiresAt(),
                    error == null ? null : error.code(),
                    error == null ? null : error.description(language),
                    tokens == null ? null : tokens.accessToken(),
                    tokens == null ? null : tokens.refreshToken());
        }
    }

    /** A token pair. */
    record TokenPair(String accessToken, String refreshToken) {
        static TokenPair of(IssuedTokens tokens) {
            return new TokenPair(tokens.accessToken(), tokens.refreshToken());
        }
    }

    /** What a verified access token says. */
    record Claims(
            String issuer,
            String subject,
            String audience,
            String method,
            String sessionId,
            Instant issuedAt,
            Instant expiresAt,
            String keyId) {
        static Claims of(AccessTokenClaims claims) {
            return new Claims(
                    claims.issuer(),
                    claims.subject().value(),
                    claims.audience().value(),
                    claims.method().name(),
                    claims.session().value(),
                    claims.issuedAt(),
                    claims.expiresAt(),
                    claims.keyId());
        }
    }
}
