package org.annalist.store.query;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.annalist.store.StoreException;

/**
 * Writes the merged events as one flat table, one row per event and one column per field
 * ({@link EventColumns}), with DuckDB's own writers: Parquet keeps lists as lists and dates
 * as dates; JSON Lines writes lists as arrays; CSV, which has no lists, joins list values with
 * ";" so every cell is a plain string or number for pandas and R.
 */
public final class EventExport {

    /** The table formats. */
    public enum Format { CSV, JSONL, PARQUET }

    private final Connection connection;

    public EventExport(Connection connection) {
        this.connection = connection;
    }

    public void write(Format format, Path file) {
        String query = switch (format) {
            case CSV -> "SELECT * REPLACE (" + Arrays.stream(EventColumns.LISTS)
                    .map(column -> "array_to_string(" + column + ", ';') AS " + column)
                    .collect(Collectors.joining(", ")) + ") FROM (" + EventColumns.SELECT + ")";
            default -> EventColumns.SELECT;
        };
        String options = switch (format) {
            case CSV -> "FORMAT csv, HEADER true";
            case JSONL -> "FORMAT json";
            case PARQUET -> "FORMAT parquet";
        };
        try (Statement statement = connection.createStatement()) {
            statement.execute("COPY (" + query + " ORDER BY id) TO '" + file.toAbsolutePath().toString().replace("'", "''")
                    + "' (" + options + ")");
        } catch (SQLException e) {
            throw new StoreException("cannot export to " + file + ": " + e.getMessage(), e);
        }
    }

    /** Writes to a stream (standard output) through a temporary file, as DuckDB writes files. */
    public void write(Format format, OutputStream out) throws IOException {
        Path temporary = Files.createTempFile("annalist-export", "." + format.name().toLowerCase(java.util.Locale.ROOT));
        try {
            Files.delete(temporary);
            write(format, temporary);
            Files.copy(temporary, out);
            out.flush();
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
