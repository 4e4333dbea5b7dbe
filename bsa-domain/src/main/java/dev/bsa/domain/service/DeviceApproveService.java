package dev.bsa.domain.service;

import dev.bsa.domain.error.ErrorCode;
import dev.bsa.domain.error.Result;
import dev.bsa.domain.model.AuthEvent;
import dev.bsa.domain.model.AuthSession;
import dev.bsa.domain.model.AuthStatus;
import dev.bsa.domain.port.in.DeviceApproveUseCase;
import dev.bsa.domain.port.in.DeviceCommand;
import dev.bsa.domain.port.out.NodeVerifier;
import dev.bsa.domain.port.out.TokenIssuer;
import java.time.Clock;

/**
 * The user approved on the phone: {@code StartVerificationOfNodes}, the nodes verify (5022 ends the
 * session), {@code CompleteVerificationOfNodes}, tokens are issued, {@code AuthCompleted}.
 */
public final class DeviceApproveService implements DeviceApproveUseCase {

    private final DeviceSessions deviceSessions;
    private final SessionLifecycle lifecycle;
    private final NodeVerifier nodes;
    private final TokenIssuer tokens;
    private final Clock clock;

    DeviceApproveService(
            DeviceSessions deviceSessions,
            SessionLifecycle lifecycle,
            NodeVerifier nodes,
            TokenIssuer tokens,
            Clock clock) {
        this.deviceSessions = deviceSessions;
        this.lifecycle = lifecycle;
        this.nodes = nodes;
        this.tokens = tokens;
        this.clock = clock;
    }

    @Override
    public Result<AuthSession> approve(DeviceCommand command) {
        return deviceSessions.owned(command).flatMap(this::passSecondFactor).flatMap(this::verifyAndComplete);
    }

    /**
     * The nodes verify (5022 ends the login when they cannot), then the login completes with tokens:
     * {@code CompleteVerificationOfNodes} and {@code AuthCompleted} in one stored step.
     */
    private Result<AuthSession> verifyAndComplete(AuthSession verifying) {
        return nodes.verify(verifying)
                .ifFailure(refused -> lifecycle.advance(verifying, new AuthEvent.NodeVerificationFailed()))
                .withErrorCode(ErrorCode.NODE_VERIFICATION_FAILED)
                .flatMap(verified -> lifecycle.advance(
                        verifying,
                        new AuthEvent.NodesVerified(),
                        new AuthEvent.TokensIssued(tokens.issue(verifying, clock.instant()))));
    }

    /** Approving a request the phone has not opened yet opens it first. */
    private Result<AuthSession> passSecondFactor(AuthSession session) {
        if (session.status() == AuthStatus.SELECT_NODES) {
            return lifecycle.advance(session, new AuthEvent.AuthStarted(), new AuthEvent.SecondFactorPassed());
        }
        return lifecycle.advance(session, new AuthEvent.SecondFactorPassed());
    }
}
