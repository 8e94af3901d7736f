package org.annalist.store.query;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Events between two countries (either direction) per period: the count of each PLOVER event
 * type, and the summed PLOVER event scale and Goldstein score, so cooperation and conflict can
 * be followed over time.
 *
 * @param periods one row per period that has events, in date order
 * @param eventTypes every event type that occurs, sorted
 */
public record Timeline(String first, String second, Granularity by, List<Period> periods, List<String> eventTypes) {

    /** The length of one period. */
    public enum Granularity { WEEK, MONTH, YEAR }

    /** One period: its first day, counts per event type and the sums. */
    public record Period(String start, Map<String, Long> counts, double scale, double goldstein) {

        public long total() {
            return counts.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    public Timeline {
        periods = List.copyOf(periods);
        eventTypes = List.copyOf(eventTypes);
    }

    /**
     * The events between the two countries whose confidence is {@code minConfidence} or more
     * (null: every event), chosen exactly as {@code annalist events --dyad A B} chooses them.
     */
    public static Timeline of(Connection connection, String first, String second, Granularity by, Double minConfidence) {
        EventFilter.SqlCondition chosen = new EventFilter(null, null, List.of(first, second), null, null, null, null, null,
                minConfidence, 1).condition();
        List<Map<String, Object>> rows = ResultRows.query(connection,
                "SELECT CAST(date_trunc('" + by.name().toLowerCase(Locale.ROOT) + "', event_date) AS DATE) AS period,"
                        + " event, count(*) AS events, sum(event_scale) AS scale, sum(coalesce(goldstein, 0)) AS goldstein"
                        + " FROM events" + chosen.sql() + " AND event_date IS NOT NULL"
                        + " GROUP BY ALL ORDER BY period, event",
                chosen.parameters());
        Map<String, Map<String, Long>> counts = new TreeMap<>();
        Map<String, double[]> sums = new LinkedHashMap<>();
        TreeSet<String> types = new TreeSet<>();
        for (Map<String, Object> row : rows) {
            String period = String.valueOf(row.get("period"));
            String event = (String) row.get("event");
            types.add(event);
            counts.computeIfAbsent(period, key -> new TreeMap<>()).put(event, ((Number) row.get("events")).longValue());
            double[] sum = sums.computeIfAbsent(period, key -> new double[2]);
            sum[0] += ((Number) row.get("scale")).doubleValue();
            sum[1] += ((Number) row.get("goldstein")).doubleValue();
        }
        List<Period> periods = new ArrayList<>();
        counts.forEach((period, byType) -> periods.add(new Period(period, byType, sums.get(period)[0], sums.get(period)[1])));
        return new Timeline(first.toUpperCase(Locale.ROOT), second.toUpperCase(Locale.ROOT), by, periods, List.copyOf(types));
    }

    /** A plain-text table: period, one column per event type, total, summed scale and Goldstein. */
    public String table() {
        List<String> header = new ArrayList<>();
        header.add(by.name().toLowerCase(Locale.ROOT));
        header.addAll(eventTypes);
        header.addAll(List.of("total", "plover_scale", "goldstein"));
        List<List<String>> rows = new ArrayList<>();
        for (Period period : periods) {
            List<String> row = new ArrayList<>();
            row.add(period.start());
            for (String type : eventTypes) {
                row.add(String.valueOf(period.counts().getOrDefault(type, 0L)));
            }
            row.add(String.valueOf(period.total()));
            row.add(String.format(Locale.ROOT, "%.1f", period.scale()));
            row.add(String.format(Locale.ROOT, "%.1f", period.goldstein()));
            rows.add(row);
        }
        return TextTable.render(header, rows);
    }
}
