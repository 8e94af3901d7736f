package org.annalist.events;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.annalist.events.patterns.ListName;
import org.annalist.events.patterns.WordLists;
import org.annalist.language.Dependency;
import org.annalist.language.Token;

/**
 * A command is the act it orders: "a court ordered them held for four months" is a detention,
 * "the governor ordered the release of the teenagers" a release, "ordered a committee to
 * investigate the attack" an investigation, each by whoever gave the order. The dev gold sets code
 * the ordered act in nearly every such sentence and a REQUEST in almost none. So when a demand row
 * on a verb of command ({@code command-verb} in word-lists.tsv) would absorb an event coded in its
 * complement or object, and the order is to the commander's own side (its army, a committee, its
 * bank's branches) or to no named party, that event is coded instead, with the commander as its
 * actor; the order itself is not emitted. An order to another country's party ("ordered the French
 * company to hand over the site") stays a demand, and an order whose complement codes nothing stays
 * the demand row's event (or the own-side order it is).
 */
final class OrderedAct {

    private OrderedAct() {
    }

    /**
     * The ordered acts of a sentence: for each demand on a verb of command, the absorbed candidate
     * nearest to it ("ordered a committee to investigate the attack": the investigation, not the
     * attack it is about), with that order.
     */
    static Map<Candidate, Candidate> of(SentenceGraph graph, List<Candidate> candidates, Map<Candidate, Candidate> absorbedBy,
            WordLists words) {
        Map<Candidate, Candidate> nearest = new LinkedHashMap<>();
        for (Candidate frame : candidates) {
            String lemma = graph.token(frame.match().head()).lemma().toLowerCase(Locale.ROOT);
            if (!frame.match().pattern().cameo().startsWith("10") || !frame.actor().anyCoded()
                    || !words.containsEither(ListName.COMMAND_VERB, lemma, graph.token(frame.match().head()).text())) {
                continue;
            }
            for (Candidate act : candidates) {
                if (act == frame || absorbedBy.get(act) != frame) {
                    continue;
                }
                Candidate held = nearest.get(frame);
                if (held == null || depth(graph, act, frame) < depth(graph, held, frame)) {
                    nearest.put(frame, act);
                }
            }
        }
        Map<Candidate, Candidate> ordered = new LinkedHashMap<>();
        nearest.forEach((frame, act) -> {
            if (toOwnSide(frame) || doneToObject(graph, act, frame)) {
                ordered.put(act, frame);
            }
        });
        return ordered;
    }

    /** How many arcs lie between the act's trigger and the order's (at most 3, as absorption walks). */
    private static int depth(SentenceGraph graph, Candidate act, Candidate order) {
        int node = act.match().head();
        for (int depth = 1; depth <= 3; depth++) {
            Dependency up = graph.basicHead(node);
            if (up == null || up.governor() < 0 || up.governor() == order.match().head()) {
                return depth;
            }
            node = up.governor();
        }
        return 4;
    }

    /** Whether the order names no addressee of another country: "ordered the army to deploy", "ordered a committee to investigate". */
    private static boolean toOwnSide(Candidate order) {
        Set<String> own = new HashSet<>();
        order.actor().parties().forEach(party -> own.add(party.code()));
        return order.recipient().parties().stream().allMatch(party -> party.code() == null || own.contains(party.code()));
    }

    /**
     * Whether the order's object undergoes the act rather than performs it: the act is the order's
     * object noun ("ordered the arrest of two executives") or a bare participle after the object
     * ("a court ordered them held in custody", "ordered the crossings closed").
     */
    private static boolean doneToObject(SentenceGraph graph, Candidate act, Candidate order) {
        int node = act.match().head();
        for (int depth = 0; depth < 3; depth++) {
            Dependency up = graph.basicHead(node);
            if (up == null || up.governor() < 0) {
                return false;
            }
            if (up.governor() == order.match().head()) {
                Token top = graph.token(node);
                return up.relation().equals("obj") && top.isNoun()
                        || up.relation().equals("xcomp") && "VBN".equals(top.partOfSpeech());
            }
            node = up.governor();
        }
        return false;
    }

    /** The ordered act as the commander's own: the order's actor and modality, its recipient unless the act names one. */
    static Candidate asCommanders(Candidate act, Candidate order) {
        PartyFinder.Filling recipient = act.recipient().anyCoded() || toOwnSide(order) ? act.recipient() : order.recipient();
        return new Candidate(act.match(), order.actor(), recipient, order.aux());
    }
}
