package org.annalist.store.query;

import java.sql.Connection;

/**
 * Merged events matching a filter, a page at a time, in the order and with the columns of
 * {@code annalist events}; the filter's own limit is ignored in favour of the page's.
 */
public final class EventPages {

    private final Connection connection;

    public EventPages(Connection connection) {
        this.connection = connection;
    }

    public Page find(EventFilter filter, int limit, int offset) {
        EventFilter.SqlCondition condition = filter.condition();
        return Page.of(connection, "SELECT count(*) FROM events" + condition.sql(),
                EventColumns.SELECT + condition.sql() + " ORDER BY event_date DESC NULLS LAST, event_id", condition.parameters(),
                limit, offset);
    }
}
