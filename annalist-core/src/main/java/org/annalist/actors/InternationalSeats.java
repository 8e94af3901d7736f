package org.annalist.actors;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    InternationalSeats() {
        for (TsvTable.Row row : TsvTable.bundled("actors/international-seats.tsv", Set.of("place", "bodies")).rows()) {
            bodies.put(row.get("place"), row.list("bodies"));
        }
    }

    boolean seats(String place) {
        return bodies.containsKey(place);
    }

    /** The bodies the place seats, in the file's order; empty for other places. */
    List<String> bodiesOf(String place) {
        return bodies.getOrDefault(place, List.of());
    }
}
