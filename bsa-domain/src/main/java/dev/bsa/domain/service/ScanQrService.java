package dev.bsa.domain.service;

import dev.bsa.domain.error.Done;
import dev.bsa.domain.error.ErrorCode;
import dev.bsa.domain.error.Result;
import dev.bsa.domain.model.AuthEvent;
import dev.bsa.domain.model.AuthMethod;
import dev.bsa.domain.model.AuthSession;
import dev.bsa.domain.model.AuthStatus;
import dev.bsa.domain.model.QrId;
import dev.bsa.domain.model.UserKey;
import dev.bsa.domain.port.in.ScanQrUseCase;
import dev.bsa.domain.port.out.ClientRepository;
import dev.bsa.domain.port.out.SessionRepository;

/**
 * Scans of QR codes. A QR code is good for one scan while its session waits in
 * {@code CreateChannel} (5023 otherwise). The scanning user is checked like any other login; a
 * refusal is returned to the phone and also ends the website's session with the same code.
 */
public final class ScanQrService implements ScanQrUseCase {

    private final UserPolicy userPolicy;
    private final SessionLifecycle lifecycle;
    private final SessionRepository sessions;
    private final ClientRepository clients;

    ScanQrService(
            UserPolicy userPolicy, SessionLifecycle lifecycle, SessionRepository sessions, ClientRepository clients) {
        this.userPolicy = userPolicy;
        this.lifecycle = lifecycle;
        this.sessions = sessions;
        this.clients = clients;
    }

    @Override
    public Result<AuthSession> scan(ScanQrCommand command) {
        return waitingSession(command.qrId()).flatMap(session -> bind(session, command.user()));
    }

    /** The scanning user's checks, then the user bound; a refused scan ends the QR login with the refusal. */
    private Result<AuthSession> bind(AuthSession session, UserKey user) {
        return clients.find(session.client())
                .map(client -> userPolicy.eligible(user, client, AuthMethod.QR))
                .orElseGet(() -> Result.reject(ErrorCode.INVALID_QR, "the QR code's website is no longer registered"))
                .flatMap(eligible -> lifecycle.advance(
                        session, new AuthEvent.QrScanned(eligible.key()), new AuthEvent.AuthStarted()))
                .ifFailure(refused -> endRefused(session, refused.code()));
    }

    private void endRefused(AuthSession session, ErrorCode code) {
        if (code != ErrorCode.AUTH_TIMEOUT && code != ErrorCode.NO_AUTH_IN_PROGRESS) {
            sessions.findById(session.id()).ifPresent(latest -> lifecycle.advance(latest, new AuthEvent.Refused(code)));
        }
    }

    @Override
    public Result<Done> scanOutsideApp(String qrId) {
        return waitingSession(qrId)
                .flatMap(session -> lifecycle.advance(session, new AuthEvent.QrScannedOutsideApp()))
                .map(failed -> Done.DONE);
    }

    /** The QR session waiting for its scan; 5023 when unknown, due, scanned or ended. */
    private Result<AuthSession> waitingSession(String rawQrId) {
        Result<AuthSession> found = QrId.parse(rawQrId)
                .flatMap(id -> sessions.findByQrId(id)
                        .map(Result::success)
                        .orElseGet(() -> Result.reject(ErrorCode.INVALID_QR, "no QR login has this id")));
        return found.map(lifecycle::expireIfDue)
                .check(session -> session.status() == AuthStatus.CREATE_CHANNEL
                        ? Result.done()
                        : Result.reject(ErrorCode.INVALID_QR, "this QR code is " + describe(session.status())));
    }

    private static String describe(AuthStatus status) {
        return status == AuthStatus.AUTH_TIMEOUT
                ? "expired"
                : status.isTerminal() ? "no longer valid" : "already scanned";
    }
}
