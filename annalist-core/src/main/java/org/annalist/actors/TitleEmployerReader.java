package org.annalist.actors;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.annalist.actors.ActorPhrase.Category;
import org.annalist.dictionary.ActorDictionaries;
import org.annalist.dictionary.ReferenceWords;
import org.annalist.dictionary.SectorPhrase;
import org.annalist.language.Dependency;
import org.annalist.language.Sentence;
import org.annalist.language.Token;

/**
 * Finds the words of a person's title that point back at the organisation employing them
 * ("Alliance spokeswoman", "the bloc's commissioner", "its North Africa researcher"), which
 * {@link EmployerFinder} then resolves to an organisation the article names.
 */
final class TitleEmployerReader {

    private final ActorDictionaries dictionaries;

    TitleEmployerReader(ActorDictionaries dictionaries) {
        this.dictionaries = dictionaries;
    }

    /**
     * The first words of the title that point back at an employing organisation: a possessive
     * "its" or "their" right before the title; an employer word of reference-words.tsv that is
     * no body's name of its own ("Alliance spokeswoman", "the group's Kenya director"); or a
     * body phrase with no country and no dictionary name ("at the Joint Chiefs"). An
     * organisation's name no dictionary knows is not taken: most are the article's own
     * country's ("the army's Northern Command").
     */
    PersonDescription.EmployerReference find(Sentence sentence, List<TitleSpan> spans, List<ActorPhrase> phrases, boolean countryBeforeName) {
        ReferenceWords words = dictionaries.referenceWords();
        for (TitleSpan span : spans) {
            int before = span.firstToken() - 1;
            // "its current chairman, Sierra Leone's President Julius Maada Bio": the country the
            // words right before the name give is his; the possessive names the bloc he chairs
            if (!countryBeforeName && before >= 0 && sentence.token(before).partOfSpeech().equals("PRP$")
                    && Set.of("its", "their").contains(sentence.token(before).text().toLowerCase(Locale.ROOT))) {
                return new PersonDescription.EmployerReference(sentence.index(), before, before + 1, true, "possessive \"" + sentence.token(before).text() + "\" before a title");
            }
            for (int index = span.firstToken(); index < span.endToken(); index++) {
                Token token = sentence.token(index);
                ActorPhrase inside = phraseAt(phrases, index);
                if (inside != null && inside.category() == Category.GROUP && inside.country() == null && inside.known() == null
                        && inside.sectorWord() != null && inside.sectorWord().kind() == SectorPhrase.Kind.ORGANISATION) {
                    int first = sentence.token(inside.firstToken()).text().equalsIgnoreCase("the") ? inside.firstToken() + 1 : inside.firstToken();
                    Token head = sentence.token(inside.headToken());
                    boolean bare = inside.endToken() - first == 1 && words.is(ReferenceWords.Kind.EMPLOYER, head.lemma())
                            && !namedOnly(words, head);
                    return new PersonDescription.EmployerReference(sentence.index(), first, inside.endToken(), bare,
                            "body words \"" + sentence.token(inside.headToken()).text() + "\" in the title");
                }
                boolean employerWord = token.isNoun() && (words.is(ReferenceWords.Kind.EMPLOYER, token.lemma())
                        || words.is(ReferenceWords.Kind.EMPLOYER, token.text()));
                if ((inside == null || inside.category() == Category.NOMINAL) && employerWord && !indefinite(sentence, index)) {
                    int start = PhraseFinder.nounPhraseStart(sentence, index);
                    boolean bare = !namedOnly(words, token);
                    for (int word = start; word < index; word++) {
                        String partOfSpeech = sentence.token(word).partOfSpeech();
                        bare &= partOfSpeech.equals("DT") || partOfSpeech.equals("PRP$");
                    }
                    String source = words.source(ReferenceWords.Kind.EMPLOYER, token.lemma())
                            .or(() -> words.source(ReferenceWords.Kind.EMPLOYER, token.text())).orElseThrow();
                    return new PersonDescription.EmployerReference(sentence.index(), index, index + 1, bare,
                            source + " \"" + token.text() + "\"");
                }
            }
        }
        return null;
    }

    /** Whether the employer word names only a body whose name holds it, never the last one named (reference-words.tsv named-employer). */
    private static boolean namedOnly(ReferenceWords words, Token token) {
        return words.is(ReferenceWords.Kind.NAMED_EMPLOYER, token.lemma()) || words.is(ReferenceWords.Kind.NAMED_EMPLOYER, token.text());
    }

    /**
     * "A fisheries agency official, Hiroshi Tanaka,": an indefinite title introduces an office of
     * its own, not the agency the article named before (a Russian agency in a Tokyo story).
     */
    private static boolean indefinite(Sentence sentence, int word) {
        int head = word;
        while (sentence.headArc(head).map(Dependency::relation).orElse("").equals("compound")) {
            head = sentence.headArc(head).map(Dependency::governor).orElse(head); // "agency" in "A fisheries agency official"
        }
        String first = sentence.token(PhraseFinder.nounPhraseStart(sentence, head)).text().toLowerCase(Locale.ROOT);
        return first.equals("a") || first.equals("an");
    }

    private static ActorPhrase phraseAt(List<ActorPhrase> phrases, int token) {
        for (ActorPhrase phrase : phrases) {
            if (token >= phrase.firstToken() && token < phrase.endToken() && phrase.category() != Category.PRONOUN) {
                return phrase;
            }
        }
        return null;
    }
}
