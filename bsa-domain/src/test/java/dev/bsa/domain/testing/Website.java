package dev.bsa.domain.testing;

import dev.bsa.domain.error.Result;
import dev.bsa.domain.model.AuthSession;
import dev.bsa.domain.model.ClientKey;
import dev.bsa.domain.model.User;
import dev.bsa.domain.port.in.BsaUseCases;
import dev.bsa.domain.port.in.CancelUseCase.CancelByChannelCommand;
import dev.bsa.domain.port.in.CancelUseCase.CancelByUserCommand;
import dev.bsa.domain.port.in.RequestOtpUseCase.RequestOtpCommand;
import dev.bsa.domain.port.in.RequestPushUseCase.RequestPushCommand;
import dev.bsa.domain.port.in.RequestQrUseCase.RequestQrCommand;
import dev.bsa.domain.port.in.RequestTotpUseCase.RequestTotpCommand;
import dev.bsa.domain.port.in.RequestTotpUseCase.TotpLogin;
import dev.bsa.domain.port.in.SessionStarted;

/** What a registered website does with BSA, as calls of the use cases with its client key. */
public final class Website {

    private final BsaUseCases services;
    private final ClientKey key;

    /** The website with client key {@code key}. */
    public Website(BsaUseCases services, ClientKey key) {
        this.services = services;
        this.key = key;
    }

    /** {@code requestAuthCallback(userKey)}. */
    public Result<SessionStarted> requestPush(User user) {
        return requestPush(user.key().value());
    }

    /** {@code requestAuthCallback} with a raw user key. */
    public Result<SessionStarted> requestPush(String userKey) {
        return services.requestPush().requestPush(new RequestPushCommand(key.value(), userKey));
    }

    /** {@code requestOtpCallback} with what the user typed. */
    public Result<SessionStarted> requestOtp(String code) {
        return services.requestOtp().requestOtp(new RequestOtpCommand(key.value(), code));
    }

    /** {@code requestTotpCallback(userKey, totpCode)}. */
    public Result<TotpLogin> requestTotp(User user, String code) {
        return requestTotp(user.key().value(), code);
    }

    /** {@code requestTotpCallback} with a raw user key. */
    public Result<TotpLogin> requestTotp(String userKey, String code) {
        return services.requestTotp().requestTotp(new RequestTotpCommand(key.value(), userKey, code));
    }

    /** {@code requestQrCallback}. */
    public Result<SessionStarted> requestQr() {
        return services.requestQr().requestQr(new RequestQrCommand(key.value()));
    }

    /** {@code onCancel(userKey)}. */
    public Result<AuthSession> cancel(User user) {
        return cancelUser(user.key().value());
    }

    /** {@code onCancel} with a raw user key. */
    public Result<AuthSession> cancelUser(String userKey) {
        return services.cancel().cancelByUser(new CancelByUserCommand(key.value(), userKey));
    }

    /** {@code onOtpCancel} / {@code onQrCancel}: cancels the login behind the channel. */
    public Result<AuthSession> cancel(SessionStarted started) {
        return cancelChannel(started.channelKey().value());
    }

    /** A cancel by a raw channel key. */
    public Result<AuthSession> cancelChannel(String channelKey) {
        return services.cancel().cancelByChannel(new CancelByChannelCommand(key.value(), channelKey));
    }

    /** A status poll of the login behind the channel. */
    public Result<AuthSession> status(SessionStarted started) {
        return statusOfChannel(started.channelKey().value());
    }

    /** A status poll by a raw channel key. */
    public Result<AuthSession> statusOfChannel(String channelKey) {
        return services.queries().statusByChannel(key.value(), channelKey);
    }
}
