package org.annalist.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.annalist.events.patterns.RoleSource;
import org.annalist.events.patterns.TriggerKind;
import org.annalist.events.patterns.WordLists;
import org.annalist.language.Dependency;

/**
 * The recipient named by the owner of a verb trigger's own object word: "burned a Chinese flag",
 * "seized an Iranian tanker", "expelled two Russian diplomats", "shot down a Turkish drone", "flew
 * Guinean and Ivorian migrants home from Tunis". When the object is a word of the trigger ("flag" in
 * {@code burn <protest-symbol>}), the row's {@code object} source can never name a party (a trigger
 * word is no filler), yet the thing acted on is someone's: its country adjective, compound,
 * possessor or ownership participle ({@link OwnerParticiple}: "a Greek-owned tanker") names whose.
 * That owner takes the place of the {@code object} source in the row's order, so a source the row
 * lists before {@code object} still wins and one it lists after ("from Tunis", "in Syria") yields
 * to it. The actor's own countries are never the owner meant: "Serbian fans burned a Serbian flag",
 * "sent additional Ugandan troops", "released ten million Australian dollars" leave the recipient to
 * the other rules.
 */
final class ObjectWordOwner {

    /** How an object word names its owner. */
    private static final Set<String> OWNER_RELATIONS = Set.of("amod", "compound", "nmod:poss");

    /** The source name the recipient reports. */
    static final String SOURCE = "owner of the object word";

    private ObjectWordOwner() {}

    /** The recipient by the row's sources, with the object word's owner standing in the place of its {@code object} source. */
    static PartyFinder.Filling recipient(SentenceGraph graph, TriggerMatch match, PartyFinder.Filling actor, PartyFinder parties,
            WordLists words) {
        List<RoleSource> sources = match.pattern().recipient();
        int object = -1;
        for (int index = 0; index < sources.size() && object < 0; index++) {
            if (sources.get(index).kind() == RoleSource.Kind.OBJECT) {
                object = index;
            }
        }
        List<Integer> owners = match.pattern().kind() == TriggerKind.VERB && object >= 0 ? owners(graph, match, words) : List.of();
        if (owners.isEmpty()) {
            return parties.fill(graph, match, sources);
        }
        PartyFinder.Filling before = parties.fill(graph, match, sources.subList(0, object + 1));
        if (before.anyCoded()) {
            return before;
        }
        List<EventParty> owned = ownerParties(graph, match, owners, actor, parties);
        if (!owned.isEmpty()) {
            return new PartyFinder.Filling(owned, SOURCE);
        }
        PartyFinder.Filling after = parties.fill(graph, match, sources.subList(object + 1, sources.size()));
        return after.anyCoded() || before.parties().isEmpty() ? after : before;
    }

    /** The coded parties the owner words name, each code once, none of the actor's codes. */
    private static List<EventParty> ownerParties(SentenceGraph graph, TriggerMatch match, List<Integer> owners,
            PartyFinder.Filling actor, PartyFinder parties) {
        Set<String> own = new HashSet<>();
        actor.parties().stream().map(EventParty::code).filter(Objects::nonNull).forEach(own::add);
        Map<String, EventParty> byCode = new LinkedHashMap<>();
        for (int owner : owners) {
            // "struck the attackers' positions": a possessor noun may stand for a group named before;
            // any other word only for the entity its own mention names
            Dependency up = graph.basicHead(owner);
            boolean possessor = up != null && up.relation().equals("nmod:poss") && graph.token(owner).isNoun()
                    && !match.objects().contains(owner);
            (possessor ? parties.partiesFor(graph, owner, false) : parties.mentionedParties(graph, owner)).stream()
                    .filter(party -> party.code() != null && !own.contains(party.code()))
                    .forEach(party -> byCode.putIfAbsent(party.code(), party));
        }
        return List.copyOf(byCode.values());
    }

    /**
     * The words naming the owners of the trigger's object words (with conjuncts: "Guinean and
     * Ivorian migrants"), and each such object word, in sentence order; none is looked through to
     * its phrases ("filed a complaint at the WTO" names the forum, not the owner).
     */
    static List<Integer> owners(SentenceGraph graph, TriggerMatch match, WordLists words) {
        List<Integer> found = new ArrayList<>();
        for (int object : match.objects()) {
            for (Dependency arc : graph.basicDependents(object)) {
                if (!OWNER_RELATIONS.contains(arc.relation()) || match.words().contains(arc.dependent())) {
                    continue;
                }
                // "expelled two Russian diplomats": the object word's own mention, when it has an owner
                found.add(object);
                found.addAll(RoleFillers.withConjuncts(graph, arc.dependent()));
                found.addAll(OwnerParticiple.holders(graph, arc.dependent(), words));
            }
        }
        return found.stream().distinct().sorted().toList();
    }
}
