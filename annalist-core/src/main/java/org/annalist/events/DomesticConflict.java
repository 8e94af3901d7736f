package org.annalist.events;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Whether the fighting an article reports is within one country: "both warring parties", "both
 * sides" in a story of the army and the RSF in Sudan, of police and protesters in Peru, are both
 * of that country, not the article's two most mentioned countries (one of which may only be
 * accused of arming a side). The armed clashes coded so far (ASSAULT events) decide: when there is
 * at least one and every one is between parties of the same single country, that country is the
 * only side.
 */
final class DomesticConflict {

    private DomesticConflict() {}

    /** The one country every ASSAULT coded so far is within, if there is such an event and such a country. */
    static Optional<String> soleSide(List<Event> events) {
        Set<String> codes = new HashSet<>();
        boolean any = false;
        for (Event event : events) {
            if (!event.event().equals("ASSAULT") || event.recipients().isEmpty()) {
                continue;
            }
            any = true;
            event.actors().forEach(party -> codes.add(party.code()));
            event.recipients().forEach(party -> codes.add(party.code()));
            if (codes.size() > 1) {
                return Optional.empty();
            }
        }
        return any && codes.size() == 1 && ReciprocalReference.isCountryCode(codes.iterator().next())
                ? Optional.of(codes.iterator().next()) : Optional.empty();
    }
}
