package org.annalist.events;

import java.util.Set;
import org.annalist.events.patterns.ListName;
import org.annalist.events.patterns.WordLists;
import org.annalist.language.Dependency;

/**
 * The recipient of an act done with the actor's own forces ({@code own-forces-code} in
 * word-lists.tsv: alerts, deployments, build-ups, shows of force, unilateral ceasefires). A
 * state that "placed police in Punjab province on high alert" or "stationed troops in the north"
 * names where its forces are, not whom they act on: a recipient that is only the actor's own
 * country (its provinces, border, units) is none, as every news gold set codes such events
 * (X → [], evaluation/events ev55, ev56; wire w03; wire3 d07). A foreign target stays ("deployed
 * troops to its border with Guyana" → GUY). The domestic fallback for these codes is off in
 * {@link DomesticParties#domesticRecipient}; this class removes the actor's own country when a
 * pattern source named it directly. Nor is a foreign country a recipient when it only says where
 * the forces are ("a snap exercise near the Afghan border", "reinforced patrols along the
 * Lithuanian border", "drills off Kaliningrad": the dev gold codes every such event X → []), nor
 * are the forces moved, the act's object ("sent 1,500 more soldiers", "put its troops on alert"),
 * when the actors stage gave them another country's code.
 */
final class OwnForcesRecipient {

    private OwnForcesRecipient() {
    }

    /** Pattern sources that place the forces beside somewhere rather than aim them at anyone ("around" does: drills around Taiwan). */
    private static final Set<String> BESIDE_SOURCES = Set.of("near", "along", "off");

    /** Sectors of forces, which the act moves or alerts. */
    private static final Set<String> FORCE_SECTORS = Set.of("MIL", "COP");

    /**
     * None in place of a recipient that is only the actor's country, a place the forces are beside,
     * or the forces the act moves, for an own-forces code; else the recipient unchanged.
     */
    static PartyFinder.Filling of(PartyFinder.Filling recipient, PartyFinder.Filling actor, SentenceGraph graph, TriggerMatch match,
            WordLists words) {
        if (!words.coversCode(ListName.OWN_FORCES_CODE, match.pattern().cameo()) || recipient.parties().isEmpty()) {
            return recipient;
        }
        if (BESIDE_SOURCES.contains(String.valueOf(recipient.source()))
                || recipient.parties().stream().allMatch(party -> isMovedForce(graph, match.head(), party))) {
            return PartyFinder.Filling.none();
        }
        boolean onlyOwnCountry = actor.soleCountry()
                .map(code -> recipient.parties().stream().allMatch(party -> code.equals(party.code())))
                .orElse(false);
        return onlyOwnCountry ? PartyFinder.Filling.none() : recipient;
    }

    /** Whether the party is forces named as the trigger's object: "sent 1,500 more soldiers", "put its troops on alert". */
    private static boolean isMovedForce(SentenceGraph graph, int trigger, EventParty party) {
        if (party.mention() == null || party.sector() == null || !FORCE_SECTORS.contains(party.sector())) {
            return false;
        }
        for (Dependency arc : graph.dependents(trigger)) {
            int start = graph.token(arc.dependent()).start();
            if (arc.relation().equals("obj") && start >= party.mention().start() && start < party.mention().end()) {
                return true;
            }
        }
        return false;
    }
}
