package dev.bsa.sim.adapter.out.persistence;

import static dev.bsa.sim.adapter.out.persistence.jooq.Tables.APP_OTP_CODE;
import static dev.bsa.sim.adapter.out.persistence.jooq.Tables.APP_USER;
import static dev.bsa.sim.adapter.out.persistence.jooq.Tables.AUDIT_ENTRY;
import static dev.bsa.sim.adapter.out.persistence.jooq.Tables.AUTH_SESSION;
import static dev.bsa.sim.adapter.out.persistence.jooq.Tables.CLIENT;
import static dev.bsa.sim.adapter.out.persistence.jooq.Tables.DEVICE;
import static dev.bsa.sim.adapter.out.persistence.jooq.Tables.PHONE_BEHAVIOUR;
import static dev.bsa.sim.adapter.out.persistence.jooq.Tables.REFRESH_TOKEN;
import static dev.bsa.sim.adapter.out.persistence.jooq.Tables.SIGNING_KEY;
import static dev.bsa.sim.adapter.out.persistence.jooq.Tables.SIMULATOR_SETTINGS;
import static dev.bsa.sim.adapter.out.persistence.jooq.Tables.TOTP_ATTEMPT;
import static dev.bsa.sim.adapter.out.persistence.jooq.Tables.TOTP_LAST_STEP;
import static dev.bsa.sim.adapter.out.persistence.jooq.Tables.USER_LINK;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bsa.domain.error.ErrorCode;
import dev.bsa.domain.error.Result;
import dev.bsa.sim.adapter.out.persistence.jooq.tables.records.DeviceRow;
import dev.bsa.sim.adapter.out.persistence.jooq.tables.records.SigningKeyRow;
import dev.bsa.sim.adapter.out.persistence.jooq.tables.records.UserLinkRow;
import dev.bsa.sim.application.port.out.StateArchive;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.exception.DataAccessException;

/**
 * The whole stored state as one JSON document, {@code {"format":"bsa-simulator-state","version":1,
 * "tables":{"client":[...], ...}}}, holding every table but the audit log. An import is checked
 * completely before anything is written, then replaces every archived table in one transaction; a
 * bad document is a 2002 rejection and leaves the state as it was. The audit log is kept by an
 * import and emptied by a reset. The token signing key is exported with the rest, but neither an import nor a reset
 * touches the stored one: it is the running simulator's, and tokens it signed must verify after a restart whenever it
 * stops (a crash between removing it and storing it again would lose it).
 */
public final class JooqStateArchive implements StateArchive {

    /** The document's format name. */
    public static final String FORMAT = "bsa-simulator-state";
    /** The document's format version. */
    public static final int VERSION = 1;

    private static final Set<String> TOP_LEVEL = Set.of("format", "version", "tables");

    private final DSLContext dsl;
    private final JsonMapper json = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();
    private final Map<String, ArchivedTable<?>> tables = new LinkedHashMap<>();

    public JooqStateArchive(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
        add(new ArchivedTable<>(CLIENT, row -> JooqClientRepository.toRow(JooqClientRepository.fromRow(row))));
        add(new ArchivedTable<>(APP_USER, row -> JooqUserRepository.toRow(JooqUserRepository.fromRow(row))));
        add(new ArchivedTable<>(USER_LINK, row -> JooqLinkRepository.toRow(JooqLinkRepository.fromRow(row))));
        add(new ArchivedTable<>(AUTH_SESSION, row -> SessionRows.toRow(SessionRows.fromRow(row))));
        add(new ArchivedTable<>(
                APP_OTP_CODE, row -> JooqAppOtpCodeRepository.toRow(JooqAppOtpCodeRepository.fromRow(row))));
        add(new ArchivedTable<>(TOTP_ATTEMPT, TotpRows::check));
        add(new ArchivedTable<>(TOTP_LAST_STEP, TotpRows::check));
        add(new ArchivedTable<>(
                SIMULATOR_SETTINGS, row -> JooqSettingsRepository.toRow(JooqSettingsRepository.fromRow(row))));
        add(new ArchivedTable<>(DEVICE, row -> JooqDeviceRegistry.toRow(JooqDeviceRegistry.fromRow(row))));
        add(new ArchivedTable<>(REFRESH_TOKEN, row -> JooqRefreshTokenStore.toRow(JooqRefreshTokenStore.fromRow(row))));
        add(new ArchivedTable<>(PHONE_BEHAVIOUR, JooqPhoneBehaviourStore::check));
        add(new ArchivedTable<>(SIGNING_KEY, JooqSigningKeyStore::check));
    }

    @Override
    public String exportJson() {
        ObjectNode document = dsl.transactionResult(configuration -> {
            ObjectNode root = json.createObjectNode();
            root.put("format", FORMAT);
            root.put("version", VERSION);
            ObjectNode content = root.putObject("tables");
            for (ArchivedTable<?> table : tables.values()) {
                content.set(table.name(), table.export(configuration.dsl(), json.getNodeFactory()));
            }
            return root;
        });
        try {
            return json.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the state could not be written as JSON", e);
        }
    }

    @Override
    public Result<Optional<String>> importJson(String document) {
        Map<ArchivedTable<?>, List<?>> rows;
        try {
            rows = read(document);
        } catch (RejectedDocument e) {
            return Result.reject(ErrorCode.INVALID_PARAMETER, "state document rejected: " + e.getMessage());
        }
        try {
            dsl.transaction(configuration -> {
                DSLContext tx = configuration.dsl();
                replaced().forEach(table -> tx.deleteFrom(table.table()).execute());
                rows.forEach((table, tableRows) -> {
                    if (table.table() != SIGNING_KEY) {
                        insert(tx, table, tableRows);
                    }
                });
            });
            return Result.success(rows.getOrDefault(tables.get(name(SIGNING_KEY)), List.of()).stream()
                    .map(row -> ((SigningKeyRow) row).getJwkJson())
                    .findFirst());
        } catch (DataAccessException e) {
            if (SqlStates.isIntegrityViolation(e) || SqlStates.isDataException(e)) {
                return Result.reject(
                        ErrorCode.INVALID_PARAMETER,
                        "state document rejected by the database (duplicate key or a second live session of a user?)");
            }
            throw e;
        }
    }

