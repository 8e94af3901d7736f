package org.annalist.spark;

import java.util.List;

/**
 * The tables the Spark job writes, each with its columns in order. Event columns follow PLOVER
 * and the names {@code annalist export} uses (event, mode, context, actor, actor_code,
 * actor_sector, recipient…, event_loc, event_loc_code, latitude, longitude, quad_code,
 * event_scale, cameo, goldstein, aux, text, rule); what an analyst needs to trace a row back to
 * the words (article_id, sentence_index, trigger offsets) comes after them.
 */
public enum ExportTable {
    /** One row per event; its id is the article id and the event's id joined by ":". */
    EVENTS("events",
            column("id", ColumnType.STRING),
            column("article_id", ColumnType.STRING),
            column("date", ColumnType.DATE),
            column("event", ColumnType.STRING),
            column("mode", ColumnType.STRING),
            column("context", ColumnType.STRING_LIST),
            column("actor", ColumnType.STRING_LIST),
            column("actor_code", ColumnType.STRING_LIST),
            column("actor_sector", ColumnType.STRING_LIST),
            column("recipient", ColumnType.STRING_LIST),
            column("recipient_code", ColumnType.STRING_LIST),
            column("recipient_sector", ColumnType.STRING_LIST),
            column("event_loc", ColumnType.STRING),
            column("event_loc_code", ColumnType.STRING),
            column("latitude", ColumnType.DOUBLE),
            column("longitude", ColumnType.DOUBLE),
            column("quad_code", ColumnType.INTEGER),
            column("event_scale", ColumnType.DOUBLE),
            column("cameo", ColumnType.STRING),
            column("goldstein", ColumnType.DOUBLE),
            column("aux", ColumnType.STRING_LIST),
            column("rule", ColumnType.STRING),
            column("text", ColumnType.STRING),
            column("sentence_index", ColumnType.INTEGER),
            column("trigger_start", ColumnType.INTEGER),
            column("trigger_end", ColumnType.INTEGER),
            column("trigger_text", ColumnType.STRING)),
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

    private static ExportColumn column(String name, ColumnType type) {
        return new ExportColumn(name, type);
    }
}
