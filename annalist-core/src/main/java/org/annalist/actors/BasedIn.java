package org.annalist.actors;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.dictionary.ActorDictionaries;
import org.annalist.dictionary.CountryName;
import org.annalist.dictionary.Place;
import org.annalist.language.Sentence;

/**
 * "the Murmansk-based company Severny Trawl", "a New York-based rights group": a body described
 * as based in a place is of that place's country (a gazetteer place, or a country's name). Read
 * from the words "X-based" in the description, however the tokenizer split the hyphen.
 */
final class BasedIn {

    private static final Pattern BASED = Pattern.compile("(\\p{Lu}[\\p{L}.'’]*(?: \\p{Lu}[\\p{L}.'’]*)*) ?- ?based\\b");

    private BasedIn() {}

    /** The country code and how it was read, from the first "X-based" in the tokens {@code [first, end)}. */
    static Optional<SpeakingPlace.Found> country(ActorDictionaries dictionaries, String text, Sentence sentence, int first, int end) {
        String words = text.substring(sentence.token(first).start(), sentence.token(end - 1).end());
        Matcher matcher = BASED.matcher(words);
        while (matcher.find()) {
            String name = matcher.group(1);
            Optional<Place> place = dictionaries.places().find(name);
            if (place.isPresent()) {
                return Optional.of(new SpeakingPlace.Found(place.get().country(),
                        "based in " + place.get().name() + " (" + place.get().file() + ", " + place.get().country() + ")"));
            }
            Optional<CountryName> country = dictionaries.countries().index().lookup(name);
            if (country.isPresent() && country.get().form() != CountryName.Form.DEMONYM) {
                return Optional.of(new SpeakingPlace.Found(country.get().code(), "based in " + name + " (" + country.get().source() + ")"));
            }
        }
        return Optional.empty();
    }
}
