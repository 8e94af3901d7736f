package org.annalist.events;

import java.util.Locale;
import org.annalist.events.patterns.ListName;
import org.annalist.events.patterns.WordLists;
import org.annalist.language.Dependency;

/**
 * A time that belongs to a later event an act points ahead to: "invited miners' leaders to talks
 * in Lima on Thursday", "turned down an invitation to talks on Thursday", "called for a strike on
 * Friday". The day hangs (through nouns only) from a noun of a gathering or collective act
 * ({@code awaited-event-noun}) taken through "to" or "for"; it is that event's day, neither the day
 * of the act that points to it ({@link EventDating}) nor a sign that the act is still to come
 * ({@link CodingConvention#timesOfAction}). An event triggered by the noun itself ("talks on
 * Thursday") is still dated by it.
 */
final class AwaitedEventTime {

    /** How many heads to climb from the time's own token to the noun. */
    private static final int LONGEST_CLIMB = 4;

    private final WordLists words;

    AwaitedEventTime(WordLists words) {
        this.words = words;
    }

    /** Whether the time whose head token is {@code timeToken} dates an awaited event other than the trigger's. */
    boolean datesAwaitedEvent(SentenceGraph graph, int timeToken, int trigger) {
        int node = timeToken;
        for (int step = 0; step < LONGEST_CLIMB; step++) {
            Dependency up = graph.basicHead(node);
            if (up == null || up.governor() < 0 || up.governor() == trigger) {
                return false;
            }
            node = up.governor();
            if (!graph.token(node).isNoun()) {
                return false;
            }
            if (words.contains(ListName.AWAITED_EVENT_NOUN, graph.token(node).lemma().toLowerCase(Locale.ROOT))
                    && hasGoalPreposition(graph, node)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasGoalPreposition(SentenceGraph graph, int noun) {
        for (Dependency arc : graph.basicDependents(noun)) {
            String word = graph.token(arc.dependent()).text().toLowerCase(Locale.ROOT);
            if (arc.relation().equals("case") && (word.equals("to") || word.equals("for"))) {
                return true;
            }
        }
        return false;
    }
}
