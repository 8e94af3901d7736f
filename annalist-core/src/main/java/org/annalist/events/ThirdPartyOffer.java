package org.annalist.events;

import java.util.ArrayList;
import java.util.List;
import org.annalist.actors.Entity;

/**
 * The recipients of a third party's offer that names no one: in a story between two countries,
 * "CARICOM offered to mediate", "the bloc was ready to help", "Moscow stands ready to mediate" are
 * offers to both sides of the dispute, as a reader takes them, not to the country the sentence
 * happens in (the home-country fallback) nor to nobody. Applies when the act is an offer (an
 * {@code offer-verb} of word-lists.tsv) or a stated commitment coded AGREE, the article has two
 * main countries with a fair share of mentions each ({@link ReciprocalReference#twoSides()}), and
 * no actor is of either: a side's own offer ("Ethiopia is ready to resume talks") is aimed at the
 * other side, which other rules find.
 */
final class ThirdPartyOffer {

    /** The recipient source of an offer made to the story's two sides. */
    static final String SOURCE = "the story's two sides (a third party's offer)";

    private ThirdPartyOffer() {}

    /**
     * The story's two sides as recipients of {@code actor}'s offer, the party spans on the trigger;
     * none when the act is no offer, the story is not between two, or an actor is of one side.
     */
    static PartyFinder.Filling of(boolean offer, PartyFinder.Filling actor, ReciprocalReference reciprocal, Span trigger) {
        List<Entity> sides = reciprocal.twoSides();
        if (!offer || !actor.anyCoded() || sides.size() != 2) {
            return PartyFinder.Filling.none();
        }
        for (EventParty party : actor.parties()) {
            if (party.code() != null && sides.stream().anyMatch(side -> side.code().equals(party.code()))) {
                return PartyFinder.Filling.none();
            }
        }
        List<EventParty> parties = new ArrayList<>();
        for (Entity side : sides) {
            parties.add(new EventParty(side.id(), side.name(), side.code(), side.sector(), trigger));
        }
        return new PartyFinder.Filling(parties, SOURCE);
    }
}
