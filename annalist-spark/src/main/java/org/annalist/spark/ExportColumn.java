package org.annalist.spark;

import java.io.Serializable;

/**
 * One column of an exported table.
 *
 * @param name the column name, as in PLOVER where PLOVER has the field
 * @param type its value type
 */
public record ExportColumn(String name, ColumnType type) implements Serializable {}
