package org.annalist.store.query;

import java.util.List;
import java.util.Map;

/**
 * One page of a listing: its rows and how many rows the whole listing has, so a client can
 * page through it with {@code limit} and {@code offset}.
 *
 * @param total rows matching the filter, over all pages
 * @param limit most rows asked for
 * @param offset rows skipped before the first one returned
 * @param items the rows of this page, as ordered column → value maps
 */
public record Page(long total, int limit, int offset, List<Map<String, Object>> items) {

    public Page {
        if (limit < 0 || offset < 0) {
            throw new IllegalArgumentException("limit and offset must be 0 or more, were " + limit + " and " + offset);
        }
        items = List.copyOf(items);
    }

    /** Counts with {@code countSql}, then reads one page with {@code pageSql} + LIMIT ? OFFSET ?. */
    static Page of(java.sql.Connection connection, String countSql, String pageSql, List<Object> parameters, int limit, int offset) {
        long total = ((Number) ResultRows.query(connection, countSql, parameters).get(0).values().iterator().next()).longValue();
        List<Object> pageParameters = new java.util.ArrayList<>(parameters);
        pageParameters.add(limit);
        pageParameters.add(offset);
        return new Page(total, limit, offset, ResultRows.query(connection, pageSql + " LIMIT ? OFFSET ?", pageParameters));
    }
}
