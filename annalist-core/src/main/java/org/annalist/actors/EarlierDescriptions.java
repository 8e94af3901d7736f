package org.annalist.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.annalist.dictionary.Place;

/**
 * Descriptions of a country's official that name nobody yet: wire leads say "Somalia expelled
 * Ethiopia's ambassador", and a later paragraph names him, "Ambassador Mulugeta Asfaw", with no
 * country. A reader knows the two are one person; so a person named later whose own words give
 * no country, and whose title ends with the description's title word, is of the description's
 * country. A capital stands for its state here too ("summoned Moscow's ambassador" … "Ambassador
 * Sergei Nechayev" in a Berlin story is Russia's). Only when exactly one waiting description has
 * that word; each is used once. One article's state.
 */
final class EarlierDescriptions {

    private record Waiting(String titleWord, String code, String codedBy) {}

    private final List<Waiting> waiting = new ArrayList<>();

    /** A description with a country that resolved to no person ("Ethiopia's ambassador"). */
    void saw(String titleWord, String code, String codedBy) {
        waiting.add(new Waiting(lastWord(titleWord), code, codedBy));
    }

    /** The country of the one waiting description whose title word ends the person's title, taken out of the waiting list. */
    Optional<SpeakingPlace.Found> countryFor(String title) {
        if (title == null) {
            return Optional.empty();
        }
        String word = lastWord(title.contains(",") ? title.substring(0, title.indexOf(',')) : title);
        List<Waiting> fitting = waiting.stream().filter(description -> description.titleWord().equals(word)).toList();
        if (fitting.size() != 1) {
            return Optional.empty();
        }
        waiting.remove(fitting.get(0));
        return Optional.of(new SpeakingPlace.Found(fitting.get(0).code(), fitting.get(0).codedBy()));
    }

    /**
     * The capital a description names its official's state by ("summoned Moscow's ambassador"):
     * a capital inside the nominal stands for its country as the capital's metonymy does
     * elsewhere; a city that is no capital says nothing about whose official it is.
     */
    static Optional<Place> capitalInside(ActorPhrase nominal, List<ActorPhrase> phrases) {
        return phrases.stream()
                .filter(other -> other.category() == ActorPhrase.Category.PLACE && other.place() != null
                        && other.place().kind() == Place.Kind.CAPITAL && nominal.contains(other))
                .map(ActorPhrase::place)
                .findFirst();
    }

    private static String lastWord(String phrase) {
        List<String> words = NameWords.of(phrase);
        return words.isEmpty() ? "" : words.get(words.size() - 1).toLowerCase(Locale.ROOT);
    }
}
