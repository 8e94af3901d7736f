package org.annalist.dictionary;

import java.util.Set;

/**
 * The small bundled tables the actors stage reads beside its dictionaries, loaded once with them:
 * places no one country owns (places/shared-places.tsv), country words two states share
 * (actors/shared-names.tsv), body names two states share (actors/shared-body-names.tsv) and the
 * capitals that seat international bodies (actors/international-seats.tsv). Each stage component
 * builds its lookup from these rows; none reads a file while an article is read.
 */
public record NameTables(TsvTable sharedPlaces, TsvTable sharedCountryWords, TsvTable sharedBodyNames, TsvTable internationalSeats) {

    /** The bundled tables. */
    public static NameTables bundled() {
        return new NameTables(
                TsvTable.bundled("places/shared-places.tsv", Set.of("name", "aliases", "adjectives", "kind")),
                TsvTable.bundled("actors/shared-names.tsv", Set.of("word", "usual", "other")),
                TsvTable.bundled("actors/shared-body-names.tsv", Set.of("name", "keep")),
                TsvTable.bundled("actors/international-seats.tsv", Set.of("place", "bodies")));
    }
}
