package dev.bsa.sim.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bsa.sim.adapter.in.support.ApiClient;
import dev.bsa.sim.adapter.in.support.ApiResponse;
import dev.bsa.sim.app.SimulatorConfig.SeedSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole simulator on an H2 {@code file:} database, stopped and started again: everything the
 * API confirmed before the stop is there after the start, checked over HTTP only.
 */
class SimulatorDurabilityTest {

    private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
    private static final String ADMIN = "durability-admin-token";
    private static final String SHOP = "tea-shop";
    private static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    @TempDir
    Path directory;

    @Test
    void givenFileDatabase_restartingTheSimulator_keepsClientsUsersLinksTotpCountersAndRefreshTokens() {
        Before before;
        try (Simulator first = start()) {
            before = driveEverything(new Http(first));
        }

        try (Simulator second = start()) {
            Http http = new Http(second);
            assertThat(http.admin("GET", "/api/v1/admin/clients").data()).anySatisfy(client -> {
                assertThat(client.path("clientKey").asText()).isEqualTo(SHOP);
                assertThat(client.path("name").asText()).isEqualTo("Tea Shop");
                assertThat(client.path("loginTypes"))
                        .extracting(JsonNode::asText)
                        .containsExactly("PUSH", "TOTP");
            });
            ApiResponse zoe = http.admin("GET", "/api/v1/admin/users/zoe");
            assertThat(zoe.text("status")).isEqualTo("ACTIVE");
            assertThat(zoe.text("totpSecret")).isEqualTo(SECRET);
            assertThat(zoe.data().path("deviceRegistered").asBoolean()).isTrue();
            assertThat(http.admin("GET", "/api/v1/admin/links").data())
                    .anyMatch(link -> link.path("userKey").asText().equals("zoe")
                            && link.path("clientKey").asText().equals(SHOP));
            assertThat(http.api
                            .get("/api/v1/device/me")
                            .device(before.deviceToken())
                            .send()
                            .text("userKey"))
                    .as("the phone's token still works")
                    .isEqualTo("zoe");
            assertThat(http.admin("GET", "/api/v1/admin/users/zoe/phone").text("mode"))
                    .isEqualTo("AUTO_REJECT");

            JsonNode settings = http.admin("GET", "/api/v1/admin/settings").data();
            assertThat(settings.path("authDeadlineSeconds").asInt()).isEqualTo(45);
            assertThat(settings.path("totp").path("dailyLimit").asInt()).isEqualTo(4);

            assertThat(http.api.get("/api/v1/jwks").send().body())
                    .as("the same signing key")
                    .isEqualTo(before.jwks());
            ApiResponse claims =
                    http.website("/api/v1/tokens/verify", "{\"accessToken\":\"" + before.accessToken() + "\"}");
            assertThat(claims.status()).as(claims.toString()).isEqualTo(200);
            assertThat(claims.text("subject")).isEqualTo("zoe");

            ApiResponse refreshed =
                    http.website("/api/v1/tokens/refresh", "{\"refreshToken\":\"" + before.refreshToken() + "\"}");
            assertThat(refreshed.status()).as(refreshed.toString()).isEqualTo(200);
            assertThat(refreshed.text("refreshToken")).isNotEqualTo(before.refreshToken());
            assertThat(http.website("/api/v1/tokens/refresh", "{\"refreshToken\":\"" + before.refreshToken() + "\"}")
                            .rtCode())
                    .as("still single use")
                    .isEqualTo(2002);

            ApiResponse counters = http.admin("GET", "/api/v1/admin/users/zoe/totp");
            assertThat(counters.data().path("attemptsToday").asInt()).isEqualTo(1);
            assertThat(counters.text("lastAcceptedStep")).isEqualTo(before.lastAcceptedStep());
            assertThat(http.totp(before.totpCode()).rtCode())
                    .as("the accepted step is remembered: a replay")
                    .isEqualTo(3005);
            assertThat(http.totp("000000").rtCode()).isEqualTo(3005);
            assertThat(http.totp("000000").rtCode())
                    .as("the fourth attempt of the day")
                    .isEqualTo(3005);
            assertThat(http.totp(before.totpCode()).rtCode())
                    .as("the limit of 4 counts the attempt made before the restart")
                    .isEqualTo(5026);

            assertThat(http.admin("GET", "/api/v1/admin/audit?limit=100").data())
                    .filteredOn(entry -> entry.path("sessionId").asText().equals(before.pushSession()))
                    .extracting(entry -> entry.path("status").asText())
                    .contains("RequestAuth", "AuthCompleted");
        }
    }

