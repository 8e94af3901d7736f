package org.annalist.events;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import org.annalist.events.patterns.ListName;
import org.annalist.events.patterns.WordLists;
import org.annalist.language.Dependency;
import org.annalist.language.Token;

/**
 * The recipient of an armed challenger's refusal to disarm: "the group would not give up its
 * weapons", "the militia would not lay down its arms", "rejected any timetable for handing over its
 * weapons". Disarming is what the group's own state demands of it, so the refusal answers that state
 * (the REB actor's country, unnamed), not the foreign side whose strike the story reported before
 * ({@link ResponseRecipient}), and not nobody. A party the sentence names outright stays: only an
 * empty recipient or one an earlier event lent ("responds to vN") is replaced. The arms are a
 * {@code disarm-noun} (word-lists.tsv) in the object of the refusal's trigger, at most
 * {@value #DEPTH} words down.
 */
final class DisarmRefusal {

    /** The source name the recipient reports. */
    static final String SOURCE = "the armed group's own state (a refusal to disarm)";

    /** How many dependency steps below the trigger's object the arms may be named. */
    private static final int DEPTH = 4;

    private final WordLists words;

    DisarmRefusal(WordLists words) {
        this.words = words;
    }

    /** The actor's own country for an armed challenger's refusal to give up its arms; else {@code recipient} unchanged. */
    PartyFinder.Filling of(SentenceGraph graph, TriggerMatch match, String codedType, PartyFinder.Filling actor,
            PartyFinder.Filling recipient, boolean armedChallenger) {
        boolean lent = ResponseRecipient.isLentByEarlierEvent(recipient);
        if (!codedType.equals("REJECT") || !armedChallenger || (recipient.anyCoded() && !lent)) {
            return recipient;
        }
        if (actor.soleCountry().isEmpty() || !namesArms(graph, match)) {
            return recipient;
        }
        return actor.ownCountry(actor.soleCountry().get(), SOURCE);
    }

    /** Whether a {@code disarm-noun} lies in the trigger's object, within {@value #DEPTH} basic steps. */
    private boolean namesArms(SentenceGraph graph, TriggerMatch match) {
        Deque<int[]> queue = new ArrayDeque<>();
        Set<Integer> seen = new HashSet<>();
        for (Dependency arc : graph.basicDependents(match.head())) {
            if (arc.relation().equals("obj")) {
                queue.add(new int[] {arc.dependent(), 0});
            }
        }
        while (!queue.isEmpty()) {
            int[] next = queue.poll();
            if (!seen.add(next[0])) {
                continue;
            }
            Token token = graph.token(next[0]);
            if (token.isNoun() && words.containsEither(ListName.DISARM_NOUN, token.lemma(), token.text())) {
                return true;
            }
            if (next[1] < DEPTH) {
                for (Dependency arc : graph.basicDependents(next[0])) {
                    queue.add(new int[] {arc.dependent(), next[1] + 1});
                }
            }
        }
        return false;
    }
}
