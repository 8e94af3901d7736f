package org.annalist.events;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.annalist.events.patterns.ListName;
import org.annalist.events.patterns.WordLists;
import org.annalist.language.Dependency;
import org.annalist.language.Token;

/**
 * Adds PLOVER contexts to the pattern's: a context-cue word in the trigger's own phrase ("joint
 * military drills", "meeting of the … Military … Commission") and the sector of a party
 * (a MIL actor makes the event military). The phrase is the trigger and its nominal dependents
 * three arcs deep, never a whole clause, so a cue elsewhere in the sentence does not leak in.
 */
final class ContextFinder {

    private static final Set<String> PHRASE_RELATIONS = Set.of("amod", "compound", "nmod", "obj", "obl", "conj", "nsubj:pass", "flat");
    private static final int DEPTH = 3;

    private final WordLists words;

    ContextFinder(WordLists words) {
        this.words = words;
    }

    List<String> contexts(SentenceGraph graph, TriggerMatch match, List<String> base, List<EventParty> parties) {
        Set<String> contexts = new LinkedHashSet<>(base);
        Set<Integer> seen = new HashSet<>();
        Deque<int[]> queue = new ArrayDeque<>();
        queue.add(new int[] {match.head(), 0});
        while (!queue.isEmpty()) {
            int[] next = queue.poll();
            if (!seen.add(next[0])) {
                continue;
            }
            Token token = graph.token(next[0]);
            words.value(ListName.CONTEXT_CUE, token.lemma()).ifPresent(contexts::add);
            words.value(ListName.CONTEXT_CUE, token.text()).ifPresent(contexts::add);
            if (next[1] >= DEPTH) {
                continue;
            }
            for (Dependency arc : graph.dependents(next[0])) {
                String relation = arc.relation();
                String base2 = arc.baseRelation();
                if (PHRASE_RELATIONS.contains(relation) || PHRASE_RELATIONS.contains(base2) && !relation.equals("nmod:poss")) {
                    queue.add(new int[] {arc.dependent(), next[1] + 1});
                }
            }
        }
        for (EventParty party : parties) {
            words.value(ListName.SECTOR_CONTEXT, party.sector()).ifPresent(contexts::add);
        }
        return List.copyOf(contexts);
    }
}