    @Test
    void givenLoginLiveAtTheStop_afterTheRestart_itStillTimesOutAtItsDeadline() {
        String channelKey;
        try (Simulator first = start()) {
            Http http = new Http(first);
            setUpZoe(http);
            ApiResponse started = http.website("/api/v1/auth/push", "{\"userKey\":\"zoe\"}");
            assertThat(started.status()).as(started.toString()).isEqualTo(200);
            channelKey = started.text("channelKey");
        }

        try (Simulator second = start()) {
            Http http = new Http(second);
            assertThat(http.website("/api/v1/auth/push", "{\"userKey\":\"zoe\"}")
                            .rtCode())
                    .as("the login is still live: one per user")
                    .isEqualTo(2010);

            http.admin("POST", "/api/v1/admin/clock/advance", "{\"seconds\":61}");

            ApiResponse polled =
                    http.api.get("/api/v1/channels/" + channelKey).client(SHOP).send();
            assertThat(polled.text("status")).isEqualTo("AuthTimeout");
            assertThat(polled.data().path("errorCode").asInt()).isEqualTo(5001);
        }
    }

    @Test
    void givenFileDatabase_aResetBeforeTheRestart_keepsTheSigningKey_soTokensIssuedAfterTheResetStillVerify() {
        String jwks;
        String accessToken;
        try (Simulator first = start()) {
            Http http = new Http(first);
            http.admin("POST", "/api/v1/admin/reset", "{}");
            String deviceToken = setUpZoe(http);
            String code = http.api
                    .get("/api/v1/device/totp")
                    .device(deviceToken)
                    .send()
                    .text("code");
            accessToken = http.totp(code).text("accessToken");
            jwks = http.api.get("/api/v1/jwks").send().body();
        }

        try (Simulator second = start()) {
            Http http = new Http(second);
            assertThat(http.api.get("/api/v1/jwks").send().body()).isEqualTo(jwks);
            ApiResponse claims = http.website("/api/v1/tokens/verify", "{\"accessToken\":\"" + accessToken + "\"}");
            assertThat(claims.status()).as(claims.toString()).isEqualTo(200);
        }
    }

    @Test
    void givenNewFileDatabase_theSigningKeyIsStoredBeforeTheStartEnds_soNoTokenIsSignedWithAKeyNotStored()
            throws Exception {
        try (Simulator simulator = start()) {
            assertThat(storedSigningKeys()).isEqualTo(1);
        }
    }

