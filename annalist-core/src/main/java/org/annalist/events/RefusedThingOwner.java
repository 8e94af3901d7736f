package org.annalist.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.annalist.events.patterns.WordLists;
import org.annalist.language.Token;

/**
 * The recipient of a refusal named by whose the refused thing is: "rejected the union's demand",
 * "rejected an opposition call for a recount", "rejected a proposal from aid agencies", "refused the
 * plan put forward by the mediators". A refusal answers the party that made the demand, offer or
 * appeal, and when the sentence names that party on the refused noun itself it is the recipient,
 * before any earlier event the refusal might answer ({@link ResponseRecipient}). The owner may be of
 * the actor's own country ("the minister rejected a government request" by a union leader): only the
 * actor's own entity is left out. Owner pronouns ("rejected their demands") are left to the other
 * rules, which resolve them with more context.
 */
final class RefusedThingOwner {

    /** The source name the recipient reports. */
    static final String SOURCE = "owner of the refused thing";

    /** How a noun names whose it is: "the union's demand", "an opposition call", "a Kenyan proposal". */
    private static final Set<String> OWNER_RELATIONS = Set.of("nmod:poss", "compound", "amod");

    /** How a noun names who put it forward: "a proposal from aid agencies", "an appeal by the UN". */
    private static final Set<String> AUTHOR_RELATIONS = Set.of("nmod:from", "nmod:by");

    /** How a participle on the noun names its author: "the plan proposed by the EU". */
    private static final Set<String> AGENT_RELATIONS = Set.of("obl:agent", "obl:by");

    private RefusedThingOwner() {}

    /** The owners of the objects of the refusal's trigger; none when the objects name no other coded party. */
    static PartyFinder.Filling of(SentenceGraph graph, TriggerMatch match, PartyFinder.Filling actor, PartyFinder parties,
            WordLists words) {
        Set<String> ownEntities = new HashSet<>();
        actor.parties().stream().map(EventParty::entity).filter(Objects::nonNull).forEach(ownEntities::add);
        Map<String, EventParty> byCode = new LinkedHashMap<>();
        for (int owner : ownerWords(graph, match)) {
            if (graph.token(owner).isPronoun()) {
                continue;
            }
            List<EventParty> named = parties.partiesFor(graph, owner, false);
            for (EventParty party : named) {
                if (party.code() != null && (party.entity() == null || !ownEntities.contains(party.entity()))) {
                    byCode.putIfAbsent(party.code(), party);
                }
            }
            Token word = graph.token(owner);
            if (named.isEmpty() && word.isNoun() && actor.soleCountry().isPresent() && DomesticParties.isDomesticParticipant(words, word)) {
                // "a government request", "an opposition call": a bare kind of party at home is the actor's own country's
                String code = actor.soleCountry().get();
                byCode.putIfAbsent(code, new EventParty(null, word.text(), code, null, new Span(word.start(), word.end(), word.text())));
            }
        }
        return byCode.isEmpty() ? PartyFinder.Filling.none() : new PartyFinder.Filling(List.copyOf(byCode.values()), SOURCE);
    }

    /** The words naming whose the trigger's objects are (a trigger word that is its head's object counts too), in sentence order. */
    private static List<Integer> ownerWords(SentenceGraph graph, TriggerMatch match) {
        List<Integer> objects = new ArrayList<>(graph.dependentsByRelation(match.head(), "obj"));
        List<Integer> found = new ArrayList<>();
        for (int object : objects) {
            for (var arc : graph.dependents(object)) {
                if ((OWNER_RELATIONS.contains(arc.relation()) || AUTHOR_RELATIONS.contains(arc.relation()))
                        && !match.words().contains(arc.dependent())) {
                    found.addAll(RoleFillers.withConjuncts(graph, arc.dependent()));
                }
                if (arc.relation().equals("acl")) {
                    for (int agent : graph.dependentsByRelation(arc.dependent(), AGENT_RELATIONS.toArray(String[]::new))) {
                        found.addAll(RoleFillers.withConjuncts(graph, agent));
                    }
                }
            }
        }
        return found.stream().distinct().sorted().toList();
    }
}
