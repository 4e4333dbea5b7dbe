package dev.bsa.domain.error;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The outcome of a business operation: either a value or a {@link Rejection} carrying an
 * {@link ErrorCode}. Business failures travel as values; exceptions are kept for programming errors.
 *
 * @param <T> the type of the value on success
 */
public sealed interface Result<T> permits Result.Success, Result.Failure {

    /** A successful outcome. */
    record Success<T>(T value) implements Result<T> {
        public Success {
            Objects.requireNonNull(value, "value");
        }
    }

    /** A rejected outcome. */
    record Failure<T>(Rejection rejection) implements Result<T> {
        public Failure {
            Objects.requireNonNull(rejection, "rejection");
        }
    }

    /** A success holding {@code value}. */
    static <T> Result<T> success(T value) {
        return new Success<>(value);
    }

    /** A success that carries nothing. */
    static Result<Done> done() {
        return new Success<>(Done.DONE);
    }

    /** A rejection with the given code and detail. */
    static <T> Result<T> reject(ErrorCode code, String detail) {
        return new Failure<>(new Rejection(code, detail));
    }

    /** A rejection carrying an existing {@link Rejection}. */
    static <T> Result<T> reject(Rejection rejection) {
        return new Failure<>(rejection);
    }

    /** True for a success. */
    default boolean isSuccess() {
        return this instanceof Success;
    }

    /** The value of a success; an {@link IllegalStateException} on a rejection (a programming error). */
    default T value() {
        if (this instanceof Success<T> success) {
            return success.value();
        }
        throw new IllegalStateException("no value: " + rejection());
    }

    /** The rejection of a failure; an {@link IllegalStateException} on a success. */
    default Rejection rejection() {
        if (this instanceof Failure<T> failure) {
            return failure.rejection();
        }
        throw new IllegalStateException("not a rejection");
    }

    /** The error code of a failure; an {@link IllegalStateException} on a success. */
    default ErrorCode errorCode() {
        return rejection().code();
    }

    /**
     * This rejection, typed for a caller that returns another kind of result; an
     * {@link IllegalStateException} on a success.
     */
    default <U> Result<U> asRejection() {
        return new Failure<>(rejection());
    }

    /** Transforms the value of a success; a rejection passes through unchanged. */
    default <U> Result<U> map(Function<? super T, ? extends U> mapper) {
        if (this instanceof Success<T> success) {
            return success(mapper.apply(success.value()));
        }
        return new Failure<>(rejection());
    }

    /** Chains a further step that may itself reject; a rejection passes through unchanged. */
    default <U> Result<U> flatMap(Function<? super T, Result<U>> next) {
        if (this instanceof Success<T> success) {
            return next.apply(success.value());
        }
        return new Failure<>(rejection());
    }

    /** Runs a further check when this is a success, keeping the value when the check passes. */
    default Result<T> check(Function<? super T, Result<?>> check) {
        if (this instanceof Success<T> success) {
            Result<?> outcome = check.apply(success.value());
            return outcome.isSuccess() ? this : new Failure<>(outcome.rejection());
        }
        return this;
    }

    /**
     * Runs {@code action} on the rejection of a failure (to record what the failure means, say), keeping this
     * result as it is.
     */
    default Result<T> ifFailure(Consumer<? super Rejection> action) {
        if (this instanceof Failure<T> failure) {
            action.accept(failure.rejection());
        }
        return this;
    }

    /**
     * This result, a failure taking {@code code} instead of its own (its detail kept): how a gateway's refusal
     * becomes the login's error.
     */
    default Result<T> withErrorCode(ErrorCode code) {
        if (this instanceof Failure<T> failure) {
            return reject(code, failure.rejection().detail());
        }
        return this;
    }

    /** Runs {@code action} on the value of a success. */
    default Result<T> ifSuccess(Consumer<? super T> action) {
        if (this instanceof Success<T> success) {
            action.accept(success.value());
        }
        return this;
    }

    /** The value of a success, or the supplied fallback on a rejection. */
    default T orElseGet(Supplier<? extends T> fallback) {
        return isSuccess() ? value() : fallback.get();
    }
}
