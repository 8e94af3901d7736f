package org.annalist.events;

import java.util.ArrayList;
import java.util.List;
import org.annalist.events.patterns.ListName;
import org.annalist.events.patterns.WordLists;
import org.annalist.language.Dependency;
import org.annalist.language.Token;

/**
 * "Armenia and Azerbaijan accused each other", "Israel and Hamas traded accusations": one event
 * per direction. A two-way event names both sides as the actor and nobody as the recipient; the
 * PLOVER convention is one directed event from each side to the other, which this class builds.
 */
final class ReciprocalDirections {

    private final WordLists words;

    ReciprocalDirections(WordLists words) {
        this.words = words;
    }

    /**
     * "Armenia and Azerbaijan accused each other", "Israel and Hamas traded accusations": one
     * event per direction, each actor towards the others. Empty unless the trigger's object or
     * prepositional phrase is "each other" or "one another", or the trigger is a two-way exchange
     * (each-way-verb with an each-way-object), and the actor names at least two codes.
     */
    List<Candidate> of(SentenceGraph graph, Candidate candidate) {
        List<EventParty> actors = candidate.actor().parties().stream().filter(party -> party.code() != null).toList();
        if (actors.stream().map(EventParty::code).distinct().count() < 2
                || !(hasReciprocalPronoun(graph, candidate.match().head()) || isTwoWayExchange(graph, candidate.match())
                        || isEachAgainstTheOther(graph, candidate.match().head()))) {
            return List.of();
        }
        List<Candidate> directed = new ArrayList<>();
        for (EventParty actor : actors) {
            List<EventParty> others = actors.stream().filter(other -> !other.code().equals(actor.code())).toList();
            directed.add(new Candidate(candidate.match(), new PartyFinder.Filling(List.of(actor), candidate.actor().source()),
                    new PartyFinder.Filling(others, "each other"), candidate.aux()));
        }
        return directed;
    }

    private boolean isTwoWayExchange(SentenceGraph graph, TriggerMatch match) {
        Token verb = graph.token(match.head());
        if (!words.containsEither(ListName.EACH_WAY_VERB, verb.lemma(), verb.text())) {
            return false;
        }
        for (int object : match.objects()) {
            Token word = graph.token(object);
            if (words.containsEither(ListName.EACH_WAY_OBJECT, word.lemma(), word.text())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Each side blamed the other", "each accused the other of violating the truce": the subject is
     * "each" (or has it as determiner) and the verb has "the other" (or "the other side") as a
     * dependent, the distributive form of "accused each other". Not in the present perfect: "each
     * side has accused the other of violating it" is the standing charge of a long dispute, which the
     * gold sets leave as background, not an act of the day.
     */
    static boolean isEachAgainstTheOther(SentenceGraph graph, int verb) {
        if (Modality.isPresentPerfect(graph, verb)) {
            return false;
        }
        boolean each = false;
        boolean theOther = false;
        for (Dependency arc : graph.dependents(verb)) {
            int word = arc.dependent();
            if (arc.baseRelation().startsWith("nsubj")) {
                each |= isEach(graph, word) || graph.dependents(word).stream()
                        .anyMatch(inner -> inner.baseRelation().equals("det") && isEach(graph, inner.dependent()));
            } else if (graph.token(word).text().equalsIgnoreCase("other")
                    || graph.dependents(word).stream().anyMatch(inner -> graph.token(inner.dependent()).text().equalsIgnoreCase("other")
                            && inner.baseRelation().equals("amod"))) {
                theOther |= graph.dependents(word).stream().anyMatch(inner -> inner.baseRelation().equals("det")
                        && graph.token(inner.dependent()).text().equalsIgnoreCase("the"));
            }
        }
        return each && theOther;
    }

    private static boolean isEach(SentenceGraph graph, int token) {
        return graph.token(token).text().equalsIgnoreCase("each");
    }

    private static boolean hasReciprocalPronoun(SentenceGraph graph, int head) {
        for (Dependency arc : graph.dependents(head)) {
            Token other = graph.token(arc.dependent());
            if (!other.text().equalsIgnoreCase("other") && !other.text().equalsIgnoreCase("another")) {
                continue;
            }
            for (Dependency inner : graph.dependents(arc.dependent())) {
                String word = graph.token(inner.dependent()).text();
                if (word.equalsIgnoreCase("each") || word.equalsIgnoreCase("one")) {
                    return true;
                }
            }
            if (arc.dependent() > 0 && (graph.token(arc.dependent() - 1).text().equalsIgnoreCase("each")
                    || graph.token(arc.dependent() - 1).text().equalsIgnoreCase("one"))) {
                return true;
            }
        }
        return false;
    }
}
