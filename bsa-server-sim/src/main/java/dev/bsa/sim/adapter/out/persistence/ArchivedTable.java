package dev.bsa.sim.adapter.out.persistence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.TableRecord;

/**
 * One table as it appears in a state document: an array of objects, one per row, keyed by the
 * lower-case column names, ordered by primary key. Reading a row checks every value against its
 * column and the whole row against the domain ({@code canonical} maps it to the domain and back,
 * throwing for anything the adapters could not read later).
 *
 * @param <R> the table's record type
 */
final class ArchivedTable<R extends TableRecord<R>> {

    private static final int BATCH_SIZE = 1_000;

    private final Table<R> table;
    private final UnaryOperator<R> canonical;

    ArchivedTable(Table<R> table, UnaryOperator<R> canonical) {
        this.table = Objects.requireNonNull(table, "table");
        this.canonical = Objects.requireNonNull(canonical, "canonical");
    }

    /** The table's name in a document. */
    String name() {
        return table.getName().toLowerCase(Locale.ROOT);
    }

    Table<R> table() {
        return table;
    }

    /** Every row, ordered by primary key, as a JSON array. */
    ArrayNode export(DSLContext dsl, JsonNodeFactory nodes) {
        ArrayNode rows = nodes.arrayNode();
        for (R row :
                dsl.selectFrom(table).orderBy(table.getPrimaryKey().getFields()).fetch()) {
            ObjectNode object = rows.addObject();
            for (Field<?> field : table.fields()) {
                object.set(columnName(field), ColumnValues.write(row.get(field), nodes));
            }
        }
        return rows;
    }

    /** The rows of a JSON array, checked and in canonical form; a {@link RejectedDocument} names the first bad value. */
    List<R> read(JsonNode array) {
        String where = "tables." + name();
        if (!array.isArray()) {
            throw new RejectedDocument(where + " must be an array of rows");
        }
        List<R> rows = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            rows.add(readRow(array.get(i), where + "[" + i + "]"));
        }
        return rows;
    }

    /** Writes the rows; they replace nothing, the caller emptied the table first. */
    void insert(DSLContext dsl, List<R> rows) {
        insertInBatches(dsl, rows);
    }

    /**
     * Inserts {@code rows} as JDBC batches of at most {@value #BATCH_SIZE} rows: one INSERT rendered per table and
     * set of columns (those the rows set), its parameters bound once per row.
     */
    static void insertInBatches(DSLContext dsl, List<? extends TableRecord<?>> rows) {
        Map<List<Field<?>>, List<TableRecord<?>>> byColumns = new LinkedHashMap<>();
        for (TableRecord<?> row : rows) {
            List<Field<?>> columns =
                    Arrays.stream(row.fields()).filter(row::changed).toList();
            byColumns.computeIfAbsent(columns, set -> new ArrayList<>()).add(row);
        }
        byColumns.forEach((columns, sameColumns) -> {
            RenderedStatement insert =
                    RenderedStatement.insert(dsl, sameColumns.get(0).getTable(), 1, columns.toArray(Field<?>[]::new));
            insert.executeBatch(
                    sameColumns.stream()
                            .map(row -> columns.stream().map(row::get).toArray())
                            .toList(),
                    BATCH_SIZE);
        });
    }

    private R readRow(JsonNode object, String where) {
        if (!object.isObject()) {
            throw new RejectedDocument(where + " must be an object");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            String column = it.next().getKey();
            if (table.field(column.toUpperCase(Locale.ROOT)) == null
                    || !column.equals(column.toLowerCase(Locale.ROOT))) {
                throw new RejectedDocument(where + " has an unknown column: " + column);
            }
        }
        R row = table.newRecord();
        for (Field<?> field : table.fields()) {
            set(row, field, object.get(columnName(field)), where + "." + columnName(field));
        }
        try {
            return canonical.apply(row);
        } catch (RuntimeException e) {
            throw new RejectedDocument(where + " is not a valid row: " + e.getMessage());
        }
    }

    private static <T> void set(TableRecord<?> row, Field<T> field, JsonNode node, String where) {
        if (node == null || node.isNull()) {
            if (!field.getDataType().nullable()) {
                throw new RejectedDocument(where + " is missing");
            }
            row.set(field, null);
            return;
        }
        T value = field.getType().cast(ColumnValues.read(node, field.getType(), where));
        int length = field.getDataType().length();
        if (value instanceof String text && field.getDataType().hasLength() && length > 0 && text.length() > length) {
            throw new RejectedDocument(where + " is longer than " + length + " characters");
        }
        row.set(field, value);
    }

    private static String columnName(Field<?> field) {
        return field.getName().toLowerCase(Locale.ROOT);
    }
}
