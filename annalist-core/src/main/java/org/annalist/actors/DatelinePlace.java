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
 * there quotes without naming their nationality. A capital that seats international bodies
 * whose news fills its datelines (actors/international-seats.tsv: Brussels, Vienna) gives none,
 * nor does a bureau city filing a story set in another country.
 */
final class DatelinePlace {

    /** How many sentences at the end of a story count as its closing aside. */
    private static final int CLOSING_SENTENCES = 2;
    /** How many sentences a story needs before its last ones read as a closing aside, not as its body. */
    private static final int STORY_WITH_ASIDE = 5;

    private final PhraseIndex<Place> placeNames;
    private final InternationalSeats internationalSeats;

    DatelinePlace(PhraseIndex<Place> placeNames, InternationalSeats internationalSeats) {
        this.placeNames = placeNames;
        this.internationalSeats = internationalSeats;
    }

    /**
     * The dateline's place, or empty when the article has none, the gazetteer lacks its place, it
     * seats international bodies, or it is a bureau filing another country's story: the story names
     * places of another country and never the dateline's country after the dateline. "BANGKOK
     * (AFP) — The Arakan Army launched a major assault on Sittwe …" is a Myanmar story (Sittwe,
     * Rakhine, Kyauktaw) that names Thailand nowhere, and its junta's spokesman is no Thai. A story
     * about the dateline's own country names it, its people or its places ("Thai police", "in
     * Chiang Mai"); one about a row with a neighbour that names only the neighbour ("SEOUL … Tokyo
     * said …", no place of Japan's) keeps its dateline, whose correspondent quotes local people.
     *
     * @param drafts the article's entities; its countries and places say which countries the story names
     */
    Optional<Place> of(AnnotatedDocument document, List<EntityDraft> drafts) {
        return placeOf(document).filter(place -> !internationalSeats.seats(place.name()))
                .filter(place -> !elsewhere(place.country(), drafts, closingAside(document)));
    }

    /** The first sentence of the story's closing aside; a short story has none (its last sentences are its body). */
    private static int closingAside(AnnotatedDocument document) {
        int size = document.sentences().size();
        return size >= STORY_WITH_ASIDE + CLOSING_SENTENCES ? size - CLOSING_SENTENCES : size;
    }

    /**
     * Whether the story names places of another country and nothing of the dateline's before its
     * closing sentences (from sentence {@code closing} on). "ABUJA (Reuters) - West African leaders
     * froze the assets of Guinea-Bissau's junta … In Bissau, the transitional government rejected …
     * Soldiers arrested … Diplomats in Abuja said Nigeria had pressed for tougher measures": a summit
     * venue's country named only in a closing aside does not make the story's soldiers its own.
     */
    private static boolean elsewhere(String datelineCountry, List<EntityDraft> drafts, int closing) {
        boolean named = drafts.stream().anyMatch(draft -> ("COUNTRY".equals(draft.type) || "LOCATION".equals(draft.type))
                && datelineCountry.equals(draft.code) && draft.mentions.stream().anyMatch(mention -> mention.sentenceIndex() < closing));
        boolean otherPlaces = drafts.stream().anyMatch(draft -> "LOCATION".equals(draft.type) && draft.code != null
                && !datelineCountry.equals(draft.code) && !draft.mentions.isEmpty());
        return !named && otherPlaces;
    }

    private Optional<Place> placeOf(AnnotatedDocument document) {
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
