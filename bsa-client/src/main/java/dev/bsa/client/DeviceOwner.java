package dev.bsa.client;

import dev.bsa.domain.model.UserStatus;

/**
 * The user a virtual phone belongs to.
 *
 * @param userKey          the BSA user account
 * @param status           the account status
 * @param deviceRegistered true while the user has a registered phone
 * @param phone            how the phone answers by itself
 */
public record DeviceOwner(String userKey, UserStatus status, boolean deviceRegistered, PhoneBehaviour phone) {}
