package dev.bsa.domain.model;

import java.util.Objects;

/**
 * A user's link to a website ("Trusted Website => Site Link" in the app); without it the website
 * gets {@code 3201} for that user.
 *
 * @param user   the user
 * @param client the website
 */
public record Link(UserKey user, ClientKey client) {

    public Link {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(client, "client");
    }
}
