package org.annalist.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.annalist.actors.ActorPhrase.Category;
import org.annalist.dictionary.ActorDictionaries;
import org.annalist.dictionary.ReferenceWords;
import org.annalist.dictionary.SectorPhrase;
import org.annalist.language.Sentence;
import org.annalist.language.Token;

/**
 * Finds persons a sentence describes without naming them, as its subject ("A woman who fled
 * her village said …", "A prison official … said …"), so that a later "she" or "he" is not
 * given to the last person named ({@link PersonReferences}). The nouns are data
 * (reference-words.tsv unnamed-* rows, and the title words of sectors.tsv).
 */
final class UnnamedSubjects {

    /** An unnamed person's head word and the gender its noun gives, if any. */
    record Found(int token, EntityDraft.Gender gender) {}

    private final ActorDictionaries dictionaries;

    UnnamedSubjects(ActorDictionaries dictionaries) {
        this.dictionaries = dictionaries;
    }

    /**
     * "A woman who fled her village said …", "A prison official, speaking on condition of
     * anonymity, said …": an indefinite subject naming a kind of person (reference-words.tsv
     * unnamed-* rows, or a title word of sectors.tsv) with no name in apposition.
     */
    List<Found> find(String text, Sentence sentence, List<ActorPhrase> phrases) {
        List<Found> found = new ArrayList<>();
        ReferenceWords words = dictionaries.referenceWords();
        for (Token token : sentence.tokens()) {
            if (!token.partOfSpeech().equals("NN") || !PersonReferences.isSubject(sentence, token.index())) {
                continue;
            }
            boolean indefinite = sentence.dependentArcs(token.index()).stream().anyMatch(arc -> arc.dependent() < token.index()
                    && Set.of("a", "an", "another", "one").contains(sentence.token(arc.dependent()).text().toLowerCase(Locale.ROOT)));
            boolean named = sentence.dependentArcs(token.index()).stream().anyMatch(arc -> arc.relation().equals("appos"))
                    || phrases.stream().anyMatch(phrase -> phrase.category() == Category.PERSON_NAME
                            && token.index() >= phrase.firstToken() && token.index() < phrase.endToken());
            if (!indefinite || named) {
                continue;
            }
            String lemma = token.lemma();
            EntityDraft.Gender gender;
            if (words.is(ReferenceWords.Kind.UNNAMED_WOMAN, lemma)) {
                gender = EntityDraft.Gender.FEMALE;
            } else if (words.is(ReferenceWords.Kind.UNNAMED_MAN, lemma)) {
                gender = EntityDraft.Gender.MALE;
            } else if (words.is(ReferenceWords.Kind.UNNAMED_PERSON, lemma) || dictionaries.sectors().index()
                    .exactly(text, sentence.tokens(), token.index(), token.index() + 1)
                    .filter(match -> match.value().kind() == SectorPhrase.Kind.TITLE).isPresent()) {
                gender = EntityDraft.Gender.UNKNOWN;
            } else {
                continue;
            }
            found.add(new Found(token.index(), gender));
        }
        return found;
    }
}
