package dev.bsa.client;

/**
 * A user's link to a website (without it, logins get 3201).
 *
 * @param userKey   the user account
 * @param clientKey the website's client key
 */
public record UserLink(String userKey, String clientKey) {}
