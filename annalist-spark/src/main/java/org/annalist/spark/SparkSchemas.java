package org.annalist.spark;

import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Turns {@link ExportTable} columns into Spark SQL schemas and {@link ExportRow}s into Spark
 * rows. Lists become Java arrays and dates stay {@link java.time.LocalDate} (the job enables
 * Spark's java.time API), which Spark's row encoder accepts without Scala collections.
 */
public final class SparkSchemas {

    private SparkSchemas() {}

    public static StructType schema(ExportTable table) {
        StructField[] fields = table.columns().stream()
                .map(column -> DataTypes.createStructField(column.name(), sparkType(column.type()), true))
                .toArray(StructField[]::new);
        return DataTypes.createStructType(fields);
    }

    public static Row row(ExportRow row) {
        List<ExportColumn> columns = row.table().columns();
        Object[] values = new Object[columns.size()];
        for (int i = 0; i < values.length; i++) {
            Object value = row.values().get(i);
            values[i] = columns.get(i).type() == ColumnType.STRING_LIST && value != null
                    ? ((List<?>) value).toArray(String[]::new)
                    : value;
        }
        return RowFactory.create(values);
    }

    /** The rows of one table as the array value of a nested column. */
    public static Row[] rows(List<ExportRow> rows) {
        return rows.stream().map(SparkSchemas::row).toArray(Row[]::new);
    }

    private static DataType sparkType(ColumnType type) {
        return switch (type) {
            case STRING -> DataTypes.StringType;
            case INTEGER -> DataTypes.IntegerType;
            case DOUBLE -> DataTypes.DoubleType;
            case BOOLEAN -> DataTypes.BooleanType;
            case DATE -> DataTypes.DateType;
            case STRING_LIST -> DataTypes.createArrayType(DataTypes.StringType, true);
        };
    }
}
