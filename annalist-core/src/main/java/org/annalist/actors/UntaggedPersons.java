package org.annalist.actors;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.annalist.actors.ActorPhrase.Category;
import org.annalist.dictionary.ActorDictionaries;
import org.annalist.dictionary.ReferenceWords;
import org.annalist.dictionary.SectorDictionary;
import org.annalist.dictionary.SectorPhrase;
import org.annalist.language.Dependency;
import org.annalist.language.Sentence;
import org.annalist.language.Token;

/**
 * Persons the language layer did not tag, that the words beside the name show to be persons:
 * "Umm Khaled, a mother of five, stood in line" (a kunya the tagger reads as an interjection and
 * a name it leaves untagged), "a student who gave her name only as Ploy" ({@link SelfNamedPersons}). A run of capitalised proper nouns that opens its sentence, with no
 * phrase of its own, followed by an indefinite apposition headed by a word for a person — a
 * person word of reference-words.tsv ("mother", "resident") or a title of sectors.tsv ("nurse",
 * "driver", "protester") — is a person's name. Wire copy names ordinary people this way, and
 * without the name they cannot be speakers ("“…,” she said" has no one to go to).
 */
final class UntaggedPersons {

    /** Parts of speech a word of a name the tagger missed may carry ("Umm" comes out an interjection). */
    private static final Set<String> NAME_TAGS = Set.of("NNP", "NNPS", "UH", "FW");
    private static final Set<ReferenceWords.Kind> PERSON_WORDS =
            Set.of(ReferenceWords.Kind.UNNAMED_PERSON, ReferenceWords.Kind.UNNAMED_WOMAN, ReferenceWords.Kind.UNNAMED_MAN);

    private final ReferenceWords referenceWords;
    private final SectorDictionary sectors;
    private final SelfNamedPersons selfNamed;

    UntaggedPersons(ActorDictionaries dictionaries) {
        this.referenceWords = dictionaries.referenceWords();
        this.sectors = dictionaries.sectors();
        this.selfNamed = new SelfNamedPersons(referenceWords);
    }

    /**
     * Adds a person's name to the phrases where the language layer missed one: a sentence opening
     * with a name described as a person, or the name a described person gives ({@link SelfNamedPersons}).
     */
    void addTo(Sentence sentence, List<ActorPhrase> phrases) {
        for (int token = 0; token < sentence.tokens().size(); token++) {
            int[] given = sentence.token(token).text().equalsIgnoreCase("as") ? selfNamed.nameSpan(sentence, token) : null;
            if (given != null && !covered(phrases, given[0])) {
                phrases.add(new ActorPhrase(sentence.index(), given[0], given[1], PhraseFinder.headOf(sentence, given[0], given[1]),
                        Category.PERSON_NAME, null, null, null, null, null));
            }
        }
        addOpeningName(sentence, phrases);
    }

    private void addOpeningName(Sentence sentence, List<ActorPhrase> phrases) {
        int end = 0;
        while (end < sentence.tokens().size() && isNameWord(sentence.token(end)) && !covered(phrases, end)) {
            end++;
        }
        if (end == 0 || end + 2 >= sentence.tokens().size() || !sentence.token(end).text().equals(",")
                || !Set.of("a", "an").contains(sentence.token(end + 1).text().toLowerCase(Locale.ROOT))) {
            return;
        }
        int head = PhraseFinder.headOf(sentence, 0, end);
        if (describesAPerson(sentence, head)) {
            phrases.add(new ActorPhrase(sentence.index(), 0, end, head, Category.PERSON_NAME, null, null, null, null, null));
        }
    }

    private static boolean isNameWord(Token token) {
        return NAME_TAGS.contains(token.partOfSpeech()) && Character.isUpperCase(token.text().codePointAt(0));
    }

    private static boolean covered(List<ActorPhrase> phrases, int token) {
        return phrases.stream().anyMatch(phrase -> token >= phrase.firstToken() && token < phrase.endToken());
    }

    /** Whether a noun in apposition to the name is a word for a person ("a mother of five", "a nurse"). */
    private boolean describesAPerson(Sentence sentence, int nameHead) {
        for (Dependency arc : sentence.dependentArcs(nameHead)) {
            if (!arc.relation().equals("appos")) {
                continue;
            }
            Token noun = sentence.token(arc.dependent());
            String lemma = noun.lemma().toLowerCase(Locale.ROOT);
            boolean personWord = PERSON_WORDS.stream().anyMatch(kind -> referenceWords.is(kind, lemma));
            boolean title = sectors.index().lookup(lemma).map(phrase -> phrase.kind() == SectorPhrase.Kind.TITLE).orElse(false);
            if (personWord || title) {
                return true;
            }
        }
        return false;
    }
}
