package org.annalist.store.query;

/**
 * The columns of an exported or listed event, named as in PLOVER (event, mode, context, actor,
 * recipient, event_loc, quad_code, event_scale...) plus the store's merge columns. One place,
 * so the export, the events query and docs/store.md agree.
 */
final class EventColumns {

    private EventColumns() {}

    static final String SELECT = """
            SELECT event_id AS id,
                   event_date AS date,
                   last_date,
                   event,
                   mode,
                   context,
                   actor,
                   actor_code,
                   actor_sector,
                   recipient,
                   recipient_code,
                   recipient_sector,
                   event_loc,
                   event_loc_code,
                   latitude,
                   longitude,
                   quad_code,
                   event_scale,
                   cameo,
                   goldstein,
                   aux,
                   text,
                   rule,
                   report_count,
                   source_count,
                   sources,
                   article_ids
            FROM events""";

    /** The list-valued columns, joined with ";" where a format has no lists (CSV). */
    static final String[] LISTS = {"context", "actor", "actor_code", "actor_sector", "recipient", "recipient_code",
        "recipient_sector", "aux", "sources", "article_ids"};
}
