package org.annalist.actors;

import java.util.List;
import java.util.Optional;
import org.annalist.dictionary.PhraseIndex;
import org.annalist.dictionary.Place;
import org.annalist.language.AnnotatedDocument;
import org.annalist.language.Dateline;
import org.annalist.language.Token;

/**
 * The gazetteer place of the article's wire dateline ("SEOUL, Aug 18 (Reuters) -", "DHAKA:"):
 * where the story was filed, so the country of the officials and residents a correspondent
 * there quotes without naming their nationality.
 */
final class DatelinePlace {

    private DatelinePlace() {}

    /** The dateline's place, or empty when the article has no dateline or the gazetteer lacks its place. */
    static Optional<Place> of(AnnotatedDocument document, PhraseIndex<Place> placeNames) {
        int end = Dateline.end(document.text());
        if (end == 0 || document.sentences().isEmpty()) {
            return Optional.empty();
        }
        List<Token> tokens = document.sentences().get(0).tokens();
        for (int index = 0; index < tokens.size() && tokens.get(index).end() <= end; index++) {
            Optional<PhraseIndex.Match<Place>> place = placeNames.longestAt(document.text(), tokens, index, tokens.size());
            if (place.isPresent() && tokens.get(place.get().endToken() - 1).end() <= end) {
                return Optional.of(place.get().value());
            }
        }
        return Optional.empty();
    }
}
