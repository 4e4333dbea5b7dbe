package dev.bsa.sim.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bsa.domain.error.ErrorCode;
import dev.bsa.domain.error.Result;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class JooqStateArchiveTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> ARCHIVED = List.of(
            "client",
            "app_user",
            "user_link",
            "auth_session",
            "app_otp_code",
            "totp_attempt",
            "totp_last_step",
            "simulator_settings",
            "device",
            "refresh_token",
            "phone_behaviour",
            "signing_key");

    private final Database database = TestDatabases.freshInMemory();
    private final JooqStateArchive archive = new JooqStateArchive(database.dsl());

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void givenEmptyState_exportJson_namesTheFormatAndListsEveryTableButTheAuditLog() throws Exception {
        JsonNode document = JSON.readTree(archive.exportJson());

        assertThat(document.get("format").asText()).isEqualTo("bsa-simulator-state");
        assertThat(document.get("version").asInt()).isEqualTo(1);
        assertThat(document.get("tables").fieldNames()).toIterable().containsExactlyElementsOf(ARCHIVED);
        assertThat(document.get("tables").get("audit_entry")).isNull();
    }

    @Test
    void givenState_exportResetImport_restoresEverythingAndExportsTheSameDocument() {
        StoredState.write(database);
        String exported = archive.exportJson();

        archive.reset();
        assertThat(archive.exportJson()).isNotEqualTo(exported);
        Result<Optional<String>> imported = archive.importJson(exported);

        assertThat(imported.isSuccess()).isTrue();
        assertThat(imported.value())
                .as("the document's signing key, for the caller")
                .contains(StoredState.JWK);
        assertThat(archive.exportJson()).isEqualTo(exported);
        StoredState.assertStored(database);
    }

    @Test
    void givenState_exportedRows_carryInstantsWithMicrosecondsAndNoSecretsInClear() throws Exception {
        StoredState.write(database);

        JsonNode tables = JSON.readTree(archive.exportJson()).get("tables");

        assertThat(tables.get("app_otp_code").get(0).get("issued_at").asText())
                .isEqualTo("2026-01-15T09:00:00.123456Z");
        assertThat(tables.get("refresh_token").get(0).get("token_hash").asText())
                .isEqualTo("c".repeat(64));
        assertThat(tables.get("auth_session")).hasSize(3);
    }

    @Test
    void givenState_reset_deletesEverythingIncludingTheAuditLog_butTheSigningKey() {
        StoredState.write(database);
        String key = new JooqSigningKeyStore(database.dsl()).load().orElseThrow();

        archive.reset();

        assertThat(new JooqAuditLog(database.dsl()).recent(10)).isEmpty();
        assertThat(new JooqClientRepository(database.dsl()).findAll()).isEmpty();
        assertThat(new JooqSessionRepository(database.dsl()).findRecent(10)).isEmpty();
        assertThat(new JooqSettingsRepository(database.dsl()).current())
                .isEqualTo(dev.bsa.domain.model.Settings.defaults());
        assertThat(new JooqSigningKeyStore(database.dsl()).load())
                .as("the running simulator's key, never removed, not even for a moment")
                .contains(key);
    }

    @Test
    void givenDocumentWithAnotherSigningKey_import_keepsTheStoredKey() {
        StoredState.write(database);
        JooqSigningKeyStore keys = new JooqSigningKeyStore(database.dsl());
        String exported = archive.exportJson();
        keys.save("{\"kid\":\"the-running-simulators\"}");

        assertThat(archive.importJson(exported).isSuccess()).isTrue();

        assertThat(keys.load()).contains("{\"kid\":\"the-running-simulators\"}");
    }

    @Test
    void givenAuditLog_import_leavesItAlone() {
        StoredState.write(database);
        String exported = archive.exportJson();

        assertThat(archive.importJson(exported).isSuccess()).isTrue();

        assertThat(new JooqAuditLog(database.dsl()).recent(10)).containsExactly(StoredState.AUDIT);
    }

    @Test
    void givenDocumentWithoutSomeTables_import_leavesThoseTablesEmpty() {
        StoredState.write(database);

        Result<Optional<String>> imported =
                archive.importJson("{\"format\":\"bsa-simulator-state\",\"version\":1,\"tables\":{\"client\":"
                        + "[{\"client_key\":\"solo\",\"client_name\":\"Solo\",\"login_types\":\"QR\"}]}}");

        assertThat(imported.isSuccess()).isTrue();
        assertThat(imported.value()).as("the document carries no signing key").isEmpty();
        assertThat(new JooqClientRepository(database.dsl()).findAll())
                .extracting(client -> client.key().value())
                .containsExactly("solo");
        assertThat(new JooqUserRepository(database.dsl()).findAll()).isEmpty();
    }

    @Test
    void givenRowsInAnotherOrderOrForm_import_storesThemAsTheAdaptersWouldWriteThem() throws Exception {
        ObjectNode document = exportedDocument();
        row(document, "client", 0).put("login_types", "QR,PUSH,OTP");

        assertThat(archive.importJson(document.toString()).isSuccess()).isTrue();

        assertThat(new JooqClientRepository(database.dsl()).findAll().get(0).loginTypes())
                .containsExactlyInAnyOrder(
                        dev.bsa.domain.model.AuthMethod.QR,
                        dev.bsa.domain.model.AuthMethod.PUSH,
                        dev.bsa.domain.model.AuthMethod.OTP);
        assertThat(row((ObjectNode) JSON.readTree(archive.exportJson()), "client", 0)
                        .get("login_types")
                        .asText())
                .isEqualTo("PUSH,OTP,QR");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(
            strings = {
                "",
                "   ",
                "not json",
                "{",
                "[]",
                "42",
                "{\"format\":\"bsa-simulator-state\"} trailing",
                "{\"format\":\"bsa-simulator-state\",\"format\":\"bsa-simulator-state\",\"version\":1,\"tables\":{}}"
            })
    void givenMalformedJson_import_rejectsWith2002AndChangesNothing(String document) {
        assertRejectedAndUnchanged(document);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"version\":1,\"tables\":{}}",
                "{\"format\":\"other-format\",\"version\":1,\"tables\":{}}",
                "{\"format\":\"bsa-simulator-state\",\"version\":2,\"tables\":{}}",
                "{\"format\":\"bsa-simulator-state\",\"version\":\"1\",\"tables\":{}}",
                "{\"format\":\"bsa-simulator-state\",\"tables\":{}}",
                "{\"format\":\"bsa-simulator-state\",\"version\":1}",
                "{\"format\":\"bsa-simulator-state\",\"version\":1,\"tables\":[]}",
                "{\"format\":\"bsa-simulator-state\",\"version\":1,\"tables\":{},\"extra\":true}",
                "{\"format\":\"bsa-simulator-state\",\"version\":1,\"tables\":{\"audit_entry\":[]}}",
                "{\"format\":\"bsa-simulator-state\",\"version\":1,\"tables\":{\"schema_history\":[]}}",
                "{\"format\":\"bsa-simulator-state\",\"version\":1,\"tables\":{\"CLIENT\":[]}}",
                "{\"format\":\"bsa-simulator-state\",\"version\":1,\"tables\":{\"client\":{}}}",
                "{\"format\":\"bsa-simulator-state\",\"version\":1,\"tables\":{\"client\":[42]}}"
            })
    void givenDocumentOfAnotherFormatOrShape_import_rejectsWith2002AndChangesNothing(String document) {
        assertRejectedAndUnchanged(document);
    }

    @Test
    void givenUnknownColumn_import_rejectsIt() throws Exception {
        assertRowRejected("client", 0, row -> row.put("colour", "blue"));
    }

    @Test
    void givenMissingRequiredColumn_import_rejectsIt() throws Exception {
        assertRowRejected("client", 0, row -> row.remove("client_name"));
    }

    @Test
    void givenNullInRequiredColumn_import_rejectsIt() throws Exception {
        assertRowRejected("app_user", 0, row -> row.putNull("status"));
    }

    @Test
    void givenValueOfTheWrongType_import_rejectsIt() throws Exception {
        assertRowRejected("app_user", 0, row -> row.put("device_registered", "yes"));
        assertRowRejected("auth_session", 0, row -> row.put("version", 1.5));
        assertRowRejected("auth_session", 0, row -> row.put("created_at", 12345));
        assertRowRejected("totp_attempt", 0, row -> row.put("attempt_day", "15/01/2026"));
    }

    @Test
    void givenValueTheDomainRefuses_import_rejectsIt() throws Exception {
        assertRowRejected("app_user", 0, row -> row.put("status", "ON_HOLIDAY"));
        assertRowRejected("app_user", 0, row -> row.put("user_key", "has spaces"));
        assertRowRejected("app_user", 0, row -> row.put("totp_secret", "abcd"));
        assertRowRejected("client", 0, row -> row.put("login_types", "PUSH,FAX"));
        assertRowRejected("auth_session", 0, row -> row.put("history", "RequestAuth,Teleported"));
        assertRowRejected("auth_session", 0, row -> row.put("error_code", 1234));
        assertRowRejected("simulator_settings", 0, row -> row.put("totp_digits", 12));
        assertRowRejected("simulator_settings", 0, row -> row.put("totp_day_zone", "Mars/Olympus"));
        assertRowRejected("simulator_settings", 0, row -> row.put("settings_id", 2));
        assertRowRejected("refresh_token", 0, row -> row.put("token_hash", "not-a-hash"));
        assertRowRejected("phone_behaviour", 0, row -> row.put("delay_nanos", -1));
        assertRowRejected("totp_attempt", 0, row -> row.put("attempts", -3));
        assertRowRejected("signing_key", 0, row -> row.put("key_slot", 7));
    }

    @Test
    void givenValueTooLongForItsColumn_import_rejectsIt() throws Exception {
        assertRowRejected("device", 0, row -> row.put("user_key", "u".repeat(65)));
    }

    @Test
    void givenALinkOrAPhoneOfAUserOrClientTheDocumentLacks_import_rejectsItWhole_namingTheRow() throws Exception {
        StoredState.write(database);
        ObjectNode document = exportedDocument();
        ((ArrayNode) document.get("tables").get("user_link"))
                .addObject()
                .put("user_key", "nobody")
                .put("client_key", row(document, "client", 0).get("client_key").asText());

        assertRejectedAndUnchanged(document.toString());
        assertThat(archive.importJson(document.toString()).rejection().detail())
                .contains("tables.user_link[")
                .contains("\"nobody\", which is not in tables.app_user");

        ObjectNode phoneOfNobody = exportedDocument();
        row(phoneOfNobody, "device", 0).put("user_key", "nobody");
        assertThat(archive.importJson(phoneOfNobody.toString()).rejection().detail())
                .contains("tables.device[0] names the user \"nobody\"");

        ObjectNode linkToNowhere = exportedDocument();
        row(linkToNowhere, "user_link", 0).put("client_key", "nowhere");
        assertThat(archive.importJson(linkToNowhere.toString()).rejection().detail())
                .contains("names the client \"nowhere\", which is not in tables.client");
    }

    @Test
    void aBadValueIsNamedInTheDocumentsTerms_neverAsAJavaType() throws Exception {
        StoredState.write(database);
        ObjectNode document = exportedDocument();
        row(document, "totp_attempt", 0).put("attempt_day", "15/01/2026");

        assertThat(archive.importJson(document.toString()).rejection().detail())
                .contains("tables.totp_attempt[0].attempt_day must be an ISO-8601 date")
                .doesNotContain("LocalDate");
    }

    @Test
    void givenTwoRowsWithTheSameKey_import_rejectsTheDocumentAndChangesNothing() throws Exception {
        StoredState.write(database);
        ObjectNode document = exportedDocument();
        ArrayNode clients = (ArrayNode) document.get("tables").get("client");
        clients.add(clients.get(0).deepCopy());

        assertRejectedAndUnchanged(document.toString());
    }

    @Test
    void givenTwoLiveSessionsOfOneUser_import_rejectsTheDocumentAndChangesNothing() throws Exception {
        StoredState.write(database);
        ObjectNode document = exportedDocument();
        ArrayNode sessions = (ArrayNode) document.get("tables").get("auth_session");
        ObjectNode twin = findRow(sessions, "live", true).deepCopy();
        twin.put("session_id", "7".repeat(32));
        sessions.add(twin);

        assertRejectedAndUnchanged(document.toString());
    }

    private void assertRowRejected(String table, int index, Consumer<ObjectNode> change) throws Exception {
        archive.reset();
        StoredState.write(database);
        ObjectNode document = exportedDocument();
        change.accept(row(document, table, index));

        assertRejectedAndUnchanged(document.toString());
    }

    private void assertRejectedAndUnchanged(String document) {
        String before = archive.exportJson();

        Result<Optional<String>> result = archive.importJson(document);

        assertThat(result.isSuccess()).as("import of %s", document).isFalse();
        assertThat(result.errorCode()).isEqualTo(ErrorCode.INVALID_PARAMETER);
        assertThat(result.rejection().detail()).startsWith("state document rejected");
        assertThat(archive.exportJson()).isEqualTo(before);
    }

    private ObjectNode exportedDocument() throws Exception {
        if (new JooqClientRepository(database.dsl()).findAll().isEmpty()) {
            StoredState.write(database);
        }
        return (ObjectNode) JSON.readTree(archive.exportJson());
    }

    private static ObjectNode row(ObjectNode document, String table, int index) {
        return (ObjectNode) document.get("tables").get(table).get(index);
    }

    private static JsonNode findRow(ArrayNode rows, String column, boolean value) {
        for (JsonNode row : rows) {
            if (row.get(column).asBoolean() == value) {
                return row;
            }
        }
        throw new AssertionError("no row with " + column + " = " + value);
    }
}
