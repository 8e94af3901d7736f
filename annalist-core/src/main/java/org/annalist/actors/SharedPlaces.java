package org.annalist.actors;

import java.util.List;
import java.util.Optional;
import org.annalist.dictionary.PhraseIndex;
import org.annalist.dictionary.TsvTable;
import org.annalist.language.Token;

/**
 * Places whose name holds a country's name or demonym but that are no one country's
 * (places/shared-places.tsv: "the South China Sea", "the Persian Gulf", "Latin American"):
 * where one starts, the country word inside it is not a mention of that country, so "in the
 * South China Sea" names no Chinese actor and "South American ministers" are no Americans.
 */
final class SharedPlaces {

    /** One name of a shared place as written: the place's own name or an adjective ("Latin American"). */
    record Written(String place, boolean adjective) {}

    private final PhraseIndex<Written> names;

    SharedPlaces(TsvTable table) {
        PhraseIndex.Builder<Written> builder = PhraseIndex.builder();
        for (TsvTable.Row row : table.rows()) {
            String place = row.get("name");
            builder.put(place, new Written(place, false));
            row.list("aliases").forEach(alias -> builder.put(alias, new Written(place, false)));
            row.list("adjectives").forEach(adjective -> builder.put(adjective, new Written(place, true)));
        }
        this.names = builder.build();
    }

    /** The shared place whose name starts at the token (a leading "the" allowed), if one does. */
    Optional<PhraseIndex.Match<Written>> at(String text, List<Token> tokens, int first) {
        return names.longestAt(text, tokens, first, tokens.size());
    }
}
