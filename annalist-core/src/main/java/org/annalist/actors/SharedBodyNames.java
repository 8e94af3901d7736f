package org.annalist.actors;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.annalist.dictionary.ActorDictionaries;
import org.annalist.dictionary.CountryName;
import org.annalist.dictionary.KnownActor;
import org.annalist.dictionary.PhraseIndex;
import org.annalist.dictionary.Place;
import org.annalist.dictionary.TsvTable;
import org.annalist.language.AnnotatedDocument;
import org.annalist.language.Sentence;

/**
 * Names of bodies many states have (actors/shared-body-names.tsv: "Democratic Party", "Labour
 * Party", "Catholic Church"), read as the body of the state the story is filed from: "the
 * opposition Democratic Party" in a story from Ulaanbaatar is Mongolia's, not the US party
 * organisations.tsv gives the name to. The row's own code stays when the story is filed from
 * its state, has no dateline place, or (rows kept when "named") names that state anywhere.
 */
final class SharedBodyNames {

    /** One row: whether naming the row's state anywhere keeps it, and the row for provenance. */
    private record Shared(boolean keptWhenNamed, String source) {}

    private final ActorDictionaries dictionaries;
    private final Map<String, Shared> names = new HashMap<>();

    SharedBodyNames(ActorDictionaries dictionaries) {
        this.dictionaries = dictionaries;
        for (TsvTable.Row row : dictionaries.nameTables().sharedBodyNames().rows()) {
            String keep = row.get("keep");
            if (!keep.equals("named") && !keep.equals("filed")) {
                throw new IllegalArgumentException(row.source() + ":" + row.line() + ": keep must be named or filed, not " + keep);
            }
            names.put(row.get("name"), new Shared(keep.equals("named"), row.source() + ":" + row.line()));
        }
    }

    /** The body the known name stands for in this story: the dictionary's, or the same body of the dateline's state. */
    KnownActor read(AnnotatedDocument document, KnownActor known) {
        Shared shared = names.get(known.name());
        if (shared == null) {
            return known;
        }
        Optional<Place> dateline = SharedCountryWords.datelinePlace(document, dictionaries);
        if (dateline.isEmpty() || dateline.get().country() == null || dateline.get().country().equals(known.code())
                || shared.keptWhenNamed() && names(document, known.code())) {
            return known;
        }
        String state = dateline.get().country();
        return new KnownActor(known.name(), List.of(), state, known.sector(), known.kind(), shared.source() + " \"" + known.name()
                + "\" in a story filed from " + dateline.get().name() + " (" + state + ") is that state's, not " + known.code() + "'s ("
                + known.source() + "):");
    }

    /** Whether the story names the state by any word of countries.tsv. */
    private boolean names(AnnotatedDocument document, String code) {
        String text = document.text();
        for (Sentence sentence : document.sentences()) {
            for (PhraseIndex.Match<CountryName> found : dictionaries.countries().index().findAll(text, sentence.tokens(), 0, sentence.tokens().size())) {
                if (found.value().code().equals(code)) {
                    return true;
                }
            }
        }
        return false;
    }
}
