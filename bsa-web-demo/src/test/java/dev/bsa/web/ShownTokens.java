package dev.bsa.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bsa.sim.application.model.AccessTokenClaims;
import dev.bsa.web.browser.LoginPage.SignedIn;
import dev.bsa.web.browser.RunningDemo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;

/** Checks that what a page shows after a login are real tokens of the simulator, with their claims decoded truly. */
final class ShownTokens {

    /** The demo seed's website. */
    static final String DEMO_CLIENT_KEY = "demo-client-key";

    private static final ObjectMapper JSON = new ObjectMapper();

    private ShownTokens() {}

    /** The page shows a verifiable access token of {@code user} by {@code method}, its true claims, and a refresh token. */
    static void areTokensOf(RunningDemo demo, SignedIn shown, String user, String method) {
        AccessTokenClaims verified = demo.control()
                .tokens()
                .verify(DEMO_CLIENT_KEY, shown.accessToken())
                .value();
        assertThat(verified.subject().value()).isEqualTo(user);
        assertThat(verified.method().name()).isEqualTo(method);
        assertThat(shown.headline()).isEqualTo("Signed in as " + user + ".");
        assertThat(shown.claims()).as("the claims shown are the token's own").isEqualTo(part(shown.accessToken(), 1));
        assertThat(shown.jwtHeader()).as("the header shown is the token's own").isEqualTo(part(shown.accessToken(), 0));
        assertThat(shown.jwtHeader().path("kid").asText()).isEqualTo(verified.keyId());
        assertThat(shown.claims().path("sub").asText()).isEqualTo(user);
        assertThat(shown.claims().path("aud").asText()).isEqualTo(DEMO_CLIENT_KEY);
        assertThat(shown.claims().path("auth_method").asText()).isEqualTo(method);
        assertThat(shown.claims().path("sid").asText())
                .isEqualTo(verified.session().value());
        assertThat(shown.refreshToken()).isNotBlank().isNotEqualTo(shown.accessToken());
    }

    private static JsonNode part(String jwt, int index) {
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[index]));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
