package org.annalist.events;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.annalist.actors.ActorAnalysis;
import org.annalist.actors.Entity;

/**
 * Whether the fighting an article reports is within one country: "both warring parties", "both
 * sides" in a story of the army and the RSF in Sudan, of police and protesters in Peru, are both
 * of that country, not the article's two most mentioned countries (one of which may only be
 * accused of arming a side). The armed clashes coded so far (ASSAULT events) decide: when there is
 * at least one and every one is between parties of the same single country, that country is the
 * only side. With no clash coded yet, the article's cast decides: when the most mentioned country's
 * own armed opposition (entities of its code with the rebel sector: the RSF, M23, the ELN) is
 * mentioned at least as often as any other country, the fight is that country's civil war and
 * its two sides are the government and the rebels ({@link #rebelSide}).
 */
final class DomesticConflict {

    private DomesticConflict() {}

    /** The sector the actors stage gives an armed group fighting a government. */
    private static final String REBEL_SECTOR = "REB";

    /**
     * The one country every ASSAULT coded so far is within, if there is such an event and such a
     * country; with no ASSAULT coded, the country whose civil war the article is about ({@link #rebelSide}).
     */
    static Optional<String> soleSide(List<Event> events, ActorAnalysis actors, ReciprocalReference reciprocal) {
        Optional<String> byClashes = soleSide(events);
        boolean anyClash = events.stream().anyMatch(event -> event.event().equals("ASSAULT") && !event.recipients().isEmpty());
        return byClashes.isPresent() || anyClash ? byClashes : rebelSide(actors, reciprocal);
    }

    /**
     * The article's most mentioned country when its own rebels ("the Rapid Support Forces", "M23
     * rebels", "the ELN") are mentioned at least as often as any other country: "both sides" of a
     * civil war are the one country, not it and a mediator or a foreign backer named beside it.
     */
    static Optional<String> rebelSide(ActorAnalysis actors, ReciprocalReference reciprocal) {
        String dominant = reciprocal.dominantCountry();
        if (dominant == null) {
            return Optional.empty();
        }
        int rebels = actors.entities().stream()
                .filter(entity -> dominant.equals(entity.code()) && REBEL_SECTOR.equals(entity.sector()) && !"LOCATION".equals(entity.type()))
                .mapToInt(entity -> entity.mentions().size()).sum();
        boolean outnumbersOthers = rebels > 0 && reciprocal.mentionCounts().entrySet().stream()
                .filter(entry -> !entry.getKey().equals(dominant)).allMatch(entry -> entry.getValue() <= rebels);
        return outnumbersOthers ? Optional.of(dominant) : Optional.empty();
    }

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
