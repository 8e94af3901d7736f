package org.annalist.store.query;

import java.util.List;
import java.util.Locale;

/**
 * The one definition of "an event between two countries", used by the event filter and the
 * timeline: one country among the actors and the other among the recipients, in either
 * direction, or both among the actors of an event with no recipient ("Iran and Azerbaijan held
 * talks", a compound or reciprocal event).
 */
final class DyadCondition {

    /** A boolean SQL expression over the events table with four positional parameters. */
    static final String SQL = "((list_contains(actor_code, ?) AND list_contains(recipient_code, ?))"
            + " OR (list_contains(actor_code, ?) AND list_contains(recipient_code, ?))"
            + " OR (len(recipient_code) = 0 AND list_contains(actor_code, ?) AND list_contains(actor_code, ?)))";

    private DyadCondition() {}

    /** The parameters of {@link #SQL} for the two codes, in order. */
    static List<Object> parameters(String first, String second) {
        String a = first.toUpperCase(Locale.ROOT);
        String b = second.toUpperCase(Locale.ROOT);
        return List.of(a, b, b, a, a, b);
    }
}
