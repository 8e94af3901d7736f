package org.annalist.store.query;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Who interacts with whom: one edge per (actor code, recipient code) pair with the number of
 * merged events between them and their summed Goldstein score, the strongest edges first. A
 * compound event without recipient ("Iran and Azerbaijan held talks") links its actors to each
 * other, as the dyad queries count it ({@link DyadCondition}); such an edge is undirected
 * ({@code directed} false, its two codes in alphabetical order), since neither party acted on
 * the other, and it stays apart from the directed edges of the same pair.
 * Parties without a country or organisation code are left out: a name alone does not say
 * which node it belongs to.
 *
 * @param nodes codes with the number of events each takes part in
 * @param edges actor → recipient pairs ({@code directed} true) and pairs of joint actors ({@code directed} false)
 */
public record ActorNetwork(List<Map<String, Object>> nodes, List<Map<String, Object>> edges) {

    public ActorNetwork {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /**
     * The {@code maxEdges} pairs with most events, optionally only of one event type, a date range
     * and a confidence of {@code minConfidence} or more (null: any).
     */
    public static ActorNetwork of(Connection connection, String event, LocalDate from, LocalDate to, Double minConfidence,
            int maxEdges) {
        // the event type, dates and confidence select events exactly as `annalist events` does
        EventFilter.SqlCondition chosen = new EventFilter(null, null, null, event, null, from, to, null, minConfidence, maxEdges)
                .condition();
        List<Object> parameters = new ArrayList<>(chosen.parameters());
        parameters.add(maxEdges);
        List<Map<String, Object>> edges = ResultRows.query(connection,
                "WITH chosen AS (SELECT * FROM events" + chosen.sql() + "), pairs AS ("
                        + " SELECT DISTINCT e.event_id, e.goldstein, a.code AS source, r.code AS target, TRUE AS directed"
                        + " FROM chosen e, unnest(e.actor_code) AS a(code), unnest(e.recipient_code) AS r(code)"
                        + " UNION"
                        + " SELECT DISTINCT e.event_id, e.goldstein, a.code AS source, b.code AS target, FALSE AS directed"
                        + " FROM chosen e, unnest(e.actor_code) AS a(code), unnest(e.actor_code) AS b(code)"
                        + " WHERE len(e.recipient_code) = 0 AND a.code < b.code)"
                        + " SELECT source, target, directed, count(DISTINCT event_id) AS events, sum(coalesce(goldstein, 0)) AS goldstein"
                        + " FROM pairs WHERE source IS NOT NULL AND target IS NOT NULL AND source <> target"
                        + " GROUP BY ALL ORDER BY events DESC, source, target, directed DESC LIMIT ?", parameters);
        Map<String, Long> degree = new TreeMap<>();
        for (Map<String, Object> edge : edges) {
            long count = ((Number) edge.get("events")).longValue();
            degree.merge((String) edge.get("source"), count, Long::sum);
            degree.merge((String) edge.get("target"), count, Long::sum);
        }
        List<Map<String, Object>> nodes = new ArrayList<>();
        degree.forEach((code, events) -> {
            Map<String, Object> node = new LinkedHashMap<>();
            node.put("id", code);
            node.put("events", events);
            nodes.add(node);
        });
        return new ActorNetwork(nodes, edges);
    }
}
