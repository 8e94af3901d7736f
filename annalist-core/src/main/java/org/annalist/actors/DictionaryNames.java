package org.annalist.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.annalist.actors.ActorPhrase.Category;
import org.annalist.dictionary.ActorDictionaries;
import org.annalist.dictionary.CountryName;
import org.annalist.dictionary.KnownActor;
import org.annalist.dictionary.PhraseIndex;
import org.annalist.dictionary.Place;
import org.annalist.language.AnnotatedDocument;
import org.annalist.language.Dependency;
import org.annalist.language.Sentence;
import org.annalist.language.Token;

/**
 * The names one sentence holds that the dictionaries know: named bodies and persons, countries
 * (names, aliases and demonyms) and gazetteer places, each the longest match over the
 * article's characters, so "the Republic of Azerbaijan" is one phrase however CoreNLP split it.
 * Left to right, a body before a country before a place when two matches end together; a place
 * no country owns whose name holds a country's ({@link SharedPlaces}: "the South China Sea") is
 * passed over whole.
 */
final class DictionaryNames {

    /** Codes of bodies that belong to no one country (organisations.tsv). */
    private static final Set<String> INTERNATIONAL_CODES = Set.of("UNO", "NATO", "EUR", "IGO", "NGO", "IMG");
    private static final Pattern NATIONAL_CODE = Pattern.compile("[A-Z]{3}");
    /** Named-entity tags of a place. */
    private static final Set<String> LOCATION_TAGS = Set.of("LOCATION", "CITY", "STATE_OR_PROVINCE", "COUNTRY");
    /** Prepositions after which a known town is a place whatever the language layer tagged it. */
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "near", "outside", "from");
    /** The Arabic article written in lower case at the start of a name: "al Shabaab", "al-Qaeda", "el-Sisi". */
    private static final Pattern ARABIC_ARTICLE = Pattern.compile("(?:al|el)(?:-\\p{Lu}.*)?");

    private final ActorDictionaries dictionaries;
    private final SharedPlaces sharedPlaces;
    private final SharedCountryWords sharedWords;
    private final SharedBodyNames sharedBodies;

    DictionaryNames(ActorDictionaries dictionaries) {
        this.dictionaries = dictionaries;
        this.sharedPlaces = new SharedPlaces(dictionaries.nameTables().sharedPlaces());
        this.sharedWords = new SharedCountryWords(dictionaries);
        this.sharedBodies = new SharedBodyNames(dictionaries);
    }

    List<ActorPhrase> find(AnnotatedDocument document, Sentence sentence) {
        String text = document.text();
        List<Token> tokens = sentence.tokens();
        List<ActorPhrase> phrases = new ArrayList<>();
        int index = 0;
        while (index < tokens.size()) {
            Optional<ActorPhrase> phrase = dictionaryNameAt(document, sentence, index);
            Optional<PhraseIndex.Match<SharedPlaces.Written>> shared = sharedPlaces.at(text, tokens, index)
                    .filter(match -> phrase.map(found -> found.endToken() <= match.endToken()).orElse(true));
            if (shared.isPresent()) {
                sharedPlace(sentence, shared.get()).ifPresent(phrases::add);
                index = shared.get().endToken();
            } else if (phrase.isPresent()) {
                ActorPhrase before = phrases.isEmpty() ? null : phrases.get(phrases.size() - 1);
                ActorPhrase local = placePrefixedBody(text, sentence, before, phrase.get());
                if (local != null) {
                    phrases.remove(phrases.size() - 1);
                }
                if (local != null || !insideLongerName(sentence, before, phrase.get())) {
                    phrases.add(local != null ? local : phrase.get());
                }
                index = phrase.get().endToken();
            } else {
                index++;
            }
        }
        return phrases;
    }

    /**
     * "in the South China Sea": a place no one country owns is one uncoded location, so the
     * country inside its name is no mention of that country; "Latin American leaders": an
     * adjective of such a place is nobody's demonym and no phrase of its own.
     */
    private static Optional<ActorPhrase> sharedPlace(Sentence sentence, PhraseIndex.Match<SharedPlaces.Written> shared) {
        if (shared.value().adjective()) {
            return Optional.empty();
        }
        int first = sentence.token(shared.firstToken()).text().equalsIgnoreCase("the") ? shared.firstToken() + 1 : shared.firstToken();
        return Optional.of(new ActorPhrase(sentence.index(), first, shared.endToken(), PhraseFinder.headOf(sentence, first, shared.endToken()),
                Category.OTHER_NAME, null, null, null, null, "LOCATION"));
    }

    /**
     * "Dhaka Metropolitan Police", "Kenya National Assembly": a place or country written as the
     * first word of a name whose rest is a national body's alias of another country ("Metropolitan
     * Police" is Scotland Yard) names that place's own body, not the dictionary's. The one phrase
     * it becomes is coded with the place's country and keeps the dictionary row's sector and kind;
     * null when the two are not so joined (a possessive, a comma or another word between them,
     * an international body, or the same country: "US Congress").
     */
    private ActorPhrase placePrefixedBody(String text, Sentence sentence, ActorPhrase prefix, ActorPhrase body) {
        KnownActor known = body.known();
        if (prefix == null || body.category() != Category.KNOWN_BODY || prefix.endToken() != body.firstToken()
                || !NATIONAL_CODE.matcher(known.code()).matches() || INTERNATIONAL_CODES.contains(known.code())
                || !sentence.token(prefix.endToken() - 1).isProperNoun()) {
            return null;
        }
        String country;
        String prefixSource;
        if (prefix.category() == Category.PLACE) {
            country = prefix.place().country();
            prefixSource = prefix.place().file() + " " + prefix.place().name();
        } else if (prefix.category() == Category.COUNTRY_NAME || prefix.category() == Category.DEMONYM) {
            country = prefix.country().code();
            prefixSource = prefix.country().source() + " " + prefix.country().country();
        } else {
            return null;
        }
        if (country == null || country.equals(known.code())) {
            return null;
        }
        int first = prefix.firstToken();
        String name = text.substring(sentence.token(first).start(), sentence.token(body.endToken() - 1).end());
        KnownActor local = new KnownActor(name, List.of(), country, known.sector(), known.kind(),
                "place before a body's name: " + prefixSource + " (" + country + ") + " + known.source() + " " + known.name() + ":");
        return new ActorPhrase(sentence.index(), first, body.endToken(), PhraseFinder.headOf(sentence, first, body.endToken()),
                Category.KNOWN_BODY, null, local, null, null, null);
    }

    /**
     * "the African Democratic Congress", "the Kurdistan Democratic Party Congress": a national
     * body's alias ("Congress", the US Congress) whose name goes on to the left with proper nouns
     * the dictionaries do not know is the end of another body's name, not the dictionary's body.
     * The match is dropped and the language layer's name for the whole, if any, stands for it.
     */
    private static boolean insideLongerName(Sentence sentence, ActorPhrase before, ActorPhrase body) {
        if (body.category() != Category.KNOWN_BODY || body.firstToken() == 0 || INTERNATIONAL_CODES.contains(body.known().code())
                || before != null && before.endToken() == body.firstToken()) {
            return false;
        }
        Token previous = sentence.token(body.firstToken() - 1);
        boolean joined = sentence.headArc(previous.index()).map(arc -> arc.governor() >= body.firstToken() && arc.governor() < body.endToken()
                && (arc.relation().equals("compound") || arc.relation().equals("amod"))).orElse(false);
        return previous.isProperNoun() && joined;
    }

    private Optional<ActorPhrase> dictionaryNameAt(AnnotatedDocument document, Sentence sentence, int index) {
        String text = document.text();
        List<Token> tokens = sentence.tokens();
        int named = tokens.get(index).text().equalsIgnoreCase("the") ? index + 1 : index;
        // a name starts with a capital, a digit ("5th Fleet") or the Arabic article ("al Shabaab", "al-Qaeda")
        if (named >= tokens.size() || !Character.isUpperCase(tokens.get(named).text().codePointAt(0))
                && !Character.isDigit(tokens.get(named).text().codePointAt(0)) && !ARABIC_ARTICLE.matcher(tokens.get(named).text()).matches()) {
            return Optional.empty();
        }
        Optional<PhraseIndex.Match<KnownActor>> known = dictionaries.knownActors().index().longestAt(text, tokens, index, tokens.size());
        Optional<PhraseIndex.Match<CountryName>> country = dictionaries.countries().index().longestAt(text, tokens, index, tokens.size());
        Optional<PhraseIndex.Match<Place>> place = dictionaries.placeNames().longestAt(text, tokens, index, tokens.size())
                .filter(match -> match.value().kind() != Place.Kind.TOWN || taggedLocation(tokens, match.firstToken(), match.endToken()));
        int knownEnd = known.map(PhraseIndex.Match::endToken).orElse(-1);
        int countryEnd = country.map(PhraseIndex.Match::endToken).orElse(-1);
        int placeEnd = place.map(PhraseIndex.Match::endToken).orElse(-1);
        int sentenceIndex = sentence.index();
        if (knownEnd > 0 && knownEnd >= countryEnd && knownEnd >= placeEnd) {
            KnownActor actor = sharedBodies.read(document, known.get().value()); // "Democratic Party" in a story from Ulaanbaatar
            Category category = actor.isPerson() ? Category.PERSON_NAME : Category.KNOWN_BODY;
            int first = actor.isPerson() ? named : index;
            knownEnd = withNationalBranch(text, tokens, actor, knownEnd);
            return Optional.of(new ActorPhrase(sentenceIndex, first, knownEnd, PhraseFinder.headOf(sentence, first, knownEnd), category,
                    null, actor, null, null, null));
        }
        if (countryEnd > 0 && countryEnd >= placeEnd) {
            CountryName name = sharedWords.read(document, country.get()); // "Congolese" in a story about Congo-Brazzaville
            if (name.form() == CountryName.Form.DEMONYM) {
                return Optional.of(demonymPhrase(sentence, named, countryEnd, name));
            }
            return Optional.of(new ActorPhrase(sentenceIndex, index, countryEnd, PhraseFinder.headOf(sentence, index, countryEnd),
                    Category.COUNTRY_NAME, name, null, null, null, null));
        }
        if (placeEnd > 0) {
            return Optional.of(new ActorPhrase(sentenceIndex, named, placeEnd, PhraseFinder.headOf(sentence, named, placeEnd),
                    Category.PLACE, null, null, place.get().value(), null, null));
        }
        return Optional.empty();
    }

    /**
     * "Allen said", "Florencia Ruiz": a town of the generated list is a name of its own only where
     * the language layer tags every word of it a location, as it does "Jayapura" in "clashes in
     * Jayapura", or right after a preposition of place ("police in Kandi", where the language
     * layer took the town it did not know for a person); many towns share a person's or a thing's name.
     * Never when a proper noun follows: the town's name is then the start of a longer one.
     */
    static boolean taggedLocation(List<Token> tokens, int first, int end) {
        if (end < tokens.size() && tokens.get(end).isProperNoun()) {
            return false; // "the Aral Sea": the town's name begins a longer name, here a sea's
        }
        if (first > 0 && PLACE_PREPOSITIONS.contains(tokens.get(first - 1).text().toLowerCase(java.util.Locale.ROOT))) {
            return true;
        }
        for (int index = first; index < end; index++) {
            if (!LOCATION_TAGS.contains(tokens.get(index).namedEntityTag())) {
                return false;
            }
        }
        return true;
    }

    /** Whether the language layer tags every word a person ("Pereira" in "Pereira's PAIGC party"). */
    static boolean taggedPerson(List<Token> tokens, int first, int end) {
        for (int index = first; index < end; index++) {
            if (!tokens.get(index).namedEntityTag().equals("PERSON")) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Amnesty International Kenya", "Save the Children UK": a non-governmental organisation's
     * national branch is named with the country right after the name, as one proper noun. The
     * country is part of the branch's name, not an actor of its own (before, "Kenya" became the
     * subject of "Amnesty International Kenya accused the police"). The end of the name, with the
     * country when there is one.
     */
    private int withNationalBranch(String text, List<Token> tokens, KnownActor actor, int knownEnd) {
        if (!"NGO".equals(actor.code()) || knownEnd >= tokens.size() || !tokens.get(knownEnd).isProperNoun()) {
            return knownEnd;
        }
        return dictionaries.countries().index().longestAt(text, tokens, knownEnd, tokens.size())
                .filter(match -> match.value().form() != CountryName.Form.DEMONYM)
                .map(PhraseIndex.Match::endToken)
                .orElse(knownEnd);
    }

    /** "Iranian" modifying a noun is a demonym mention; "Iranians" heading its phrase is a group. */
    private static ActorPhrase demonymPhrase(Sentence sentence, int first, int end, CountryName name) {
        int head = PhraseFinder.headOf(sentence, first, end);
        String relation = sentence.headArc(head).map(Dependency::relation).orElse("");
        boolean modifier = relation.equals("amod") || relation.equals("compound") || relation.equals("nmod:poss");
        boolean plural = sentence.token(head).partOfSpeech().endsWith("S");
        Category category = !modifier && plural ? Category.GROUP : Category.DEMONYM;
        return new ActorPhrase(sentence.index(), first, end, head, category, name, null, null, null, null);
    }
}
