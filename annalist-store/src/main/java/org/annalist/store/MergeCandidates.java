package org.annalist.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The dated merged events by merge key, with their first and last dates: what {@link
 * ReportMerger} looks up for every report. Reading them from {@code events} for each report
 * scanned the whole table (no index can serve it, see {@link ArticleWriter}); this map is
 * loaded from the table once, on first use, and kept equal to it by the merger as it writes.
 * It holds only committed or in-transaction writes of its one writer: {@link #forget} drops it
 * when a transaction is rolled back or events are rebuilt, and the next lookup reloads it.
 */
final class MergeCandidates {

    /** One dated merged event. */
    private record Span(long eventId, LocalDate first, LocalDate last) {}

    private final Connection connection;
    private Map<String, List<Span>> byKey;

    MergeCandidates(Connection connection) {
        this.connection = connection;
    }

    /**
     * The event with this merge key whose dates come within {@code windowDays} of {@code date}
     * ({@code first - w <= date <= last + w}), the nearest by first date, then the lowest id;
     * null when none does.
     */
    Long find(String mergeKey, LocalDate date, int windowDays) throws SQLException {
        Span best = null;
        long bestDistance = Long.MAX_VALUE;
        for (Span span : spans().getOrDefault(mergeKey, List.of())) {
            if (span.first().isAfter(date.plusDays(windowDays)) || span.last().isBefore(date.minusDays(windowDays))) {
                continue;
            }
            long distance = Math.abs(span.first().toEpochDay() - date.toEpochDay());
            if (distance < bestDistance || distance == bestDistance && span.eventId() < best.eventId()) {
                best = span;
                bestDistance = distance;
            }
        }
        return best == null ? null : best.eventId();
    }

    /** Records the dates an event has after a write; undated events are never candidates. */
    void put(String mergeKey, long eventId, LocalDate first, LocalDate last) throws SQLException {
        if (first == null || last == null) {
            return;
        }
        List<Span> spans = spans().computeIfAbsent(mergeKey, key -> new ArrayList<>());
        spans.removeIf(span -> span.eventId() == eventId);
        spans.add(new Span(eventId, first, last));
    }

    /** Drops the map; the next lookup reads the events table again. */
    void forget() {
        byKey = null;
    }

    private Map<String, List<Span>> spans() throws SQLException {
        if (byKey == null) {
            Map<String, List<Span>> loaded = new HashMap<>();
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery(
                         "SELECT merge_key, event_id, event_date, last_date FROM events WHERE event_date IS NOT NULL AND last_date IS NOT NULL")) {
                while (rows.next()) {
                    loaded.computeIfAbsent(rows.getString(1), key -> new ArrayList<>())
                            .add(new Span(rows.getLong(2), rows.getObject(3, LocalDate.class), rows.getObject(4, LocalDate.class)));
                }
            }
            byKey = loaded;
        }
        return byKey;
    }
}
