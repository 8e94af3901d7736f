package org.annalist.events;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.annalist.actors.ActorAnalysis;
import org.annalist.actors.Entity;
import org.annalist.language.Dependency;
import org.annalist.language.Token;

/**
 * The countries a trigger's own clause names: the trigger's basic-tree subtree without the clauses
 * nested in it or joined to it. The domestic rule ({@link DomesticParties#domesticRecipient}) gives
 * an uncoded target the actor's own country unless another country could own it; a country named in
 * another clause of the sentence cannot ("welcomed Qatar's mediation but accused the rebels of
 * shelling army positions": the rebels are not Qatar's; "Nicaraguan police arrested two priests, and
 * the government expelled a third to Guatemala"), nor can a country the clause names only as a
 * route or destination ("accusing the regional authorities of selling oil through Turkey").
 */
final class ClauseCountries {

    /** Relations that join or nest another clause: what is said there does not own this clause's target. */
    private static final Set<String> CLAUSE_RELATIONS = Set.of("conj", "parataxis", "advcl", "ccomp", "csubj", "acl", "xcomp", "dep");

    /** Prepositions of a route or destination: a country after them is where, not whose. */
    private static final Set<String> ROUTE_PREPOSITIONS = Set.of("through", "via", "across", "to", "into", "towards", "toward");

    private ClauseCountries() {
    }

    /**
     * The country codes of the entities named in the clause of {@code head}, other than
     * {@code ownCode} and those {@code ignored} (news outlets).
     */
    static Set<String> otherCountries(SentenceGraph graph, int head, String ownCode, ActorAnalysis actors, Predicate<Entity> ignored) {
        Set<String> codes = new LinkedHashSet<>();
        Deque<Integer> pending = new ArrayDeque<>();
        pending.add(head);
        Set<Integer> seen = new java.util.HashSet<>();
        while (!pending.isEmpty()) {
            int token = pending.poll();
            if (!seen.add(token)) {
                continue;
            }
            Optional<Entity> entity = actors.entityAt(graph.token(token).start());
            if (entity.isPresent() && entity.get().code() != null && !entity.get().code().equals(ownCode)
                    && ReciprocalReference.isCountryCode(entity.get().code()) && !ignored.test(entity.get())) {
                codes.add(entity.get().code());
            }
            for (Dependency arc : graph.basicDependents(token)) {
                int dependent = arc.dependent();
                boolean nestedClause = CLAUSE_RELATIONS.contains(arc.baseRelation()) || graph.token(dependent).isVerb();
                if (!nestedClause && !isRoute(graph, arc)) {
                    pending.add(dependent);
                }
            }
        }
        return codes;
    }

    /** "through Turkey", "to Guatemala": an oblique or modifier phrase led by a route preposition. */
    private static boolean isRoute(SentenceGraph graph, Dependency arc) {
        if (!(arc.baseRelation().equals("obl") || arc.baseRelation().equals("nmod"))) {
            return false;
        }
        for (Dependency inner : graph.basicDependents(arc.dependent())) {
            Token word = graph.token(inner.dependent());
            if (inner.baseRelation().equals("case") && ROUTE_PREPOSITIONS.contains(word.lemma().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
