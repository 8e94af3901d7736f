package org.annalist.events;

import java.util.List;

/**
 * The recipient of an event that names no target, done by a country foreign to the article's
 * own country: "the United States announced $60 million in new funding" in a story about Haiti is
 * aid to Haiti, not to the United States. The no-target domestic rule ({@link DomesticParties#domesticRecipient})
 * codes an event without a target as the actor's own affair, which is right for a country at home
 * ("protesters rioted") but wrong for a foreign government acting on the story's country.
 */
final class ForeignActorRecipient {

    private ForeignActorRecipient() {
    }

    /**
     * The article's country in place of a no-target domestic recipient when the actor is one
     * other country; otherwise the domestic filling unchanged.
     */
    static PartyFinder.Filling of(PartyFinder.Filling domestic, PartyFinder.Filling actor, String articleCountry) {
        if (articleCountry == null || !DependencyEventCoder.NO_TARGET_SOURCE.equals(domestic.source())) {
            return domestic;
        }
        if (actor.soleCountry().filter(code -> !code.equals(articleCountry)).isEmpty()) {
            return domestic;
        }
        EventParty own = domestic.parties().get(0);
        return new PartyFinder.Filling(List.of(new EventParty(null, null, articleCountry, null, own.mention())),
                "the article's country (no target named, actor foreign to it)");
    }
}
