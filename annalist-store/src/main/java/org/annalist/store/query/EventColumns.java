package org.annalist.store.query;

import java.util.stream.Collectors;
import org.annalist.sink.EventTableColumns;

/**
 * The columns of an exported or listed event: those every Annalist event table shares
 * ({@link EventTableColumns}, named as in PLOVER) plus the store's merge columns. One place,
 * so the export, the events query and docs/store.md agree.
 */
final class EventColumns {

    private EventColumns() {}

    /** The row of a merged event: {@code id}, the {@link EventTableColumns#SHARED} columns, then the merge columns. */
    static final String SELECT = "SELECT event_id AS id, "
            + EventTableColumns.SHARED.stream().map(column -> column.equals("date") ? "event_date AS date" : column)
                    .collect(Collectors.joining(", "))
            + ", last_date, report_count, source_count, sources, article_ids FROM events";

    /** The list-valued columns, joined with ";" where a format has no lists (CSV). */
    static final String[] LISTS = {"context", "actor", "actor_code", "actor_sector", "recipient", "recipient_code",
        "recipient_sector", "aux", "sources", "article_ids"};
}
