package org.annalist.store.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Which merged events to list; every null criterion matches all.
 *
 * @param actor an actor's code (IRN) or part of its name, in the actor role
 * @param country a country code on either side or as the event's location
 * @param dyad two codes, one on each side, in either direction; null or two elements
 * @param event PLOVER event type
 * @param context PLOVER context
 * @param from first date, inclusive
 * @param to last date, inclusive
 * @param outlet one of the sources that reported it (case-insensitive)
 * @param minConfidence lowest confidence, inclusive, from 0 to 1; events without a confidence
 *        (stored before the store had it) do not match a minimum, as their chance is unknown
 * @param limit most rows returned
 */
public record EventFilter(String actor, String country, List<String> dyad, String event, String context,
                          LocalDate from, LocalDate to, String outlet, Double minConfidence, int limit) {

    public EventFilter {
        if (dyad != null && dyad.size() != 2) {
            throw new IllegalArgumentException("a dyad is two codes, got " + dyad);
        }
        if (minConfidence != null && !(minConfidence >= 0 && minConfidence <= 1)) {
            throw new IllegalArgumentException("a minimum confidence is from 0 to 1, got " + minConfidence);
        }
        dyad = dyad == null ? null : List.copyOf(dyad);
    }

    public static EventFilter all(int limit) {
        return new EventFilter(null, null, null, null, null, null, null, null, null, limit);
    }

    /** The WHERE clause and its parameters. */
    SqlCondition condition() {
        List<String> clauses = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        if (actor != null) {
            clauses.add("(list_contains(actor_code, ?) OR len(list_filter(actor, name -> name ILIKE ?)) > 0)");
            parameters.add(actor.toUpperCase(java.util.Locale.ROOT));
            parameters.add("%" + actor + "%");
        }
        if (country != null) {
            clauses.add("(list_contains(actor_code, ?) OR list_contains(recipient_code, ?) OR event_loc_code = ?)");
            String code = country.toUpperCase(java.util.Locale.ROOT);
            parameters.add(code);
            parameters.add(code);
            parameters.add(code);
        }
        if (dyad != null) {
            clauses.add(DyadCondition.SQL);
            parameters.addAll(DyadCondition.parameters(dyad.get(0), dyad.get(1)));
        }
        if (event != null) {
            clauses.add("event = ?");
            parameters.add(event.toUpperCase(java.util.Locale.ROOT));
        }
        if (context != null) {
            clauses.add("list_contains(context, ?)");
            parameters.add(context.toLowerCase(java.util.Locale.ROOT));
        }
        if (from != null) {
            clauses.add("event_date >= ?");
            parameters.add(java.sql.Date.valueOf(from));
        }
        if (to != null) {
            clauses.add("event_date <= ?");
            parameters.add(java.sql.Date.valueOf(to));
        }
        if (outlet != null) {
            clauses.add("len(list_filter(sources, source -> lower(source) = lower(?))) > 0");
            parameters.add(outlet);
        }
        if (minConfidence != null) {
            clauses.add("confidence >= ?");
            parameters.add(minConfidence);
        }
        return new SqlCondition(clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses), parameters);
    }

    /** A WHERE clause with its positional parameters. */
    record SqlCondition(String sql, List<Object> parameters) {}
}
