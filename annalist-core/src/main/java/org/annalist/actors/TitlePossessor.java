package org.annalist.actors;

import java.util.List;
import org.annalist.actors.ActorPhrase.Category;
import org.annalist.dictionary.ActorDictionaries;
import org.annalist.dictionary.ReferenceWords;
import org.annalist.language.Sentence;

/**
 * Finds the person whose office a title is: another person's name with a possessive inside the
 * title ("Petro's foreign minister, Laura Sarabia"), unless relation words of reference-words.tsv
 * (kind counterpart) make the title name the other side ("Petro's Venezuelan counterpart").
 */
final class TitlePossessor {

    private final ActorDictionaries dictionaries;

    TitlePossessor(ActorDictionaries dictionaries) {
        this.dictionaries = dictionaries;
    }

    /**
     * "Petro's foreign minister, Laura Sarabia", "Sarabia, Petro's foreign minister,": another
     * person's name with a possessive inside the title, whose office it is; null when there is none
     * or the title is one of relation words (a "counterpart", a "rival") that name the other side.
     */
    ActorPhrase find(Sentence sentence, List<TitleSpan> spans, List<ActorPhrase> phrases) {
        for (TitleSpan span : spans) {
            for (ActorPhrase phrase : phrases) {
                if (phrase.firstToken() >= span.firstToken() && possessorIn(sentence, phrase, span.endToken())) {
                    for (int index = phrase.endToken() + 1; index < span.endToken(); index++) {
                        if (dictionaries.referenceWords().is(ReferenceWords.Kind.COUNTERPART, sentence.token(index).lemma())) {
                            return null;
                        }
                    }
                    return phrase;
                }
            }
        }
        return null;
    }

    /** Whether a person's name is followed by a possessive "'s" or "'" before the end of a title span. */
    static boolean possessorIn(Sentence sentence, ActorPhrase phrase, int end) {
        return phrase.category() == Category.PERSON_NAME && phrase.endToken() < end - 1
                && sentence.token(phrase.endToken()).partOfSpeech().equals("POS");
    }
}
