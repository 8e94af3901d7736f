package org.annalist.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.annalist.actors.ActorAnalysis;
import org.annalist.actors.Entity;

/**
 * The reciprocal rule: in an article about two countries, "the countries", "the two sides" or
 * "both nations" — a plural noun from the reciprocal-noun list that names no entity — refers to
 * the article's two main country actors. They are the two country codes with the most mentions
 * over all coded entities (a general's mentions count for his country); ties go to the earlier
 * first mention. With fewer than two country codes the rule does not apply.
 */
final class ReciprocalReference {

    /** Codes of bodies that are not countries, never taken as one of the "two countries". */
    private static final Set<String> NOT_COUNTRIES = Set.of("IGO", "NGO", "IMG", "UNO", "NATO", "EUR", "MNC", "UAF");

    private final List<Entity> pair;
    private final String dominant;

    /** Whether a party code names a country (ISO 3166 alpha-3), not an international or non-state body. */
    static boolean isCountryCode(String code) {
        return code != null && code.matches("[A-Z]{3}") && !NOT_COUNTRIES.contains(code);
    }

    private ReciprocalReference(List<Entity> pair, String dominant) {
        this.pair = pair;
        this.dominant = dominant;
    }

    static ReciprocalReference of(ActorAnalysis actors) {
        Map<String, Integer> mentions = new LinkedHashMap<>();
        Map<String, Entity> representative = new HashMap<>();
        for (Entity entity : actors.entities()) {
            String code = entity.code();
            if (!isCountryCode(code)) {
                continue;
            }
            mentions.merge(code, entity.mentions().size(), Integer::sum);
            Entity current = representative.get(code);
            if (current == null || isBetterRepresentative(entity, current)) {
                representative.put(code, entity);
            }
        }
        List<String> codes = new ArrayList<>(mentions.keySet());
        codes.sort((a, b) -> Integer.compare(mentions.get(b), mentions.get(a)));
        String dominant = codes.isEmpty() || codes.size() > 1 && mentions.get(codes.get(0)).equals(mentions.get(codes.get(1)))
                ? null : codes.get(0);
        if (codes.size() < 2) {
            return new ReciprocalReference(List.of(), dominant);
        }
        return new ReciprocalReference(List.of(representative.get(codes.get(0)), representative.get(codes.get(1))), dominant);
    }

    /** A country entity stands for its code better than a person of it; then the most mentioned. */
    private static boolean isBetterRepresentative(Entity candidate, Entity current) {
        boolean candidateCountry = "COUNTRY".equals(candidate.type());
        boolean currentCountry = "COUNTRY".equals(current.type());
        if (candidateCountry != currentCountry) {
            return candidateCountry;
        }
        return candidate.mentions().size() > current.mentions().size();
    }

    /** The country code with strictly the most mentions in the article, or null (none, or a tie). */
    String dominantCountry() {
        return dominant;
    }

    /** The two main country entities, or empty when the article has fewer than two. */
    List<Entity> pair() {
        return pair;
    }
}
