package org.annalist.events;

import java.util.List;
import org.annalist.events.patterns.ListName;
import org.annalist.events.patterns.WordLists;
import org.annalist.language.Dependency;
import org.annalist.language.Token;

/**
 * The actor of the errand a diplomat is summoned for: "Japan's vice minister summoned South
 * Korea's ambassador to lodge a protest", "the ministry summoned the British ambassador to
 * protest the licences". The parser reads the infinitive as controlled by the object (as in
 * "urged Iran to release the crew", where Iran is to release), which makes the ambassador the one
 * who protests; after a summoning verb ({@code summoning-verb} in word-lists.tsv) the infinitive
 * is the summoner's purpose, so its subject is the summoning verb's. The same holds after a verb of
 * sending people ({@code sending-verb}): "Poland said it would send 50 border guards to help patrol
 * the frontier" is Poland's aid, not the guards'.
 */
final class SummonerSubject {

    private SummonerSubject() {
    }

    /**
     * The summoning verb's subjects when {@code verb} is its infinitive complement with an
     * object-controlled subject; empty otherwise.
     */
    static List<Integer> of(SentenceGraph graph, int verb, WordLists words) {
        Dependency up = graph.basicHead(verb);
        if (up == null || up.governor() < 0 || !up.relation().equals("xcomp")) {
            return List.of();
        }
        Token governor = graph.token(up.governor());
        String form = governor.text().toLowerCase(java.util.Locale.ROOT);
        if (!words.containsEither(ListName.SUMMONING_VERB, governor.lemma(), form)
                && !words.containsEither(ListName.SENDING_VERB, governor.lemma(), form)) {
            return List.of();
        }
        List<Integer> objects = graph.dependentsByRelation(up.governor(), "obj");
        boolean objectControlled = graph.dependents(verb).stream()
                .anyMatch(arc -> arc.relation().equals("nsubj:xsubj") && objects.contains(arc.dependent()));
        if (!objectControlled) {
            return List.of();
        }
        return graph.dependentsByRelation(up.governor(), "nsubj");
    }
}
