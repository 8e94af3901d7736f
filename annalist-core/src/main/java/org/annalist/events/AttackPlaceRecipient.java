package org.annalist.events;

import java.util.List;
import java.util.Objects;

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
            return new PartyFinder.Filling(List.of(), null);
        }
        List<String> codes = actor.parties().stream().map(EventParty::code).filter(Objects::nonNull).distinct().toList();
        if (codes.size() != 1 || codes.get(0).equals(place.code()) || !ReciprocalReference.isCountryCode(codes.get(0))) {
            return new PartyFinder.Filling(List.of(), null);
        }
        return new PartyFinder.Filling(List.of(new EventParty(null, place.name(), place.code(), null, place.mention())),
                "the attacked place's country (" + place.name() + ")");
    }
}
