package org.annalist.dictionary;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A knowledge file as Annalist ships it: UTF-8, {@code #} comment lines, one header row of
 * column names, tab-separated rows, {@code |} between several values in one column.
 *
 * <p>Loading fails fast with the file name and line number, so a user's edited dictionary is
 * rejected at start-up rather than silently miscoding articles. The table records its name and
 * SHA-256 so every output can say which version of the file produced it.
 *
 * @param name where it came from: a classpath name such as "actors/countries.tsv" or a path
 * @param sha256 hex SHA-256 of the file's bytes
 * @param columns the header's column names
 * @param rows the data rows, each with exactly one value per column
 */
public record TsvTable(String name, String sha256, List<String> columns, List<Row> rows) {

    /** Classpath folder of the bundled knowledge files (the repository's dictionaries/). */
    public static final String BUNDLED_ROOT = "/annalist/dictionaries/";

    public TsvTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** One data row; {@link #line} is its line number in the file, for error messages. */
    public record Row(String source, int line, Map<String, String> values) {

        /** The value of a column, stripped; empty when blank. */
        public String get(String column) {
            String value = values.get(column);
            if (value == null) {
                throw new IllegalArgumentException(source + ": no column \"" + column + "\"");
            }
            return value;
        }

        /** The {@code |}-separated values of a column, stripped, without empty ones. */
        public List<String> list(String column) {
            String value = get(column);
            if (value.isEmpty()) {
                return List.of();
            }
            return Arrays.stream(value.split("\\|")).map(String::strip).filter(v -> !v.isEmpty()).toList();
        }

        /** A number column; fails with the file and line when it is not a number. */
        public double number(String column) {
            try {
                return Double.parseDouble(get(column));
            } catch (NumberFormatException e) {
                throw new DictionaryException(source + ":" + line + ": column \"" + column + "\" is not a number: \"" + get(column) + "\"");
            }
        }

        /** The error for a bad value in this row. */
        public DictionaryException error(String message) {
            return new DictionaryException(source + ":" + line + ": " + message);
        }
    }

    /** Loads a bundled table, e.g. {@code "actors/countries.tsv"}. */
    public static TsvTable bundled(String relativeName, Set<String> requiredColumns) {
        try (InputStream in = TsvTable.class.getResourceAsStream(BUNDLED_ROOT + relativeName)) {
            if (in == null) {
                throw new DictionaryException("bundled dictionary " + relativeName + " is missing from the classpath");
            }
            return parse(relativeName, in.readAllBytes(), requiredColumns);
        } catch (IOException e) {
            throw new DictionaryException("cannot read bundled dictionary " + relativeName + ": " + e.getMessage());
        }
    }

    /** Loads a user's table from a file. */
    public static TsvTable file(Path path, Set<String> requiredColumns) {
        try {
            return parse(path.toString(), Files.readAllBytes(path), requiredColumns);
        } catch (IOException e) {
            throw new DictionaryException("cannot read dictionary " + path + ": " + e.getMessage());
        }
    }

    static TsvTable parse(String name, byte[] bytes, Set<String> requiredColumns) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<String> columns = null;
        List<Row> rows = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (columns == null) {
                columns = Arrays.stream(cells).map(String::strip).toList();
                for (String required : requiredColumns) {
                    if (!columns.contains(required)) {
                        throw new DictionaryException(name + ":" + (i + 1) + ": header lacks column \"" + required + "\" (has " + columns + ")");
                    }
                }
                continue;
            }
            if (cells.length != columns.size()) {
                throw new DictionaryException(name + ":" + (i + 1) + ": " + cells.length + " columns, the header has " + columns.size());
            }
            Map<String, String> values = new java.util.LinkedHashMap<>();
            for (int c = 0; c < cells.length; c++) {
                values.put(columns.get(c), cells[c].strip());
            }
            rows.add(new Row(name, i + 1, java.util.Collections.unmodifiableMap(values)));
        }
        if (columns == null) {
            throw new DictionaryException(name + ": no header row");
        }
        return new TsvTable(name, sha256(bytes), columns, rows);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
