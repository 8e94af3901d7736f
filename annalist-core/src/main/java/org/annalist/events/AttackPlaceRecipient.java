package org.annalist.events;

import java.util.List;

/**
 * The target of an attack that names no coded target but happens at a place of another country:
 * "U.S. forces struck launch sites near the port of Hodeidah" is USA → YEM, "missiles hit an
 * apartment block in Kharkiv" RUS → UKR. Attacks by a country inside its own territory gain
 * nothing (the place is the actor's own), so domestic conflicts are left to the domestic rules.
 */
final class AttackPlaceRecipient {

    private AttackPlaceRecipient() {
    }

    /** The place's country as recipient of an ASSAULT by one other country, else an empty filling. */
    static PartyFinder.Filling of(String event, PartyFinder.Filling actor, EventLocation place) {
        if (!event.equals("ASSAULT") || place == null || place.code() == null || place.mention() == null
                || !ReciprocalReference.isCountryCode(place.code())) {
            return PartyFinder.Filling.none();
        }
        if (actor.soleCountry().filter(code -> !code.equals(place.code())).isEmpty()) {
            return PartyFinder.Filling.none();
        }
        return new PartyFinder.Filling(List.of(new EventParty(null, place.name(), place.code(), null, place.mention())),
                "the attacked place's country (" + place.name() + ")");
    }
}
