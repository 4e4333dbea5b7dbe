package dev.bsa.sim.adapter.out.persistence;

import dev.bsa.domain.error.ErrorCode;
import dev.bsa.domain.model.AuthMethod;
import dev.bsa.domain.model.AuthSession;
import dev.bsa.domain.model.AuthStatus;
import dev.bsa.domain.model.ChannelKey;
import dev.bsa.domain.model.ClientKey;
import dev.bsa.domain.model.IssuedTokens;
import dev.bsa.domain.model.QrId;
import dev.bsa.domain.model.SessionId;
import dev.bsa.domain.model.UserKey;
import dev.bsa.sim.adapter.out.persistence.jooq.tables.records.AuthSessionRow;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How an {@link AuthSession} is written to a row of {@code AUTH_SESSION} and read back: the history
 * as comma-separated wire names, the error as its numeric code, and the derived columns
 * {@code STATUS}, {@code LIVE}, {@code LIVE_USER_KEY} and {@code TOKENS_ERASE_AT}.
 */
final class SessionRows {

    private SessionRows() {}

    /** The user a live session holds (the value of {@code LIVE_USER_KEY}); empty once it ended or while it has none. */
    static Optional<UserKey> liveUser(AuthSession session) {
        return session.isLive() ? session.user() : Optional.empty();
    }

    static AuthSessionRow toRow(AuthSession session) {
        AuthSessionRow row = new AuthSessionRow();
        row.setSessionId(session.id().value());
        row.setMethod(session.method().name());
        row.setClientKey(session.client().value());
        row.setUserKey(session.user().map(UserKey::value).orElse(null));
        row.setChannelKey(session.channelKey().map(ChannelKey::value).orElse(null));
        row.setQrId(session.qrId().map(QrId::value).orElse(null));
        row.setCreatedAt(session.createdAt());
        row.setExpiresAt(session.expiresAt());
        row.setHistory(session.history().stream().map(AuthStatus::wireName).collect(Collectors.joining(",")));
        row.setStatus(session.status().wireName());
        row.setLive(session.isLive());
        row.setErrorCode(session.error().map(ErrorCode::code).orElse(null));
        row.setAccessToken(session.tokens().map(IssuedTokens::accessToken).orElse(null));
        row.setRefreshToken(session.tokens().map(IssuedTokens::refreshToken).orElse(null));
        row.setVersion(session.version());
        row.setLiveUserKey(liveUser(session).map(UserKey::value).orElse(null));
        row.setTokensEraseAt(!session.isLive() && session.tokens().isPresent() ? session.expiresAt() : null);
        return Rows.complete(row);
    }

    static AuthSession fromRow(AuthSessionRow row) {
        List<AuthStatus> history = Arrays.stream(row.getHistory().split(",", -1))
                .map(name -> AuthStatus.ofWireName(name)
                        .orElseThrow(() -> new IllegalArgumentException("unknown status in history: " + name)))
                .toList();
        Optional<ErrorCode> error = Optional.ofNullable(row.getErrorCode())
                .map(code -> ErrorCode.ofCode(code)
                        .orElseThrow(() -> new IllegalArgumentException("unknown error code: " + code)));
        Optional<IssuedTokens> tokens = row.getAccessToken() == null || row.getRefreshToken() == null
                ? Optional.empty()
                : Optional.of(new IssuedTokens(row.getAccessToken(), row.getRefreshToken()));
        return new AuthSession(
                new SessionId(row.getSessionId()),
                AuthMethod.valueOf(row.getMethod()),
                new ClientKey(row.getClientKey()),
                Optional.ofNullable(row.getUserKey()).map(UserKey::new),
                Optional.ofNullable(row.getChannelKey()).map(ChannelKey::new),
                Optional.ofNullable(row.getQrId()).map(QrId::new),
                row.getCreatedAt(),
                row.getExpiresAt(),
                history,
                error,
                tokens,
                row.getVersion());
    }
}
