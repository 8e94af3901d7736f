package org.annalist.dictionary;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Everything the actors stage knows, loaded once at start-up: countries, named organisations
 * (with the user's {@code --actors} files on top), sector keywords, places and the words that
 * refer back to a named actor, plus a phrase index over the gazetteer's names, well-known
 * persons (a user's persons go in an {@code --actors} file, which the actors stage consults
 * before them), the offices only one state has, the definite body words and the nouns naming a
 * state by its form, and the small tables of names states share ({@link NameTables}). Each dictionary is loaded the same way: its bundled file, then the user's
 * files of the same columns, whose rows take precedence.
 */
public record ActorDictionaries(
        CountryDictionary countries,
        KnownActorDictionary knownActors,
        SectorDictionary sectors,
        Gazetteer places,
        ReferenceWords referenceWords,
        PhraseIndex<Place> placeNames,
        PersonDictionary persons,
        NationalOffices nationalOffices,
        BodyReferenceWords bodyReferenceWords,
        StateNouns stateNouns,
        NameTables nameTables) {

    public ActorDictionaries(CountryDictionary countries, KnownActorDictionary knownActors, SectorDictionary sectors, Gazetteer places,
            ReferenceWords referenceWords, PersonDictionary persons, NationalOffices nationalOffices, BodyReferenceWords bodyReferenceWords,
            StateNouns stateNouns) {
        this(countries, knownActors, sectors, places, referenceWords, indexPlaces(places), persons, nationalOffices, bodyReferenceWords, stateNouns,
                NameTables.bundled());
    }

    /** The bundled dictionaries, with the user's actor files taking precedence. */
    public static ActorDictionaries load(List<Path> userActorFiles) {
        CountryDictionary countries = CountryDictionary.load(List.of());
        return new ActorDictionaries(countries, KnownActorDictionary.load(userActorFiles),
                SectorDictionary.load(List.of()), Gazetteer.load(List.of()), ReferenceWords.bundled(), PersonDictionary.load(countries),
                NationalOffices.load(List.of()), BodyReferenceWords.load(List.of()), StateNouns.load(List.of()));
    }

    /** These dictionaries with the given places left out of the gazetteer and its phrase index. */
    public ActorDictionaries withoutPlaces(Set<Place> namesakes) {
        return new ActorDictionaries(countries, knownActors, sectors, places.without(namesakes), referenceWords, placeNames.without(namesakes),
                persons, nationalOffices, bodyReferenceWords, stateNouns, nameTables);
    }

    private static PhraseIndex<Place> indexPlaces(Gazetteer places) {
        PhraseIndex.Builder<Place> builder = PhraseIndex.builder();
        for (String name : places.names()) {
            places.find(name).ifPresent(place -> builder.put(name, place));
        }
        return builder.build();
    }
}
