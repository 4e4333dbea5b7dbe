package dev.bsa.bench.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.SignedJWT;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The bare Javalin baseline answers what the report asks of it, as the simulator would shape it. */
class BareJavalinAppTest {

    private static final String BODY = "{\"userKey\":\"alice\",\"totpCode\":\"123456\"}";

    private final HttpClient http = HttpClient.newHttpClient();
    private Javalin app;

    @BeforeEach
    void start() {
        app = BareJavalinApp.start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        app.stop();
    }

    @Test
    void health_saysHello() throws Exception {
        HttpResponse<String> response =
                http.send(HttpRequest.newBuilder(uri("/health")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("hello");
    }

    @Test
    void sign_answersAnEs256TokenWithTheSimulatorsClaims() throws Exception {
        HttpResponse<String> response = post("/sign");
        JsonNode body = new ObjectMapper().readTree(response.body());
        SignedJWT token = SignedJWT.parse(body.path("data").path("accessToken").asText());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(body.path("rtCode").asInt()).isZero();
        assertThat(token.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.ES256);
        assertThat(token.getHeader().getKeyID()).isNotBlank();
        assertThat(token.getJWTClaimsSet().getSubject()).isEqualTo("alice");
        assertThat(token.getJWTClaimsSet().getAudience()).containsExactly("demo-client-key");
        assertThat(token.getJWTClaimsSet().getIssuer()).isEqualTo(BareTokenSigner.ISSUER);
        assertThat(token.getJWTClaimsSet().getStringClaim("sid"))
                .isEqualTo(body.path("data").path("sessionId").asText());
    }

    @Test
    void json_answersA3005EnvelopeWith401() throws Exception {
        HttpResponse<String> response = post("/json");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(new ObjectMapper().readTree(response.body()).path("rtCode").asInt())
                .isEqualTo(3005);
    }

    private HttpResponse<String> post(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(uri(path))
                        .header("X-BSA-Client-Key", "demo-client-key")
                        .POST(HttpRequest.BodyPublishers.ofString(BODY))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + app.port() + path);
    }
}
