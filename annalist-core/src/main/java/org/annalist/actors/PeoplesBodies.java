package org.annalist.actors;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.annalist.dictionary.ActorDictionaries;
import org.annalist.dictionary.CountryName;
import org.annalist.dictionary.PhraseIndex;
import org.annalist.dictionary.Place;
import org.annalist.dictionary.SectorPhrase;
import org.annalist.language.AnnotatedDocument;
import org.annalist.language.Sentence;
import org.annalist.language.Token;

/**
 * The country of a body of a kind of people named by a common noun: "the fishermen's association",
 * "The truckers' association", "the farmers' cooperative", "the parents' committee", "Their
 * association" (after "Indian fishermen"). Wire copy names such local bodies without a country
 * word, and they are a story's own people, or of the place the text puts them in. In this order:
 * <ol>
 *   <li>a place in its name ("the merchants' association of Cúcuta");</li>
 *   <li>the place its sentence opens with ("In Basra, the fishermen's association said");</li>
 *   <li>the coded group of those people named before ("14 Indian fishermen … Their association",
 *       "Iraqi fishermen … the fishermen's association");</li>
 *   <li>the country of the story's dateline place.</li>
 * </ol>
 * Bodies with a proper name or a state's sector are {@link UncodedBodies}' own rules.
 */
final class PeoplesBodies {

    /** How many sentences back "their" looks for the people who own a body. */
    private static final int OWNER_WINDOW = 2;

    private final ActorDictionaries dictionaries;

    PeoplesBodies(ActorDictionaries dictionaries) {
        this.dictionaries = dictionaries;
    }

    /** The people word of a body of people ("fishermen" in "the fishermen's association", "their"), or empty when it is not one. */
    static Optional<String> peopleWord(AnnotatedDocument document, EntityDraft draft) {
        if (!"ORGANIZATION".equals(draft.type) || draft.name.isEmpty() || Character.isUpperCase(draft.name.codePointAt(0))) {
            return Optional.empty();
        }
        Mention mention = draft.mentions.get(0);
        List<Token> words = tokens(document, mention);
        if (!words.isEmpty() && words.get(0).text().equalsIgnoreCase("their")) {
            return Optional.of("their");
        }
        for (int index = 1; index < words.size() - 1; index++) {
            if (possessive(words.get(index)) && words.get(index - 1).isNoun() && !words.get(index - 1).isProperNoun()) {
                return Optional.of(words.get(index - 1).text().toLowerCase(Locale.ROOT));
            }
        }
        return Optional.empty();
    }

    /** "'s", "'" — also typographic apostrophes, which the tagger does not always take for a possessive. */
    private static boolean possessive(Token token) {
        return token.partOfSpeech().equals("POS") || token.text().replace('\u2019', '\'').matches("'s?");
    }

    /** The country of a body of people, with why; empty when nothing places it. */
    Optional<SpeakingPlace.Found> place(AnnotatedDocument document, EntityDraft draft, String people, List<EntityDraft> drafts,
            Optional<Place> dateline) {
        Mention mention = draft.mentions.get(0);
        Sentence sentence = document.sentences().get(mention.sentenceIndex());
        for (Token token : tokens(document, mention)) {
            Optional<PhraseIndex.Match<Place>> place = token.isProperNoun()
                    ? dictionaries.placeNames().longestAt(document.text(), sentence.tokens(), token.index(), sentence.tokens().size())
                    : Optional.empty();
            if (place.isPresent() && sentence.token(place.get().endToken() - 1).end() <= mention.end()) {
                return found(place.get().value(), "a body of people named with a place, ");
            }
        }
        Optional<SpeakingPlace.Found> opening = openingPlace(document, sentence);
        if (opening.isPresent()) {
            return opening;
        }
        Optional<EntityDraft> group = people.equals("their") ? ownersBefore(drafts, mention) : namedGroup(drafts, people, mention);
        if (group.isPresent()) {
            return Optional.of(new SpeakingPlace.Found(group.get().code, "a body of " + group.get().name + " (" + group.get().code + ")"));
        }
        return dateline.flatMap(place -> found(place, "a body of people the text gives no country, in a story filed from "));
    }

