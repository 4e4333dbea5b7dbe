package dev.bsa.domain.model;

import dev.bsa.domain.error.ErrorCode;
import java.util.Optional;

/** The account status of a BSA user; every status but {@link #ACTIVE} blocks authentication with its own code. */
public enum UserStatus {
    ACTIVE(null),
    UNAPPROVED(ErrorCode.USER_NOT_APPROVED),
    TEMPORARILY_SUSPENDED(ErrorCode.USER_TEMPORARILY_SUSPENDED),
    PERMANENTLY_SUSPENDED(ErrorCode.USER_PERMANENTLY_SUSPENDED),
    WITHDRAWN(ErrorCode.USER_WITHDRAWN);

    private final ErrorCode blockedWith;

    UserStatus(ErrorCode blockedWith) {
        this.blockedWith = blockedWith;
    }

    /** The code an authentication of a user in this status is rejected with; empty for {@link #ACTIVE}. */
    public Optional<ErrorCode> blockedWith() {
        return Optional.ofNullable(blockedWith);
    }
}
