package dev.bsa.sim.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bsa.sim.application.model.Seed;
import dev.bsa.sim.application.model.SettingsDocument;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The seed format's JSON Schema: one file, documented and served, that the seed reader follows field for field. */
class SeedSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theDocumentedSchema_isByteForByteTheOneTheSimulatorUses() throws IOException {
        Path documented = Path.of("..", "docs", "seed.schema.json");

        assertThat(Files.readAllBytes(documented))
                .as(
                        "docs/seed.schema.json must be a copy of bsa-server-sim/src/main/resources/dev/bsa/sim/app/seed.schema.json")
                .isEqualTo(SeedSchema.bytes());
    }

    @Test
    void theSchema_isDraft2020_12() throws IOException {
        assertThat(schema().path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    }

    @Test
    void theSchemaAndTheReader_knowTheSameFields_atEveryLevel() throws IOException {
        JsonNode schema = schema();
        JsonNode defs = schema.path("$defs");

        assertThat(fields(schema)).containsExactlyInAnyOrderElementsOf(components(SeedDocument.class));
        assertThat(fields(defs.path("client")))
                .containsExactlyInAnyOrderElementsOf(components(SeedDocument.ClientEntry.class));
        assertThat(fields(defs.path("user")))
                .containsExactlyInAnyOrderElementsOf(components(SeedDocument.UserEntry.class));
        assertThat(fields(defs.path("phone")))
                .containsExactlyInAnyOrderElementsOf(components(SeedDocument.PhoneEntry.class));
        assertThat(fields(defs.path("settings")))
                .containsExactlyInAnyOrderElementsOf(components(SettingsDocument.class));
        assertThat(fields(defs.path("settings").path("properties").path("appOtp")))
                .containsExactlyInAnyOrderElementsOf(components(SettingsDocument.AppOtp.class));
        assertThat(fields(defs.path("settings").path("properties").path("totp")))
                .containsExactlyInAnyOrderElementsOf(components(SettingsDocument.Totp.class));
    }

    @Test
    void theReadmesCompleteExample_isAValidSeed_usingEveryField() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        String section = readme.substring(readme.indexOf("## Seed files"));
        int start = section.indexOf("```yaml") + "```yaml".length();
        String yaml = section.substring(start, section.indexOf("```", start));

        Seed seed = SeedFile.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "README.yaml");

        assertThat(seed.settings()).isPresent();
        assertThat(seed.clients()).hasSize(2);
        assertThat(seed.users()).hasSize(4);
        JsonNode tree = new com.fasterxml.jackson.dataformat.yaml.YAMLMapper().readTree(yaml);
        assertThat(fieldNames(tree.path("users")))
                .as("the example shows every field of a user")
                .containsAll(fields(schema().path("$defs").path("user")));
        assertThat(fieldNames(tree.path("clients")))
                .containsAll(fields(schema().path("$defs").path("client")));
    }

    @Test
    void theDemoSeed_isValid() throws IOException {
        try (InputStream demo = SeedSchema.class.getResourceAsStream(SeedLoading.DEMO_RESOURCE)) {
            JsonNode tree = new com.fasterxml.jackson.dataformat.yaml.YAMLMapper().readTree(demo);
            assertThat(SeedSchema.problem(tree)).isEmpty();
        }
    }

    /** Seeds the schema accepts: the reader reads each of them. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            {}
            {"clients": [], "users": []}
            {"settings": {}}
            {"settings": {"authDeadlineSeconds": 3600, "appOtp": {"digits": 4, "validitySeconds": 1}, "totp": {"algorithm": "SHA512", "digits": 8, "stepSeconds": 600, "window": 0, "dailyLimit": 1000000, "dayZone": "UTC"}}}
            {"clients": [{"key": "a_b-C9", "name": "A", "loginTypes": ["PUSH", "qr", "totp", "OTP"]}]}
            {"users": [{"key": "u.1@x+y-z_"}]}
            {"users": [{"key": "u", "status": "permanently_suspended", "device": true, "deviceToken": "12345678", "totpSecret": "jbsw y3dp ehpk 3pxp", "phone": {"mode": "never_answer"}}]}
            {"clients": [{"key": "shop"}], "users": [{"key": "u", "links": ["shop"], "phone": {"mode": "AUTO_REJECT", "delayMillis": 600000}}]}
            """)
    void aSeedTheSchemaAccepts_isReadByTheReader(String json) throws IOException {
        assertThat(SeedSchema.problem(JSON.readTree(json))).isEmpty();

        Seed seed = SeedFile.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "seed.json");

        assertThat(seed).isNotNull();
    }

    /** Seeds the schema refuses: the reader refuses each of them too, with the schema's words. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            []                                                               | (the seed): must be a mapping of fields
            {"settings": {"authDeadlineSeconds": 3601}}                      | settings.authDeadlineSeconds: must be between 1 and 3600, was 3601
            {"settings": {"appOtp": {"digits": 3}}}                          | settings.appOtp.digits: must be between 4 and 10, was 3
            {"settings": {"totp": {"digits": 9}}}                            | settings.totp.digits: must be between 6 and 8, was 9
            {"settings": {"totp": {"stepSeconds": 1.5}}}                     | settings.totp.stepSeconds: must be a whole number, was 1.5
            {"settings": {"totp": {"window": 11}}}                           | settings.totp.window: must be between 0 and 10, was 11
            {"settings": {"totp": {"dailyLimit": 0}}}                        | settings.totp.dailyLimit: must be between 1 and 1000000, was 0
            {"clients": [{"key": ""}]}                                       | clients[0].key: must match
            {"clients": [{"key": "shop", "loginTypes": "PUSH"}]}             | clients[0].loginTypes: must be a list, was PUSH
            {"users": [{"key": "u", "device": "yes"}]}                       | users[0].device: must be true or false, was yes
            {"users": [{"key": "u", "deviceToken": 12345678}]}               | users[0].deviceToken: must be text, was 12345678
            {"users": [{"key": "u", "links": ["bad key"]}]}                  | users[0].links[0]: must match
            {"users": [{"key": "u", "phone": {"mode": "MANUAL", "ring": 1}}]} | users[0].phone.ring: is not a known field (known: delayMillis, mode)
            {"users": [{"key": "u", "status": null}]}                        | users[0].status: must be one of
            """)
    void aSeedTheSchemaRefuses_isRefusedByTheReader_namingThePath(String json, String message) throws IOException {
        assertThat(SeedSchema.problem(JSON.readTree(json)))
                .hasValueSatisfying(problem -> assertThat(problem).startsWith(message));

        assertThat(org.assertj.core.api.Assertions.catchThrowable(() ->
                        SeedFile.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "seed.json")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("seed.json: " + message)
                .hasMessageNotContaining("\n");
    }

    private static java.util.Set<String> fieldNames(JsonNode entries) {
        java.util.Set<String> names = new java.util.TreeSet<>();
        entries.forEach(entry -> entry.fieldNames().forEachRemaining(names::add));
        return names;
    }

    private static JsonNode schema() throws IOException {
        return JSON.readTree(SeedSchema.bytes());
    }

    private static List<String> fields(JsonNode objectSchema) {
        return StreamSupport.stream(
                        ((Iterable<String>)
                                        () -> objectSchema.path("properties").fieldNames())
                                .spliterator(),
                        false)
                .toList();
    }

    private static List<String> components(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents())
                .map(RecordComponent::getName)
                .toList();
    }
}
