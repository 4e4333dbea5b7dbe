package dev.bsa.sim.adapter.out.persistence;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;
import org.jooq.Condition;
import org.jooq.Converter;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertValuesStepN;
import org.jooq.Param;
import org.jooq.Query;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.Select;
import org.jooq.Table;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * A statement that runs often (what a login runs on every call, the batched inserts of a seed), built by jOOQ once (from the generated tables, so it stays checked
 * against the schema) with named parameters, rendered once, and then run through JDBC with each call's values.
 *
 * <p>Building and rendering a jOOQ query cost a TOTP login about as much processor time as H2 took to run it (a JFR
 * profile under load: a fifth of the simulator's samples in jOOQ without H2 below them, most of it rendering the
 * same SQL again). jOOQ's manual suggests this for statements that run often ("Performance considerations": cache
 * the SQL jOOQ generates and prepare your own statements). The values are converted as jOOQ converts them (the
 * {@code *_AT} columns' converter), rows are read back into the generated records, and a failure comes out as
 * jOOQ's {@link DataAccessException} with the database's SQLSTATE, as from any other query.
 */
final class RenderedStatement {

    /**
     * The statements rendered in this JVM, by dialect and name: every database of the JVM with the same dialect
     * renders a statement to the same SQL (their jOOQ settings are all {@link Database}'s), so an embedded simulator
     * started after the first (a test class after another) neither builds nor renders them again. The names are
     * fixed in the code (an INSERT's and a {@link #selectFrom}'s are made of its table and columns), so the map holds
     * a bounded number of entries.
     */
    private static final ConcurrentMap<Key, Rendering> RENDERED = new ConcurrentHashMap<>();

    private final DSLContext dsl;
    private final String sql;
    private final List<Param<?>> params;
    private final List<Field<?>> selected;

    /**
     * @param name       the statement's name, the same for the same statement wherever it is built and different for
     *                   any other: the key under which its rendering is kept for the JVM
     * @param query      builds the statement, whose every value is a named parameter ({@code DSL.param(name, field)})
     *                   or inlined ({@code DSL.inline}); called only the first time the JVM meets the statement
     * @param paramNames the names of its parameters in the order they appear in the SQL, which is the order of
     *                   the values every call passes; a mismatch is refused here, when the statement is built
     */
    RenderedStatement(DSLContext dsl, String name, Supplier<? extends Query> query, String... paramNames) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
        Rendering rendering = RENDERED.computeIfAbsent(
                new Key(dsl.dialect(), name), key -> Rendering.of(dsl, query.get(), paramNames));
        if (!rendering.paramNames().equals(List.of(paramNames))) {
            throw new IllegalArgumentException("two different statements are named " + name
                    + ": one with the parameters " + rendering.paramNames() + ", one with " + List.of(paramNames));
        }
        this.sql = rendering.sql();
        this.params = rendering.params();
        this.selected = rendering.selected();
    }

    private record Key(SQLDialect dialect, String name) {}

    /** What a statement renders to in one dialect: its SQL, its parameters in order, and the fields it selects. */
    private record Rendering(String sql, List<String> paramNames, List<Param<?>> params, List<Field<?>> selected) {

        static Rendering of(DSLContext dsl, Query query, String... paramNames) {
            String sql = dsl.render(query);
            List<Param<?>> params = query.getParams().values().stream()
                    .filter(param -> !param.isInline())
                    .toList();
            List<String> names = params.stream().map(Param::getParamName).toList();
            if (!names.equals(List.of(paramNames)) || query.getBindValues().size() != params.size()) {
                throw new IllegalArgumentException("the parameters of " + sql + " are " + names + ", not "
                        + List.of(paramNames) + " (each value must be a named parameter, used once)");
            }
            List<Field<?>> selected = query instanceof Select<?> select ? List.copyOf(select.getSelect()) : List.of();
            return new Rendering(sql, names, params, selected);
        }
    }

    /**
     * An INSERT of {@code rows} rows into {@code columns} of {@code table}: every value a parameter typed like its
     * column and named after it and its row ({@code USER_KEY_0}, ...). A call passes the rows' values one row after
     * the other, each in the columns' order.
     */
    static RenderedStatement insert(DSLContext dsl, Table<?> table, int rows, Field<?>... columns) {
        return insert(dsl, table, rows, false, columns);
    }

    /**
     * The INSERT of one row into {@code columns} of {@code table} that leaves a row with the same key as it is: it
     * changes no row then ({@code onDuplicateKeyIgnore}). Values as for {@link #insert}.
     */
    static RenderedStatement insertUnlessPresent(DSLContext dsl, Table<?> table, Field<?>... columns) {
        return insert(dsl, table, 1, true, columns);
    }

    private static RenderedStatement insert(
            DSLContext dsl, Table<?> table, int rows, boolean unlessPresent, Field<?>... columns) {
        String[] names = new String[rows * columns.length];
        for (int index = 0; index < names.length; index++) {
            names[index] = columns[index % columns.length].getName() + "_" + index / columns.length;
        }
        String name = "insert into " + table.getQualifiedName() + " " + rows + " rows of " + List.of(namesOf(columns))
                + (unlessPresent ? " unless present" : "");
        return new RenderedStatement(
                dsl,
                name,
                () -> {
                    InsertValuesStepN<?> insert = dsl.insertInto(table).columns(columns);
                    for (int row = 0; row < rows; row++) {
                        Field<?>[] parameters = new Field<?>[columns.length];
                        for (int column = 0; column < columns.length; column++) {
                            parameters[column] = DSL.param(names[row * columns.length + column], columns[column]);
                        }
                        insert = insert.values(parameters);
                    }
                    return unlessPresent ? insert.onDuplicateKeyIgnore() : insert;
                },
                names);
    }

    /** The rows of {@code table} whose {@code column} holds the one parameter's value (named like the column). */
    static RenderedStatement selectFrom(DSLContext dsl, Table<?> table, Field<?> column) {
        return new RenderedStatement(
                dsl,
                "select from " + table.getQualifiedName() + " by " + column.getName(),
                () -> dsl.selectFrom(table).where(eqParameter(column)),
                column.getName());
    }

    private static <T> Condition eqParameter(Field<T> column) {
        return column.eq(parameterFor(column));
    }

    /** A named parameter for {@code column}, named and typed (with its converter) like it. */
    static <T> Param<T> parameterFor(Field<T> column) {
        return DSL.param(column.getName(), column);
    }

    /** The columns' names: the names of their {@link #parameterFor parameters}. */
    static String[] namesOf(Field<?>... columns) {
        return Arrays.stream(columns).map(Field::getName).toArray(String[]::new);
    }

    /** Runs the statement with {@code values} (one per parameter, in order); the number of rows it changed. */
    int execute(Object... values) {
        return dsl.connectionResult(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                bind(statement, values);
                return statement.executeUpdate();
            } catch (SQLException e) {
                throw translated(e);
            }
        });
    }

    /**
     * Runs the statement once for each of {@code rows} (each one value per parameter, in order) as JDBC batches of at
     * most {@code batchSize} rows: a seed's or an import's thousands of rows bound without a jOOQ query per row.
     */
    void executeBatch(List<Object[]> rows, int batchSize) {
        dsl.connection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int from = 0; from < rows.size(); from += batchSize) {
                    for (Object[] values : rows.subList(from, Math.min(rows.size(), from + batchSize))) {
                        bind(statement, values);
                        statement.addBatch();
                    }
                    statement.executeBatch();
                }
            } catch (SQLException e) {
                throw translated(e);
            }
        });
    }

    /**
     * Runs the query with {@code values} and reads its first row, if any, into {@code row} (a new record whose
     * fields are the selected ones, in their order: a generated table's record for {@code selectFrom}).
     */
    <R extends Record> Optional<R> fetchFirst(R row, Object... values) {
        return dsl.connectionResult(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setMaxRows(1);
                bind(statement, values);
                try (ResultSet rows = statement.executeQuery()) {
                    if (!rows.next()) {
                        return Optional.empty();
                    }
                    Object[] columns = new Object[selected.size()];
                    for (int index = 0; index < columns.length; index++) {
                        Converter<Object, Object> converter = converter(selected.get(index));
                        Object read = rows.getObject(index + 1, converter.fromType());
                        columns[index] = read == null ? null : converter.from(read);
                    }
                    row.fromArray(columns);
                    row.changed(false);
                    return Optional.of(row);
                }
            } catch (SQLException e) {
                throw translated(e);
            }
        });
    }

    private void bind(PreparedStatement statement, Object[] values) throws SQLException {
        if (values.length != params.size()) {
            throw new IllegalArgumentException(
                    values.length + " values for the " + params.size() + " parameters of " + sql);
        }
        for (int index = 0; index < values.length; index++) {
            Param<?> param = params.get(index);
            Object value = values[index] == null ? null : converter(param).to(values[index]);
            if (value == null) {
                statement.setNull(index + 1, param.getDataType().getSQLType());
            } else {
                statement.setObject(index + 1, value);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Converter<Object, Object> converter(Field<?> field) {
        return (Converter<Object, Object>) field.getConverter();
    }

    private DataAccessException translated(SQLException e) {
        return new DataAccessException("SQL [" + sql + "]; " + e.getMessage(), e);
    }
}
