package org.annalist.sink;

import java.util.List;

/**
 * The columns every flat table of events starts with, in this order, after its {@code id}:
 * the PLOVER fields (with {@code date_precision} beside the date), then the sentence and the rule that coded the event, then the confidence
 * model's estimate that the row's event is right (0..1, null when unknown: for a merged event of
 * the store the highest of its reports', see docs/store.md). {@code annalist export}
 * (merged events from the store) and the Spark job (events per article) both begin their event
 * tables with exactly these, so one reader handles either; what is particular to each (the
 * store's merge counts, the Spark table's article id and trigger offsets) comes after them.
 */
public final class EventTableColumns {

    /** Column names, PLOVER's where PLOVER names the field. */
    public static final List<String> SHARED = List.of(
            "date", "date_precision", "event", "mode", "context",
            "actor", "actor_code", "actor_sector",
            "recipient", "recipient_code", "recipient_sector",
            "event_loc", "event_loc_code", "latitude", "longitude",
            "quad_code", "event_scale", "cameo", "goldstein", "aux",
            "text", "rule", "confidence");

    private EventTableColumns() {}
}
