package org.annalist.events;

import org.annalist.events.patterns.ListName;
import org.annalist.events.patterns.WordLists;

/**
 * The recipient of an act done with the actor's own forces ({@code own-forces-code} in
 * word-lists.tsv: alerts, deployments, build-ups, shows of force, unilateral ceasefires). A
 * state that "placed police in Punjab province on high alert" or "stationed troops in the north"
 * names where its forces are, not whom they act on: a recipient that is only the actor's own
 * country (its provinces, border, units) is none, as every news gold set codes such events
 * (X → [], evaluation/events ev55, ev56; wire w03; wire3 d07). A foreign target stays ("deployed
 * troops to its border with Guyana" → GUY). The domestic fallback for these codes is off in
 * {@link DomesticParties#domesticRecipient}; this class removes the actor's own country when a
 * pattern source named it directly.
 */
final class OwnForcesRecipient {

    private OwnForcesRecipient() {
    }

    /** None in place of a recipient that is only the actor's country, for an own-forces code; else the recipient unchanged. */
    static PartyFinder.Filling of(PartyFinder.Filling recipient, PartyFinder.Filling actor, String cameo, WordLists words) {
        if (!words.coversCode(ListName.OWN_FORCES_CODE, cameo) || recipient.parties().isEmpty()) {
            return recipient;
        }
        boolean onlyOwnCountry = actor.soleCountry()
                .map(code -> recipient.parties().stream().allMatch(party -> code.equals(party.code())))
                .orElse(false);
        return onlyOwnCountry ? PartyFinder.Filling.none() : recipient;
    }
}