    /** How many signing keys the database holds, read beside the simulator without asking it. */
    private int storedSigningKeys() throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + directory.resolve("bsa"), "sa", "");
                Statement statement = connection.createStatement();
                ResultSet keys = statement.executeQuery("SELECT COUNT(*) FROM SIGNING_KEY")) {
            keys.next();
            return keys.getInt(1);
        }
    }

    @Test
    void givenStoredState_restartingWithAnotherSeed_keepsTheStoredState_andOnlyAResetLoadsTheNewSeed()
            throws IOException {
        Path firstSeed = Files.writeString(directory.resolve("first.yaml"), """
                clients: [{key: first-shop, loginTypes: [PUSH]}]
                users: [{key: uma, links: [first-shop]}]
                """);
        Path secondSeed = Files.writeString(directory.resolve("second.yaml"), """
                settings: {authDeadlineSeconds: 20}
                clients: [{key: second-shop, loginTypes: [PUSH]}]
                users: [{key: vic, status: WITHDRAWN, links: [second-shop]}]
                """);
        try (Simulator first = start(SeedSource.file(firstSeed))) {
            new Http(first).admin("PUT", "/api/v1/admin/users/uma", "{\"status\":\"UNAPPROVED\"}");
        }

        try (Simulator second = start(SeedSource.file(secondSeed))) {
            Http http = new Http(second);
            assertThat(http.admin("GET", "/api/v1/admin/users").data())
                    .extracting(user -> user.path("userKey").asText())
                    .containsExactly("uma");
            assertThat(http.admin("GET", "/api/v1/admin/users/uma").text("status"))
                    .isEqualTo("UNAPPROVED");
            assertThat(http.admin("GET", "/api/v1/admin/clients").data())
                    .extracting(client -> client.path("clientKey").asText())
                    .containsExactly("first-shop");
            assertThat(http.admin("GET", "/api/v1/admin/settings")
                            .data()
                            .path("authDeadlineSeconds")
                            .asInt())
                    .isEqualTo(60);

            http.admin("POST", "/api/v1/admin/reset", "{}");

            assertThat(http.admin("GET", "/api/v1/admin/users").data())
                    .extracting(user -> user.path("userKey").asText())
                    .containsExactly("vic");
            assertThat(http.admin("GET", "/api/v1/admin/settings")
                            .data()
                            .path("authDeadlineSeconds")
                            .asInt())
                    .isEqualTo(20);
        }
    }

    @Test
    void givenSettingsChangedThroughTheAdminApi_restartingWithADeadlineFlag_changesOnlyTheDeadline() {
        try (Simulator first = start()) {
            new Http(first)
                    .admin("PUT", "/api/v1/admin/settings", "{\"authDeadlineSeconds\":45,\"totp\":{\"dailyLimit\":9}}");
        }

        try (Simulator second = Simulator.start(config(SeedSource.none()).withAuthDeadline(Duration.ofSeconds(30)))) {
            JsonNode settings =
                    new Http(second).admin("GET", "/api/v1/admin/settings").data();
            assertThat(settings.path("authDeadlineSeconds").asInt()).isEqualTo(30);
            assertThat(settings.path("totp").path("dailyLimit").asInt()).isEqualTo(9);
        }
    }

    private Simulator start() {
        return start(SeedSource.none());
    }

    private Simulator start(SeedSource seed) {
        return Simulator.start(config(seed));
    }

    private SimulatorConfig config(SeedSource seed) {
        return SimulatorConfig.defaults()
                .withHost("127.0.0.1")
                .withPort(0)
                .withJdbcUrl("jdbc:h2:file:" + directory.resolve("bsa"))
                .withSeed(seed)
                .withVirtualClock(START)
                .withAdminToken(ADMIN);
    }

    /** What the first run confirmed, to be found again after the restart. */
    private record Before(
            String deviceToken,
            String totpCode,
            String lastAcceptedStep,
            String pushSession,
            String accessToken,
            String refreshToken,
            String jwks) {}

    private static Before driveEverything(Http http) {
        String deviceToken = setUpZoe(http);
        http.admin("PUT", "/api/v1/admin/settings", "{\"authDeadlineSeconds\":45,\"totp\":{\"dailyLimit\":4}}");

        String code =
                http.api.get("/api/v1/device/totp").device(deviceToken).send().text("code");
        ApiResponse totpLogin = http.totp(code);
        assertThat(totpLogin.status()).as(totpLogin.toString()).isEqualTo(200);
        String lastStep = http.admin("GET", "/api/v1/admin/users/zoe/totp").text("lastAcceptedStep");
        assertThat(lastStep).isNotNull();

        ApiResponse started = http.website("/api/v1/auth/push", "{\"userKey\":\"zoe\"}");
        assertThat(started.status()).as(started.toString()).isEqualTo(200);
        String session = started.text("sessionId");
        ApiResponse approved = http.api
                .post("/api/v1/device/pushes/" + session + "/approve")
                .device(deviceToken)
                .send();
        assertThat(approved.text("status")).as(approved.toString()).isEqualTo("AuthCompleted");
        ApiResponse completed = http.api
                .get("/api/v1/channels/" + started.text("channelKey"))
                .client(SHOP)
                .send();
        assertThat(completed.text("refreshToken")).as(completed.toString()).isNotBlank();

        http.admin("PUT", "/api/v1/admin/users/zoe/phone", "{\"mode\":\"AUTO_REJECT\",\"delayMillis\":0}");
        return new Before(
                deviceToken,
                code,
                lastStep,
                session,
                completed.text("accessToken"),
                completed.text("refreshToken"),
                http.api.get("/api/v1/jwks").send().body());
    }

    /** A website, a user with a phone and a TOTP secret, and the link between them; returns the phone's token. */
    private static String setUpZoe(Http http) {
        http.admin(
                "PUT", "/api/v1/admin/clients/" + SHOP, "{\"name\":\"Tea Shop\",\"loginTypes\":[\"PUSH\",\"TOTP\"]}");
        http.admin("PUT", "/api/v1/admin/users/zoe", "{\"status\":\"ACTIVE\",\"totpSecret\":\"" + SECRET + "\"}");
        http.admin("PUT", "/api/v1/admin/links/zoe/" + SHOP, "{}");
        return http.admin("POST", "/api/v1/admin/users/zoe/device", "{}").text("deviceToken");
    }

    /** The calls of this test, over loopback HTTP. */
    private static final class Http {

        final ApiClient api;

        Http(Simulator simulator) {
            this.api = new ApiClient(simulator.baseUrl());
        }

        ApiResponse admin(String method, String path) {
            ApiResponse response = api.method(method, path).admin(ADMIN).send();
            assertThat(response.status())
                    .as(method + " " + path + ": " + response)
                    .isEqualTo(200);
            return response;
        }

        ApiResponse admin(String method, String path, String json) {
            ApiResponse response =
                    api.method(method, path).admin(ADMIN).json(json).send();
            assertThat(response.status())
                    .as(method + " " + path + ": " + response)
                    .isEqualTo(200);
            return response;
        }

        ApiResponse website(String path, String json) {
            return api.post(path).client(SHOP).json(json).send();
        }

        ApiResponse totp(String code) {
            return website("/api/v1/auth/totp", "{\"userKey\":\"zoe\",\"totpCode\":\"" + code + "\"}");
        }
    }
}
