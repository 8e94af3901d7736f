package org.annalist.actors;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.annalist.dictionary.KnownActor;
import org.annalist.dictionary.KnownActorDictionary;
import org.annalist.dictionary.Place;
import org.annalist.dictionary.TsvTable;

/**
 * Capitals that seat international bodies, and the bodies each seats
 * (actors/international-seats.tsv: Brussels seats the European Union and NATO). Such a capital's
 * dateline says nothing of anyone's nationality ({@link DatelinePlace}), and such a capital acting
 * in a story about one of its bodies ("after Brussels imposed duties" in a story about the EU) is
 * that body, not its host country.
 */
final class InternationalSeats {

    private final Map<String, List<String>> bodies = new LinkedHashMap<>();

    InternationalSeats(TsvTable table) {
        for (TsvTable.Row row : table.rows()) {
            bodies.put(row.get("place"), row.list("bodies"));
        }
    }

    boolean seats(String place) {
        return bodies.containsKey(place);
    }

    /**
     * "after Brussels imposed duties" in a story that has named the European Union: the draft of
     * the first body the place seats that the article has named so far, which the place acting
     * stands for; null when it names none of them (then the capital is its country).
     */
    EntityDraft bodyNamed(Place place, Collection<EntityDraft> drafts, KnownActorDictionary knownActors) {
        for (String body : bodies.getOrDefault(place.name(), List.of())) {
            String name = knownActors.find(body).map(KnownActor::name).orElse(body); // "IAEA" is "International Atomic Energy Agency"
            for (EntityDraft draft : drafts) {
                if ("ORGANIZATION".equals(draft.type) && draft.code != null && name.equalsIgnoreCase(draft.name) && !draft.mentions.isEmpty()) {
                    return draft;
                }
            }
        }
        return null;
    }
}
