package org.annalist.spark;

/** The value types of the exported columns; {@link SparkSchemas} maps each to one Spark SQL type. */
public enum ColumnType {
    /** Text, possibly null. */
    STRING,
    /** A 32-bit integer (offsets, indexes, counts), never null unless the column says so. */
    INTEGER,
    /** A double (scores, coordinates), possibly null. */
    DOUBLE,
    /** A boolean. */
    BOOLEAN,
    /** A calendar day without time zone, possibly null. */
    DATE,
    /** A list of text values; the list is never null, its elements may be (an actor without a code). */
    STRING_LIST
}
