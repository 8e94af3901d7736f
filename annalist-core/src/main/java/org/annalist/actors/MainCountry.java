package org.annalist.actors;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.annalist.dictionary.CountryDictionary;

/**
 * The article's main country: the code and name of the country mentioned most with its places.
 *
 * @param code the country's code
 * @param name the country's name, for provenance
 */
record MainCountry(String code, String name) {

    /**
     * The country mentioned most often, if it leads the others: its names, aliases, demonyms
     * and capitals, plus the mentions of its places ("Cabo Delgado", "Pemba" count for
     * Mozambique in a story about Rwandan troops there).
     */
    static MainCountry of(Collection<EntityDraft> drafts, CountryDictionary countries) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (EntityDraft draft : drafts) {
            if (("COUNTRY".equals(draft.type) || "LOCATION".equals(draft.type)) && draft.code != null) {
                counts.merge(draft.code, draft.mentions.size(), Integer::sum);
            }
        }
        String best = null;
        int bestCount = 0;
        int secondCount = 0;
        for (Map.Entry<String, Integer> entry : counts.entrySet()) {
            int count = entry.getValue();
            if (count > bestCount) {
                secondCount = bestCount;
                bestCount = count;
                best = entry.getKey();
            } else if (count > secondCount) {
                secondCount = count;
            }
        }
        if (best == null || bestCount <= secondCount) {
            return null;
        }
        return new MainCountry(best, countries.nameOf(best).orElse(best));
    }
}
