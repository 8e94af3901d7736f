package org.annalist.actors;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.annalist.dictionary.ActorDictionaries;
import org.annalist.dictionary.CountryName;
import org.annalist.dictionary.PhraseIndex;
import org.annalist.dictionary.Place;
import org.annalist.dictionary.TsvTable;
import org.annalist.language.AnnotatedDocument;
import org.annalist.language.Dateline;
import org.annalist.language.Sentence;
import org.annalist.language.Token;

/**
 * Country words two states share (actors/shared-names.tsv: "Congolese", a bare "Congo",
 * "Dominican"), read as the state the story is about: the state of the dateline's place when it
 * is one of the two (a correspondent in Brazzaville writes "Congolese" for the Congo around
 * them), else the other state when the story names it by a word of its own and the usual state
 * by none. "BRAZZAVILLE (Reuters) - Congolese Oil Minister Bruno Itoua said" is a
 * minister of the Republic of the Congo, not of the DR Congo countries.tsv gives "Congolese" to.
 */
final class SharedCountryWords {

    /** One row: the word's usual and other state, and the row for provenance. */
    private record Shared(String usual, String other, String source) {}

    private final ActorDictionaries dictionaries;
    private final Map<String, Shared> words = new HashMap<>();

    SharedCountryWords(ActorDictionaries dictionaries) {
        this.dictionaries = dictionaries;
        for (TsvTable.Row row : dictionaries.nameTables().sharedCountryWords().rows()) {
            words.put(row.get("word").toLowerCase(Locale.ROOT), new Shared(row.get("usual"), row.get("other"), row.source() + ":" + row.line()));
        }
    }

    /** The country the matched word names in this story: the dictionary's reading, or the other state's. */
    CountryName read(AnnotatedDocument document, PhraseIndex.Match<CountryName> match) {
        Shared shared = words.get(match.phrase().toLowerCase(Locale.ROOT));
        CountryName usual = match.value();
        if (shared == null || !shared.usual().equals(usual.code())) {
            return usual;
        }
        String dateline = datelinePlace(document, dictionaries).map(Place::country).orElse("");
        boolean other = dateline.equals(shared.other()) || !dateline.equals(shared.usual()) && namesOnlyTheOther(document, shared);
        if (!other) {
            return usual;
        }
        String country = dictionaries.countries().nameOf(shared.other()).orElse(shared.other());
        return new CountryName(shared.other(), country, usual.form(), shared.source() + " \"" + match.phrase()
                + "\" in a story about " + country);
    }

    /** Whether the story names the other state by a word of its own and the usual state by none. */
    private boolean namesOnlyTheOther(AnnotatedDocument document, Shared shared) {
        Set<String> named = statesNamedByOwnWords(document);
        return named.contains(shared.other()) && !named.contains(shared.usual());
    }

    /** The states the story names by words no other state shares. */
    private Set<String> statesNamedByOwnWords(AnnotatedDocument document) {
        Set<String> named = new HashSet<>();
        String text = document.text();
        for (Sentence sentence : document.sentences()) {
            for (PhraseIndex.Match<CountryName> found : dictionaries.countries().index().findAll(text, sentence.tokens(), 0, sentence.tokens().size())) {
                if (!words.containsKey(found.phrase().toLowerCase(Locale.ROOT))) {
                    named.add(found.value().code());
                }
            }
        }
        return named;
    }

    /** The first gazetteer place of the story's dateline ("BRAZZAVILLE (Reuters) -"), if it has one. */
    static Optional<Place> datelinePlace(AnnotatedDocument document, ActorDictionaries dictionaries) {
        int end = Dateline.end(document.text());
        if (end == 0 || document.sentences().isEmpty()) {
            return Optional.empty();
        }
        List<Token> tokens = document.sentences().get(0).tokens();
        for (int index = 0; index < tokens.size() && tokens.get(index).end() <= end; index++) {
            Optional<PhraseIndex.Match<Place>> place = dictionaries.placeNames().longestAt(document.text(), tokens, index, tokens.size());
            if (place.isPresent() && tokens.get(place.get().endToken() - 1).end() <= end) {
                return Optional.of(place.get().value());
            }
        }
        return Optional.empty();
    }
}
