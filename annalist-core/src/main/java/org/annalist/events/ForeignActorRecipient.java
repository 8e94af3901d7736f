package org.annalist.events;

import java.util.List;
import java.util.Optional;
import org.annalist.actors.Entity;

/**
 * The recipient of an event that names no target, done by a country foreign to the article's
 * own country: "the United States announced $60 million in new funding" in a story about Haiti is
 * aid to Haiti, not to the United States. The no-target domestic rule ({@link DomesticParties#domesticRecipient})
 * codes an event without a target as the actor's own affair, which is right for a country at home
 * ("protesters rioted") but wrong for a foreign government acting on the story's country.
 * In a story between two other countries ({@link ReciprocalReference#twoSides()}), a third
 * country's act that names no addressee ("the United States urged calm", "Germany called for
 * restraint" in a story of Ethiopia and Eritrea) is aimed at nobody the text names: neither its
 * own country (a thing it asks for is no party) nor the dateline's side, as the gold sets code a
 * call with no named addressee.
 */
final class ForeignActorRecipient {

    private ForeignActorRecipient() {
    }

    /**
     * The article's country in place of a no-target domestic recipient when the actor is one
     * other country; otherwise the domestic filling unchanged. The party is the article's entity
     * for that country when it names one ("Kosovo"), so the output names the country, not the
     * actor's words the domestic filling pointed at.
     */
    static PartyFinder.Filling of(PartyFinder.Filling domestic, PartyFinder.Filling actor, String articleCountry, List<Entity> twoSides,
            Optional<Entity> articleCountryEntity) {
        if (isThirdParty(actor, twoSides) && namesNoParty(domestic)) {
            return PartyFinder.Filling.none();
        }
        if (articleCountry == null || !DependencyEventCoder.NO_TARGET_SOURCE.equals(domestic.source())) {
            return domestic;
        }
        if (actor.soleCountry().filter(code -> !code.equals(articleCountry)).isEmpty()) {
            return domestic;
        }
        EventParty own = domestic.parties().get(0);
        EventParty country = articleCountryEntity
                .map(entity -> new EventParty(entity.id(), entity.name(), articleCountry, entity.sector(), own.mention()))
                .orElse(new EventParty(null, null, articleCountry, null, own.mention()));
        return new PartyFinder.Filling(List.of(country),
                "the article's country (no target named, actor foreign to it)");
    }

    /** Whether the actor is one country that is neither of the story's two sides. */
    private static boolean isThirdParty(PartyFinder.Filling actor, List<Entity> twoSides) {
        return twoSides.size() == 2 && actor.soleCountry()
                .filter(code -> twoSides.stream().noneMatch(side -> code.equals(side.code()))).isPresent();
    }

    /** Whether the domestic recipient is the actor's country by default: no target, or a thing ("urged calm"), not a named body or people. */
    private static boolean namesNoParty(PartyFinder.Filling domestic) {
        return !domestic.parties().isEmpty() && domestic.parties().stream().allMatch(party -> party.entity() == null && party.name() == null);
    }
}
