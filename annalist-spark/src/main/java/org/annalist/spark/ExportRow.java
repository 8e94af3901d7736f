package org.annalist.spark;

import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One row of an exported table: values in the table's column order. Lists stay Java lists and
 * dates stay {@link java.time.LocalDate} here; {@link SparkSchemas} converts them for Spark.
 *
 * @param table the table it belongs to
 * @param values one value per column, possibly null
 */
public record ExportRow(ExportTable table, List<Object> values) {

    public ExportRow {
        Objects.requireNonNull(table, "table");
        if (values.size() != table.columns().size()) {
            throw new IllegalArgumentException(table + " has " + table.columns().size() + " columns, got " + values.size() + " values");
        }
        values = Collections.unmodifiableList(new java.util.ArrayList<>(values)); // List.copyOf refuses nulls
    }

    /** The value of the named column. */
    public Object value(String column) {
        return values.get(table.indexOf(column));
    }
}
