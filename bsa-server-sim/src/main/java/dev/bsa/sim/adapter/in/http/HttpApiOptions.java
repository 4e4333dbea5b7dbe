package dev.bsa.sim.adapter.in.http;

import java.util.Objects;
import java.util.Optional;

/**
 * How the HTTP API is configured by the wiring.
 *
 * @param adminToken    the bearer token of the admin routes ({@code Authorization: Bearer <token>})
 * @param publicBaseUrl the base URL QR payloads point at (e.g. {@code https://bsa.example.com}); when
 *                      absent it is derived from each request's scheme and {@code Host} header
 * @param maxBodyBytes  the largest request body accepted on ordinary routes (413 beyond it); the state
 *                      import route accepts up to {@link #STATE_IMPORT_MAX_BYTES}
 */
public record HttpApiOptions(String adminToken, Optional<String> publicBaseUrl, long maxBodyBytes) {

    /** The default body limit: 64 KiB. */
    public static final long DEFAULT_MAX_BODY_BYTES = 64 * 1024;

    /** The body limit of {@code PUT /api/v1/admin/state}: an exported state can be large. */
    public static final long STATE_IMPORT_MAX_BYTES = 32L * 1024 * 1024;

    public HttpApiOptions {
        Objects.requireNonNull(adminToken, "adminToken");
        Objects.requireNonNull(publicBaseUrl, "publicBaseUrl");
        if (adminToken.isBlank()) {
            throw new IllegalArgumentException("the admin token must not be blank");
        }
        if (maxBodyBytes < 1 || maxBodyBytes > STATE_IMPORT_MAX_BYTES) {
            throw new IllegalArgumentException("maxBodyBytes must be between 1 and " + STATE_IMPORT_MAX_BYTES);
        }
        publicBaseUrl = publicBaseUrl.map(url -> url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
    }

    /** Options with the default body limit and no public base URL. */
    public static HttpApiOptions withAdminToken(String adminToken) {
        return new HttpApiOptions(adminToken, Optional.empty(), DEFAULT_MAX_BODY_BYTES);
    }
}
