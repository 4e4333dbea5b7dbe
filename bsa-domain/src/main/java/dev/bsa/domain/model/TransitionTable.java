package dev.bsa.domain.model;

import static dev.bsa.domain.model.AuthMethod.OTP;
import static dev.bsa.domain.model.AuthMethod.PUSH;
import static dev.bsa.domain.model.AuthMethod.QR;
import static dev.bsa.domain.model.AuthMethod.TOTP;
import static dev.bsa.domain.model.AuthStatus.AUTH_CANCELED;
import static dev.bsa.domain.model.AuthStatus.AUTH_COMPLETED;
import static dev.bsa.domain.model.AuthStatus.AUTH_FAILED;
import static dev.bsa.domain.model.AuthStatus.AUTH_TIMEOUT;
import static dev.bsa.domain.model.AuthStatus.COMPLETE_VERIFICATION_OF_NODES;
import static dev.bsa.domain.model.AuthStatus.CREATE_CHANNEL;
import static dev.bsa.domain.model.AuthStatus.REQUEST_AUTH;
import static dev.bsa.domain.model.AuthStatus.REQUEST_CANCEL;
import static dev.bsa.domain.model.AuthStatus.SELECT_NODES;
import static dev.bsa.domain.model.AuthStatus.START_AUTH;
import static dev.bsa.domain.model.AuthStatus.START_VERIFICATION_OF_NODES;

import dev.bsa.domain.error.ErrorCode;
import dev.bsa.domain.error.Result;
import dev.bsa.domain.model.AuthEvent.AuthStarted;
import dev.bsa.domain.model.AuthEvent.CancelConfirmed;
import dev.bsa.domain.model.AuthEvent.CancelRequested;
import dev.bsa.domain.model.AuthEvent.ChannelCreated;
import dev.bsa.domain.model.AuthEvent.ChannelCreationFailed;
import dev.bsa.domain.model.AuthEvent.DeadlinePassed;
import dev.bsa.domain.model.AuthEvent.NodeVerificationFailed;
import dev.bsa.domain.model.AuthEvent.NodesSelected;
import dev.bsa.domain.model.AuthEvent.NodesVerified;
import dev.bsa.domain.model.AuthEvent.PushFailed;
import dev.bsa.domain.model.AuthEvent.QrScanned;
import dev.bsa.domain.model.AuthEvent.QrScannedOutsideApp;
import dev.bsa.domain.model.AuthEvent.Refused;
import dev.bsa.domain.model.AuthEvent.SecondFactorPassed;
import dev.bsa.domain.model.AuthEvent.TokensIssued;
import dev.bsa.domain.model.AuthEvent.TotpVerified;
import dev.bsa.domain.model.AuthEvent.UserRejected;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The authentication session state machine as one table: for a status and a kind of event, the
 * next status and the methods the edge exists for. Every other (method, status, event) triple is a
 * rejection with {@code 5019} (no authentication in progress that could take that event): the
 * machine is total, it never throws.
 */
public final class TransitionTable {

    private static final Set<AuthMethod> WITH_PUSH = EnumSet.of(PUSH, OTP);
    private static final Set<AuthMethod> WITH_CHANNEL = EnumSet.of(PUSH, OTP, QR);
    private static final Set<AuthMethod> ONLY_QR = EnumSet.of(QR);
    private static final Set<AuthMethod> ONLY_TOTP = EnumSet.of(TOTP);
    private static final Set<AuthStatus> LIVE_WITH_CHANNEL = EnumSet.of(
            REQUEST_AUTH,
            CREATE_CHANNEL,
            SELECT_NODES,
            START_AUTH,
            START_VERIFICATION_OF_NODES,
            COMPLETE_VERIFICATION_OF_NODES);

    /**
     * One edge of the machine.
     *
     * @param from    the status the session is in
     * @param event   the kind of event
     * @param to      the status that follows
     * @param methods the methods this edge exists for
     */
    public record Edge(AuthStatus from, Class<? extends AuthEvent> event, AuthStatus to, Set<AuthMethod> methods) {}

    private record Key(AuthStatus from, Class<? extends AuthEvent> event) {}

    private static final Map<Key, Edge> EDGES = new LinkedHashMap<>();

    static {
        edge(REQUEST_AUTH, ChannelCreated.class, CREATE_CHANNEL, WITH_CHANNEL);
        edge(REQUEST_AUTH, ChannelCreationFailed.class, AUTH_FAILED, WITH_CHANNEL);
        edge(REQUEST_AUTH, TotpVerified.class, AUTH_COMPLETED, ONLY_TOTP);
        edge(REQUEST_AUTH, Refused.class, AUTH_FAILED, ONLY_TOTP);
        edge(CREATE_CHANNEL, NodesSelected.class, SELECT_NODES, WITH_PUSH);
        edge(CREATE_CHANNEL, QrScanned.class, SELECT_NODES, ONLY_QR);
        edge(CREATE_CHANNEL, QrScannedOutsideApp.class, AUTH_FAILED, ONLY_QR);
        edge(CREATE_CHANNEL, Refused.class, AUTH_FAILED, ONLY_QR);
        edge(SELECT_NODES, PushFailed.class, AUTH_FAILED, WITH_PUSH);
        edge(SELECT_NODES, AuthStarted.class, START_AUTH, WITH_CHANNEL);
        edge(SELECT_NODES, UserRejected.class, AUTH_FAILED, WITH_CHANNEL);
        edge(START_AUTH, SecondFactorPassed.class, START_VERIFICATION_OF_NODES, WITH_CHANNEL);
        edge(START_AUTH, UserRejected.class, AUTH_FAILED, WITH_CHANNEL);
        edge(START_VERIFICATION_OF_NODES, NodesVerified.class, COMPLETE_VERIFICATION_OF_NODES, WITH_CHANNEL);
        edge(START_VERIFICATION_OF_NODES, NodeVerificationFailed.class, AUTH_FAILED, WITH_CHANNEL);
        edge(COMPLETE_VERIFICATION_OF_NODES, TokensIssued.class, AUTH_COMPLETED, WITH_CHANNEL);
        for (AuthStatus live : LIVE_WITH_CHANNEL) {
            edge(live, DeadlinePassed.class, AUTH_TIMEOUT, WITH_CHANNEL);
            edge(live, CancelRequested.class, REQUEST_CANCEL, WITH_CHANNEL);
        }
        edge(REQUEST_CANCEL, CancelConfirmed.class, AUTH_CANCELED, WITH_CHANNEL);
    }

    private TransitionTable() {}

    private static void edge(
            AuthStatus from, Class<? extends AuthEvent> event, AuthStatus to, Set<AuthMethod> methods) {
        EDGES.put(new Key(from, event), new Edge(from, event, to, Set.copyOf(methods)));
    }

    /**
     * The status a session of {@code method} in {@code from} moves to on {@code event}, or a
     * {@code 5019} rejection when the machine has no such edge.
     */
    public static Result<AuthStatus> next(AuthMethod method, AuthStatus from, AuthEvent event) {
        Edge edge = EDGES.get(new Key(from, event.getClass()));
        if (edge == null || !edge.methods().contains(method)) {
            return Result.reject(
                    ErrorCode.NO_AUTH_IN_PROGRESS,
                    "a " + method + " session in " + from + " cannot take "
                            + event.getClass().getSimpleName());
        }
        return Result.success(edge.to());
    }

    /** Every edge, in declaration order, for documentation and tests. */
    public static List<Edge> edges() {
        return List.copyOf(EDGES.values());
    }
}
