package dev.bsa.sim.adapter.in.http;

import dev.bsa.domain.error.ErrorCode;
import dev.bsa.domain.error.Rejection;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one error mapper of the HTTP API: every rejection, every framework error (unknown route,
 * wrong method, oversized body) and every unexpected exception becomes the
 * {@code {rtCode, rtMsg, data: {detail, solution}}} envelope with a meaningful HTTP status. A bug
 * becomes 2001 with a correlation id that is logged with the stack trace; no trace reaches the body.
 */
final class ErrorResponses {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorResponses.class);

    /** Registers this mapper for every exception type. */
    void install(RoutesConfig routes) {
        routes.exception(RequestRejected.class, (rejected, ctx) -> rejected(ctx, rejected));
        routes.exception(HttpResponseException.class, (framework, ctx) -> framework(ctx, framework));
        routes.exception(Exception.class, (unexpected, ctx) -> unexpected(ctx, unexpected));
    }

    /** The HTTP status an error code is answered with. */
    static int statusOf(ErrorCode code) {
        return switch (code) {
            case INVALID_CLIENT_KEY, CODE_VERIFICATION_FAILED -> 401;
            case INVALID_PARAMETER -> 400;
            case CHANNEL_NOT_FOUND, UNREGISTERED_USER, CANCEL_UNREGISTERED_USER, INVALID_QR -> 404;
            case AUTH_IN_PROGRESS, NO_AUTH_IN_PROGRESS, AUTH_CANCELED -> 409;
            case CLIENT_NOT_LINKED,
                    LOGIN_TYPE_NOT_CONFIGURED,
                    USER_NOT_APPROVED,
                    USER_TEMPORARILY_SUSPENDED,
                    USER_PERMANENTLY_SUSPENDED,
                    USER_WITHDRAWN,
                    QR_NOT_FROM_APP,
                    AUTH_REJECTED -> 403;
            case AUTH_TIMEOUT -> 410;
            case TOTP_DAILY_LIMIT_EXCEEDED -> 429;
            case CHANNEL_CREATION_FAILED -> 503;
            case PUSH_FAILED, NODE_VERIFICATION_FAILED -> 502;
            case SERVER_ERROR -> 500;
        };
    }

    private void rejected(Context ctx, RequestRejected rejected) {
        Rejection rejection = rejected.rejection();
        int status = rejected.httpStatus().orElse(statusOf(rejection.code()));
        if (rejection.code() == ErrorCode.SERVER_ERROR) {
            // An injected server fault: answered like a real one, with an id the log line carries too.
            String correlationId = UUID.randomUUID().toString();
            LOG.warn(
                    "{} answered with 2001 (correlation id {}): {}",
                    requestLine(ctx),
                    correlationId,
                    rejection.detail());
            write(ctx, status, rejection, Map.of("correlationId", correlationId));
            return;
        }
        write(ctx, status, rejection, Map.of());
    }

    private void framework(Context ctx, HttpResponseException framework) {
        int status = framework.getStatus();
        if (status >= 500) {
            unexpected(ctx, framework);
            return;
        }
        write(ctx, status, new Rejection(ErrorCode.INVALID_PARAMETER, describe(ctx, status)), Map.of());
    }

    private void unexpected(Context ctx, Exception unexpected) {
        String correlationId = UUID.randomUUID().toString();
        LOG.error("unexpected failure of {} (correlation id {})", requestLine(ctx), correlationId, unexpected);
        try {
            write(
                    ctx,
                    500,
                    new Rejection(ErrorCode.SERVER_ERROR, "an unexpected server error occurred"),
                    Map.of("correlationId", correlationId));
        } catch (RuntimeException gone) {
            // The request has ended (the client left, or the server is stopping): nobody is left to answer.
            LOG.debug("no answer to {}: {}", requestLine(ctx), gone.toString());
        }
    }

    /** "GET /path", or a placeholder when the request is no longer readable. */
    private static String requestLine(Context ctx) {
        try {
            return ctx.method() + " " + ctx.path();
        } catch (RuntimeException gone) {
            return "a request that has ended";
        }
    }

    private static String describe(Context ctx, int status) {
        if (status == HttpStatus.NOT_FOUND.getCode()) {
            return "no route " + ctx.method() + " " + ctx.path();
        }
        if (status == HttpStatus.METHOD_NOT_ALLOWED.getCode()) {
            return "method " + ctx.method() + " is not allowed on " + ctx.path();
        }
        if (status == HttpStatus.CONTENT_TOO_LARGE.getCode()) {
            return "the request body is too large";
        }
        return "the request was refused (HTTP " + status + ")";
    }

    private static void write(Context ctx, int status, Rejection rejection, Map<String, Object> extra) {
        Locale language = PreferredLanguage.of(ctx);
        ErrorCode code = rejection.code();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("detail", rejection.detail());
        data.put("solution", code.solution(language));
        data.putAll(extra);
        ctx.status(status).json(new Envelope(code.code(), code.description(language), data));
    }
}
