package org.annalist.dictionary;

import java.nio.file.Path;
import java.util.List;

/**
 * Everything the actors stage knows, loaded once at start-up: countries, named organisations
 * (with the user's {@code --actors} files on top), sector keywords, places and the words that
 * refer back to a named actor, plus a phrase index over the gazetteer's names.
 */
public record ActorDictionaries(
        CountryDictionary countries,
        KnownActorDictionary knownActors,
        SectorDictionary sectors,
        Gazetteer places,
        ReferenceWords referenceWords,
        PhraseIndex<Place> placeNames) {

    public ActorDictionaries(CountryDictionary countries, KnownActorDictionary knownActors, SectorDictionary sectors, Gazetteer places,
            ReferenceWords referenceWords) {
        this(countries, knownActors, sectors, places, referenceWords, indexPlaces(places));
    }

    /** The bundled dictionaries, with the user's actor files taking precedence. */
    public static ActorDictionaries load(List<Path> userActorFiles) {
        return new ActorDictionaries(CountryDictionary.load(List.of()), KnownActorDictionary.load(userActorFiles),
                SectorDictionary.load(List.of()), Gazetteer.load(List.of()), ReferenceWords.bundled());
    }

    private static PhraseIndex<Place> indexPlaces(Gazetteer places) {
        PhraseIndex.Builder<Place> builder = PhraseIndex.builder();
        for (String name : places.names()) {
            places.find(name).ifPresent(place -> builder.put(name, place));
        }
        return builder.build();
    }
}