    @Override
    public void store(SeededState state) {
        dsl.transaction(configuration -> {
            DSLContext tx = configuration.dsl();
            new JooqSettingsRepository(tx).save(state.settings());
            ArchivedTable.insertInBatches(
                    tx,
                    state.clients().stream().map(JooqClientRepository::toRow).toList());
            ArchivedTable.insertInBatches(
                    tx, state.users().stream().map(JooqUserRepository::toRow).toList());
            ArchivedTable.insertInBatches(
                    tx, state.devices().stream().map(JooqDeviceRegistry::toRow).toList());
            ArchivedTable.insertInBatches(
                    tx,
                    state.phones().entrySet().stream()
                            .map(phone -> JooqPhoneBehaviourStore.toRow(phone.getKey(), phone.getValue()))
                            .toList());
            ArchivedTable.insertInBatches(
                    tx, state.links().stream().map(JooqLinkRepository::toRow).toList());
        });
    }

    @Override
    public void reset() {
        dsl.transaction(configuration -> {
            DSLContext tx = configuration.dsl();
            replaced().forEach(table -> tx.deleteFrom(table.table()).execute());
            tx.deleteFrom(AUDIT_ENTRY).execute();
        });
    }

    /** The tables an import or a reset replaces: all but the signing key's. */
    private List<ArchivedTable<?>> replaced() {
        return tables.values().stream()
                .filter(table -> table.table() != SIGNING_KEY)
                .toList();
    }

    private Map<ArchivedTable<?>, List<?>> read(String document) {
        JsonNode root = parse(document);
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!TOP_LEVEL.contains(name)) {
                throw new RejectedDocument("unknown member: " + name);
            }
        }
        JsonNode format = root.get("format");
        if (format == null || !format.isTextual() || !FORMAT.equals(format.textValue())) {
            throw new RejectedDocument("format must be \"" + FORMAT + "\"");
        }
        JsonNode version = root.get("version");
        if (version == null
                || !version.isIntegralNumber()
                || !version.canConvertToInt()
                || version.intValue() != VERSION) {
            throw new RejectedDocument("version must be " + VERSION);
        }
        JsonNode content = root.get("tables");
        if (content == null || !content.isObject()) {
            throw new RejectedDocument("tables must be an object");
        }
        Map<ArchivedTable<?>, List<?>> rows = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = content.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            ArchivedTable<?> table = tables.get(entry.getKey());
            if (table == null) {
                throw new RejectedDocument("unknown table: " + entry.getKey());
            }
            rows.put(table, table.read(entry.getValue()));
        }
        checkReferences(rows);
        return rows;
    }

    /**
     * A link names a user and a client of the same document, a phone a user of it: an import whose rows point at
     * nothing is refused whole, naming the first such row.
     */
    private void checkReferences(Map<ArchivedTable<?>, List<?>> rows) {
        Set<String> users = column(rows, APP_USER, APP_USER.USER_KEY);
        Set<String> clients = column(rows, CLIENT, CLIENT.CLIENT_KEY);
        List<?> links = rows.getOrDefault(tables.get(name(USER_LINK)), List.of());
        for (int i = 0; i < links.size(); i++) {
            UserLinkRow link = (UserLinkRow) links.get(i);
            requireIn(users, link.getUserKey(), "tables.user_link[" + i + "]", "user", "tables.app_user");
            requireIn(clients, link.getClientKey(), "tables.user_link[" + i + "]", "client", "tables.client");
        }
        List<?> devices = rows.getOrDefault(tables.get(name(DEVICE)), List.of());
        for (int i = 0; i < devices.size(); i++) {
            requireIn(
                    users,
                    ((DeviceRow) devices.get(i)).getUserKey(),
                    "tables.device[" + i + "]",
                    "user",
                    "tables.app_user");
        }
    }

    private Set<String> column(Map<ArchivedTable<?>, List<?>> rows, Table<?> table, Field<String> key) {
        return rows.getOrDefault(tables.get(name(table)), List.of()).stream()
                .map(row -> ((Record) row).get(key))
                .collect(Collectors.toSet());
    }

    private static void requireIn(Set<String> known, String key, String where, String what, String table) {
        if (!known.contains(key)) {
            throw new RejectedDocument(where + " names the " + what + " \"" + key + "\", which is not in " + table);
        }
    }

    private static String name(Table<?> table) {
        return table.getName().toLowerCase(Locale.ROOT);
    }

    private JsonNode parse(String document) {
        if (document == null || document.isBlank()) {
            throw new RejectedDocument("the document is empty");
        }
        try {
            JsonNode root = json.readTree(document);
            if (root == null || !root.isObject()) {
                throw new RejectedDocument("the document must be a JSON object");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw new RejectedDocument("malformed JSON: " + e.getOriginalMessage());
        }
    }

    @SuppressWarnings("unchecked")
    private static <R extends org.jooq.TableRecord<R>> void insert(
            DSLContext tx, ArchivedTable<R> table, List<?> rows) {
        table.insert(tx, (List<R>) rows);
    }

    private void add(ArchivedTable<?> table) {
        tables.put(table.name(), table);
    }
}
