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
 * ";" so every cell is a plain string or number for pandas and R. An export may keep only the
 * events of a minimum confidence, as {@code annalist events --min-confidence} does.
 */
public final class EventExport {

    /** The table formats. */
    public enum Format { CSV, JSONL, PARQUET }

    private final Connection connection;
    private final Double minConfidence;

    /** An export of every merged event. */
    public EventExport(Connection connection) {
        this(connection, null);
    }

    /**
     * An export of the merged events whose confidence is {@code minConfidence} or more; events
     * without a confidence (stored before the store had it) are left out, as their chance is
     * unknown. Null exports every event.
     */
    public EventExport(Connection connection, Double minConfidence) {
        if (minConfidence != null && !(minConfidence >= 0 && minConfidence <= 1)) {
            throw new IllegalArgumentException("a minimum confidence is from 0 to 1, got " + minConfidence);
        }
        this.connection = connection;
        this.minConfidence = minConfidence;
    }

    public void write(Format format, Path file) {
        // COPY takes no parameters; the minimum is a checked number, written as a plain decimal
        String events = EventColumns.SELECT + (minConfidence == null ? ""
                : " WHERE confidence >= " + java.math.BigDecimal.valueOf(minConfidence).toPlainString());
        String query = switch (format) {
            case CSV -> "SELECT * REPLACE (" + Arrays.stream(EventColumns.LISTS)
                    .map(column -> "array_to_string(" + column + ", ';') AS " + column)
                    .collect(Collectors.joining(", ")) + ") FROM (" + events + ")";
            default -> events;
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