    /**
     * The sector of the people a body speaks for ("the farmers' cooperative" AGR through
     * "farmers", "the traders' federation" BUS): a group row of sectors.tsv for the people word.
     * The body word itself ("cooperative", "association") has no sector: whose body it is decides.
     */
    Optional<SectorPhrase> sector(String people) {
        return dictionaries.sectors().index().lookup(people)
                .filter(phrase -> phrase.kind() == SectorPhrase.Kind.GROUP && phrase.sector() != null);
    }

    /** "In Basra, …", "In Tamil Nadu, …", "In Nepal, …": a gazetteer place or country opening the sentence. */
    private Optional<SpeakingPlace.Found> openingPlace(AnnotatedDocument document, Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        if (tokens.size() < 4 || !tokens.get(0).text().equals("In")) {
            return Optional.empty();
        }
        Optional<PhraseIndex.Match<Place>> place = dictionaries.placeNames().longestAt(document.text(), tokens, 1, tokens.size());
        if (place.isPresent() && place.get().endToken() < tokens.size() && tokens.get(place.get().endToken()).text().equals(",")) {
            return found(place.get().value(), "a body of people in a sentence opening \"In ");
        }
        Optional<PhraseIndex.Match<CountryName>> country = dictionaries.countries().index().longestAt(document.text(), tokens, 1, tokens.size());
        if (country.isPresent() && country.get().value().form() != CountryName.Form.DEMONYM && country.get().endToken() < tokens.size()
                && tokens.get(country.get().endToken()).text().equals(",")) {
            CountryName name = country.get().value();
            return Optional.of(new SpeakingPlace.Found(name.code(), "a body of people in a sentence opening \"In " + name.country() + ",\" ("
                    + name.source() + ")"));
        }
        return Optional.empty();
    }

    /** The coded group named before whose words end in the people word ("Iraqi fishermen" for "the fishermen's association"). */
    private static Optional<EntityDraft> namedGroup(List<EntityDraft> drafts, String people, Mention body) {
        for (EntityDraft draft : drafts) {
            if (!"GROUP".equals(draft.type) || draft.code == null) {
                continue;
            }
            for (Mention mention : draft.mentions) {
                String[] words = mention.text().toLowerCase(Locale.ROOT).split("\\s+");
                if (mention.end() <= body.start() && words[words.length - 1].equals(people)) {
                    return Optional.of(draft);
                }
            }
        }
        return Optional.empty();
    }

    /** "14 Indian fishermen … Their association": the coded group named last, in its sentence or the two before. */
    private static Optional<EntityDraft> ownersBefore(List<EntityDraft> drafts, Mention body) {
        EntityDraft nearest = null;
        int nearestStart = -1;
        for (EntityDraft draft : drafts) {
            if (!"GROUP".equals(draft.type)) {
                continue;
            }
            for (Mention mention : draft.mentions) {
                if (mention.end() <= body.start() && mention.sentenceIndex() >= body.sentenceIndex() - OWNER_WINDOW
                        && mention.start() > nearestStart) {
                    nearest = draft;
                    nearestStart = mention.start();
                }
            }
        }
        return nearest == null || nearest.code == null ? Optional.empty() : Optional.of(nearest);
    }

    private static Optional<SpeakingPlace.Found> found(Place place, String why) {
        String quote = why.endsWith("\"In ") ? "," + "\"" : "";
        return Optional.of(new SpeakingPlace.Found(place.country(), why + place.name() + quote + " (" + place.file() + ", " + place.country() + ")"));
    }

    private static List<Token> tokens(AnnotatedDocument document, Mention mention) {
        return document.sentences().get(mention.sentenceIndex()).tokens().stream()
                .filter(token -> token.start() >= mention.start() && token.end() <= mention.end()).toList();
    }
}
