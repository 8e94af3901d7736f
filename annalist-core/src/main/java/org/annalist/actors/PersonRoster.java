package org.annalist.actors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.annalist.actors.ActorPhrase.Category;
import org.annalist.language.AnnotatedDocument;
import org.annalist.language.Sentence;
import org.annalist.language.Token;

/**
 * The persons one article has named so far, in the order met, and the name lookups that join a
 * later mention to one of them: all its words are words of an earlier name (a given name too:
 * "Abiy" of "Abiy Ahmed"), or it is an earlier name's surname.
 */
final class PersonRoster {

    private final AnnotatedDocument document;
    private final KnownPersons knownPersons;
    private final List<EntityDraft> persons = new ArrayList<>();

    PersonRoster(AnnotatedDocument document, KnownPersons knownPersons) {
        this.document = document;
        this.knownPersons = knownPersons;
    }

    /** A new person, the most recent from now on. */
    void add(EntityDraft person) {
        persons.add(person);
    }

    /** Every person, in the order first named. */
    List<EntityDraft> all() {
        return persons;
    }

    /**
     * The sentence's phrases with the names of persons already met put right: a place or
     * country the language layer tags as a person that is a word of an earlier person's name
     * is that person ("Santiago said" after "Commodore Rogelio Santiago"), and a proper noun
     * it left untagged that is an earlier person's surname is that person ("Özdemir said").
     */
    List<ActorPhrase> personNamesAmong(Sentence sentence, List<ActorPhrase> found) {
        List<ActorPhrase> phrases = new ArrayList<>();
        for (ActorPhrase phrase : found) {
            boolean placeLike = phrase.category() == Category.PLACE || phrase.category() == Category.COUNTRY_NAME;
            String words = phrase.strippedText(document);
            // "Abiy" after "Prime Minister Abiy Ahmed": a name no dictionary knows, made only of an earlier person's name words
            boolean namesAPerson = phrase.category() == Category.OTHER_NAME && (knownPersons.isListed(words) || personNamed(words) != null);
            if (placeLike && (taggedPerson(sentence, phrase) && personNamed(words) != null || surnameOwner(words) != null) || namesAPerson) {
                phrases.add(personPhrase(sentence, phrase.firstToken(), phrase.endToken()));
            } else {
                phrases.add(phrase);
            }
        }
        for (Token token : sentence.tokens()) {
            int index = token.index();
            boolean covered = phrases.stream().anyMatch(p -> index >= p.firstToken() && index < p.endToken());
            int end = hyphenatedEnd(sentence, index);
            String word = document.text().substring(token.start(), sentence.token(end - 1).end());
            if (!covered && token.isProperNoun() && word.length() > 2 && surnameOwner(word) != null) {
                phrases.add(personPhrase(sentence, index, end));
            }
        }
        phrases.sort(Comparator.comparingInt(ActorPhrase::firstToken).thenComparingInt(phrase -> -phrase.endToken()));
        return phrases;
    }

    /**
     * Where a hyphenated surname the tokenizer split ends: "Persad - Bissessar" is the one word
     * "Persad-Bissessar" of "Kamla Persad-Bissessar". Proper nouns joined by hyphens with no
     * space between; a lone proper noun ends where it is.
     */
    private static int hyphenatedEnd(Sentence sentence, int first) {
        int end = first + 1;
        while (end + 1 < sentence.tokens().size() && sentence.token(end).text().equals("-")
                && sentence.token(end).start() == sentence.token(end - 1).end() && sentence.token(end + 1).start() == sentence.token(end).end()
                && sentence.token(end + 1).isProperNoun() && sentence.tokens().get(first).isProperNoun()) {
            end += 2;
        }
        return end;
    }

    private static boolean taggedPerson(Sentence sentence, ActorPhrase phrase) {
        for (int index = phrase.firstToken(); index < phrase.endToken(); index++) {
            String word = sentence.token(index).text();
            if (!word.equalsIgnoreCase("the") && !sentence.token(index).namedEntityTag().equals("PERSON")) {
                return false;
            }
        }
        return true;
    }

    private static ActorPhrase personPhrase(Sentence sentence, int first, int end) {
        return new ActorPhrase(sentence.index(), first, end, PhraseFinder.headOf(sentence, first, end), Category.PERSON_NAME,
                null, null, null, null, null);
    }

    /** The most recent person whose name ends with the word, or with the word after an Arabic article ("Burhan" of "al-Burhan"). */
    private EntityDraft surnameOwner(String word) {
        for (int index = persons.size() - 1; index >= 0; index--) {
            EntityDraft person = persons.get(index);
            List<String> words = NameWords.of(person.name);
            String surname = words.isEmpty() ? "" : words.get(words.size() - 1);
            String written = word.toLowerCase(Locale.ROOT);
            if (words.size() > 1 && (surname.equals(written) || NameWords.withoutArticle(surname).equals(written))) {
                return person;
            }
        }
        return null;
    }

    /**
     * The person this name belongs to: all its words are words of an earlier person's name (most
     * recent first), a surname written with the Arabic article also counting without it.
     */
    EntityDraft personNamed(String name) {
        List<String> words = NameWords.of(name);
        for (int index = persons.size() - 1; index >= 0; index--) {
            EntityDraft person = persons.get(index);
            List<String> known = new ArrayList<>();
            person.mentions.stream().filter(m -> m.kind() == MentionKind.NAME).forEach(m -> known.addAll(NameWords.withBareSurnames(m.text())));
            known.addAll(NameWords.withBareSurnames(person.name));
            if (known.containsAll(words)) {
                return person;
            }
        }
        return null;
    }
}
