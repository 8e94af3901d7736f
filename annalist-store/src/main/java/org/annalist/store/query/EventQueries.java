package org.annalist.store.query;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code annalist events}: merged events matching a filter, newest first. */
public final class EventQueries {

    private final Connection connection;

    public EventQueries(Connection connection) {
        this.connection = connection;
    }

    public List<Map<String, Object>> find(EventFilter filter) {
        EventFilter.SqlCondition condition = filter.condition();
        List<Object> parameters = new ArrayList<>(condition.parameters());
        parameters.add(filter.limit());
        return ResultRows.query(connection, EventColumns.SELECT + condition.sql()
                + " ORDER BY event_date DESC NULLS LAST, event_id LIMIT ?", parameters);
    }
}
