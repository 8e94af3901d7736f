package org.annalist.actors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.annalist.actors.ActorPhrase.Category;
import org.annalist.dictionary.ActorDictionaries;
import org.annalist.language.AnnotatedDocument;
import org.annalist.language.Dateline;
import org.annalist.language.Dependency;
import org.annalist.language.NamedEntity;
import org.annalist.language.Sentence;
import org.annalist.language.Token;

/**
 * Finds, in one sentence, every stretch that may refer to an actor: dictionary names
 * ({@link DictionaryNames}), CoreNLP names the dictionaries lack, noun phrases headed by a
 * sector word ("Iranian troops", "the Iranian official", read by {@link SectorNounPhrases}) and
 * third-person pronouns; the phrases come back in sentence order, none in the dateline.
 */
final class PhraseFinder {

    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "of", "from", "near", "at", "outside", "around");
    private static final Set<String> PLACE_TYPES = Set.of("LOCATION", "CITY", "STATE_OR_PROVINCE");
    private static final Set<String> NAME_TYPES = Set.of("PERSON", "ORGANIZATION", "LOCATION", "CITY", "STATE_OR_PROVINCE", "COUNTRY");
    private static final Set<String> PRONOUNS = Set.of("he", "him", "his", "himself", "she", "her", "hers", "herself");
    /** Relations that keep a word inside its head's noun phrase, to the left of the head. */
    private static final Set<String> NOUN_PHRASE_RELATIONS = Set.of("det", "amod", "compound", "nmod:poss", "flat", "det:predet", "nummod");

    private final DictionaryNames dictionaryNames;
    private final SectorNounPhrases nounPhrases;
    private final UntaggedPersons untaggedPersons;

    PhraseFinder(ActorDictionaries dictionaries) {
        this.nounPhrases = new SectorNounPhrases(dictionaries);
        this.dictionaryNames = new DictionaryNames(dictionaries);
        this.untaggedPersons = new UntaggedPersons(dictionaries);
    }

    List<ActorPhrase> find(AnnotatedDocument document, Sentence sentence) {
        String text = document.text();
        List<Token> tokens = sentence.tokens();
        List<ActorPhrase> phrases = new ArrayList<>(dictionaryNames.find(document, sentence));
        addCoreNlpNames(document, sentence, phrases);
        nounPhrases.addNounPhrases(text, sentence, phrases);
        nounPhrases.addMistaggedTitles(text, sentence, phrases);
        untaggedPersons.addTo(sentence, phrases);
        NamesInApposition.join(sentence, phrases);
        PredicateNominals.drop(sentence, phrases);
        for (Token token : tokens) {
            if (token.isPronoun() && PRONOUNS.contains(token.text().toLowerCase(Locale.ROOT))) {
                phrases.add(new ActorPhrase(sentence.index(), token.index(), token.index() + 1, token.index(),
                        Category.PRONOUN, null, null, null, null, null));
            }
        }
        phrases.sort(Comparator.comparingInt(ActorPhrase::firstToken).thenComparingInt(phrase -> -phrase.endToken()));
        return sentence.index() == 0 ? outsideDateline(sentence, phrases, Dateline.end(text)) : phrases;
    }

    /** The phrases without the dateline's words: none inside it, none starting in it ("July 20 (Reuters) - Tunisia's Interior Ministry"). */
    private static List<ActorPhrase> outsideDateline(Sentence sentence, List<ActorPhrase> phrases, int datelineEnd) {
        if (datelineEnd == 0) {
            return phrases;
        }
        int firstAfter = 0;
        while (firstAfter < sentence.tokens().size() && sentence.token(firstAfter).start() < datelineEnd) {
            firstAfter++;
        }
        List<ActorPhrase> kept = new ArrayList<>();
        for (ActorPhrase phrase : phrases) {
            if (phrase.firstToken() >= firstAfter) {
                kept.add(phrase);
            } else if (phrase.endToken() > firstAfter && phrase.headToken() >= firstAfter) {
                kept.add(new ActorPhrase(phrase.sentence(), firstAfter, phrase.endToken(), phrase.headToken(), phrase.category(),
                        phrase.country(), phrase.known(), phrase.place(), phrase.sectorWord(), phrase.namedType()));
            }
        }
        return kept;
    }

    private static void addCoreNlpNames(AnnotatedDocument document, Sentence sentence, List<ActorPhrase> phrases) {
        for (NamedEntity named : document.namedEntities()) {
            if (named.sentenceIndex() != sentence.index() || !NAME_TYPES.contains(named.type())) {
                continue;
            }
            int first = named.firstToken();
            int end = named.endToken();
            if (end - first == 1 && sentence.token(first).isPronoun()) {
                continue;
            }
            if (named.type().equals("PERSON") && end - first == 1 && first > 0 && sentence.token(first - 1).text().equals("the")) {
                continue; // "a crisis in the Horn": a one-word name after "the" is a place or a thing, never a person
            }
            boolean place = named.type().equals("PERSON") && first > 0
                    && PLACE_PREPOSITIONS.contains(sentence.token(first - 1).text().toLowerCase(java.util.Locale.ROOT))
                    && namedAsPlaceElsewhere(document, named.text());
            Category category = named.type().equals("PERSON") && !place ? Category.PERSON_NAME : Category.OTHER_NAME;
            String type = place ? "LOCATION" : named.type();
            ActorPhrase phrase = new ActorPhrase(sentence.index(), first, end, headOf(sentence, first, end), category,
                    null, null, null, null, category == Category.OTHER_NAME ? type : null);
            List<ActorPhrase> overlapping = phrases.stream().filter(phrase::overlaps).toList();
            if (overlapping.isEmpty()) {
                phrases.add(phrase);
            } else if (category == Category.PERSON_NAME && overlapping.stream().allMatch(
                    other -> phrase.contains(other) && other.category() != Category.PERSON_NAME && !phrase.equals(other)
                            && other.endToken() - other.firstToken() < end - first)) {
                // "Jordan Peterson" is a person, not the country Jordan.
                phrases.removeAll(overlapping);
                phrases.add(phrase);
            }
        }
    }

    /**
     * Whether the tagger read the same word as a place somewhere in the article: "the border town
     * of Zalambessa … Residents of Zalambessa said" names one town, though the second is tagged a
     * person, and so does "the plant near Zubin Potok … gathered in Zubin Potok". A name keeps one
     * sense in one story; only names after a preposition of place are read so (the caller checks),
     * since a group named like its town ("Radaa said") acts, and only the whole name, since a full name
     * ("Jordan Peterson") is a person whatever its words name elsewhere.
     */
    private static boolean namedAsPlaceElsewhere(AnnotatedDocument document, String word) {
        return document.namedEntities().stream()
                .anyMatch(other -> PLACE_TYPES.contains(other.type()) && other.text().equals(word));
    }

    /** The leftmost word of the head's noun phrase: its determiners, adjectives, compounds and possessor. */
    static int nounPhraseStart(Sentence sentence, int head) {
        int start = head;
        for (Dependency arc : sentence.dependentArcs(head)) {
            if (arc.dependent() < head && NOUN_PHRASE_RELATIONS.contains(arc.relation()) && !isGerundAfterPreposition(sentence, arc)) {
                start = Math.min(start, nounPhraseStart(sentence, arc.dependent()));
            }
        }
        return start;
    }

    /**
     * "accused the Taliban of sheltering militants": the parser reads the gerund as an adjective of
     * its object, but a participle right after the phrase's own preposition, with no determiner
     * between, is the verb the preposition governs ("the ruling party" keeps its determiner).
     */
    private static boolean isGerundAfterPreposition(Sentence sentence, Dependency arc) {
        int word = arc.dependent();
        return arc.relation().equals("amod") && word > 0 && sentence.token(word).partOfSpeech().equals("VBG")
                && sentence.token(word - 1).partOfSpeech().equals("IN");
    }

    /** The token of a span whose head lies outside it ("Republic" in "Republic of Azerbaijan"). */
    static int headOf(Sentence sentence, int first, int end) {
        for (int index = end - 1; index >= first; index--) {
            int governor = sentence.headArc(index).map(Dependency::governor).orElse(Dependency.ROOT);
            if (governor < first || governor >= end) {
                if (!sentence.token(index).partOfSpeech().equals("POS") && !sentence.token(index).partOfSpeech().equals("DT")) {
                    return index;
                }
            }
        }
        return end - 1;
    }
}
