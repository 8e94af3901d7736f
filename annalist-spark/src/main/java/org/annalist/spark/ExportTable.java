package org.annalist.spark;

import java.util.ArrayList;
import java.util.List;
import org.annalist.sink.EventTableColumns;

/**
 * The tables the Spark job writes, each with its columns in order. Event columns follow PLOVER
 * and begin as {@code annalist export}'s do ({@link EventTableColumns}); what an analyst needs to
 * trace a row back to the words (article_id, sentence_index, trigger offsets) comes after them.
 */
public enum ExportTable {
    /**
     * One row per event; its id is the article id and the event's id joined by ":". The columns
     * after the id are those {@code annalist export} starts with too ({@link EventTableColumns}),
     * then the article id and where in the article the evidence is.
     */
    EVENTS("events", eventColumns()),
    /** One row per quotation; speaker is the id of a row of {@link #ENTITIES} of the same article. */
    QUOTES("quotes",
            column("article_id", ColumnType.STRING),
            column("id", ColumnType.STRING),
            column("text", ColumnType.STRING),
            column("start", ColumnType.INTEGER),
            column("end", ColumnType.INTEGER),
            column("direct", ColumnType.BOOLEAN),
            column("speaker", ColumnType.STRING),
            column("speaker_name", ColumnType.STRING)),
    /** One row per entity of an article, with how many times the article refers to it. */
    ENTITIES("entities",
            column("article_id", ColumnType.STRING),
            column("id", ColumnType.STRING),
            column("name", ColumnType.STRING),
            column("type", ColumnType.STRING),
            column("code", ColumnType.STRING),
            column("sector", ColumnType.STRING),
            column("title", ColumnType.STRING),
            column("mention_count", ColumnType.INTEGER),
            column("coded_by", ColumnType.STRING)),
    /** One row per input that was not coded: where it came from, the reason's name and the detail. */
    REJECTS("rejects",
            column("input", ColumnType.STRING),
            column("reason", ColumnType.STRING),
            column("detail", ColumnType.STRING));

    private final String directory;
    private final List<ExportColumn> columns;

    ExportTable(String directory, ExportColumn... columns) {
        this.directory = directory;
        this.columns = List.of(columns);
    }

    /** The sub-directory of the output the table is written to. */
    public String directory() {
        return directory;
    }

    public List<ExportColumn> columns() {
        return columns;
    }

    /** The position of a column; fails on a name the table does not have. */
    public int indexOf(String columnName) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(columnName)) {
                return i;
            }
        }
        throw new IllegalArgumentException(name() + " has no column " + columnName);
    }

    private static ExportColumn[] eventColumns() {
        List<ExportColumn> columns = new ArrayList<>();
        columns.add(column("id", ColumnType.STRING));
        for (String name : EventTableColumns.SHARED) {
            columns.add(column(name, sharedColumnType(name)));
        }
        columns.add(column("article_id", ColumnType.STRING));
        columns.add(column("sentence_index", ColumnType.INTEGER));
        columns.add(column("trigger_start", ColumnType.INTEGER));
        columns.add(column("trigger_end", ColumnType.INTEGER));
        columns.add(column("trigger_text", ColumnType.STRING));
        return columns.toArray(ExportColumn[]::new);
    }

    /** The Parquet type of a shared event column; a name added to the shared list without a type here fails at class load. */
    private static ColumnType sharedColumnType(String name) {
        return switch (name) {
            case "date" -> ColumnType.DATE;
            case "context", "actor", "actor_code", "actor_sector", "recipient", "recipient_code", "recipient_sector", "aux" ->
                    ColumnType.STRING_LIST;
            case "latitude", "longitude", "event_scale", "goldstein", "confidence" -> ColumnType.DOUBLE;
            case "quad_code" -> ColumnType.INTEGER;
            case "date_precision", "event", "mode", "event_loc", "event_loc_code", "cameo", "text", "rule" -> ColumnType.STRING;
            default -> throw new IllegalStateException("no Parquet type for the shared event column " + name);
        };
    }

    private static ExportColumn column(String name, ColumnType type) {
        return new ExportColumn(name, type);
    }
}
