package org.annalist.actors;

import java.util.List;
import org.annalist.actors.ActorPhrase.Category;
import org.annalist.dictionary.SectorPhrase;
import org.annalist.language.Dependency;
import org.annalist.language.Sentence;
import org.annalist.language.Token;

/**
 * A name followed by a description of a body in apposition is that body's name: "Rosrybolovstvo,
 * Russia's federal fisheries agency, said" (a name the language layer takes for a person's),
 * "Its Public Force, the national police, said" (a name it leaves untagged). Wire copy explains a
 * foreign body's name this way the first time it uses it; a reader takes the name for the body
 * and the description for what it is and whose. The two phrases become one body phrase over the
 * name's words, carrying the description's country, dictionary body and body word, so the name
 * is coded as the description says and is the subject the verb's words go to.
 *
 * <p>Only a description headed by a body word of sectors.tsv (kind organisation) and attached to
 * the name as its apposition: "Ali Rahimi, the agency's director," is headed by a title and stays a
 * person. A name the dictionary knows as a body ("ECOWAS, the West African bloc,") is coded already;
 * its description is dropped, not made a second body coded from the dateline.
 */
final class NamesInApposition {

    private NamesInApposition() {}

    /** Replaces each name and body description in apposition to it by one body phrase over the name. */
    static void join(Sentence sentence, List<ActorPhrase> phrases) {
        for (ActorPhrase description : List.copyOf(phrases)) {
            SectorPhrase word = description.sectorWord();
            if (description.category() != Category.GROUP || word == null || word.kind() != SectorPhrase.Kind.ORGANISATION
                    || description.firstToken() < 2 || !sentence.token(description.firstToken() - 1).text().equals(",")) {
                continue;
            }
            int nameHead = sentence.headArc(description.headToken()).filter(arc -> arc.relation().equals("appos"))
                    .map(Dependency::governor).orElse(Dependency.ROOT);
            if (nameHead != description.firstToken() - 2 || !isNameHead(sentence, nameHead) || subjectOfNextVerb(sentence, description)) {
                continue;
            }
            ActorPhrase name = phraseAt(phrases, nameHead);
            if (name != null && name.category() == Category.KNOWN_BODY && name.endToken() == nameHead + 1) {
                // "ECOWAS, the West African bloc,": a body the dictionary knows keeps its own code;
                // the description says what it is and is no second body
                phrases.remove(description);
                continue;
            }
            if (name != null && name.category() != Category.PERSON_NAME && name.category() != Category.OTHER_NAME
                    && name.category() != Category.GROUP) {
                continue;
            }
            int first = name != null ? name.firstToken() : nameHead;
            while (first < nameHead && !isNameWord(sentence.token(first))) {
                first++; // "Its Public Force": the possessive is no part of the name
            }
            while (name == null && first > 0 && isNameWord(sentence.token(first - 1)) && commonWords(phraseAt(phrases, first - 1), nameHead)) {
                first--;
            }
            phrases.remove(description);
            if (name != null) {
                phrases.remove(name);
            }
            int nameStart = first;
            phrases.removeIf(other -> other.category() == Category.GROUP && other.firstToken() >= nameStart && other.endToken() <= nameHead + 1);
            phrases.add(new ActorPhrase(sentence.index(), first, nameHead + 1, nameHead, Category.GROUP,
                    description.country(), description.known(), null, word, null));
        }
    }

    /**
     * Whether a bare body word at {@code [start, head]} ("a group", "an organisation") explains
     * the name before it: it is that name's apposition, right after the name and a comma
     * ("AfriForum, a group that represents Afrikaner farmers,"). Such a description makes a body
     * of the name though it gives no sector or country.
     */
    static boolean explainsName(Sentence sentence, int start, int head) {
        int nameHead = sentence.headArc(head).filter(arc -> arc.relation().equals("appos"))
                .map(Dependency::governor).orElse(Dependency.ROOT);
        return nameHead >= 0 && nameHead == start - 2 && sentence.token(start - 1).text().equals(",") && isNameHead(sentence, nameHead);
    }

    /**
     * "… inside the Demilitarized Zone, Seoul's Joint Chiefs of Staff said": a description followed
     * straight by a verb is that verb's subject, whatever the parser's apposition arc says; an
     * apposition is closed by a comma or the sentence's end ("Rosrybolovstvo, Russia's fisheries
     * agency, said").
     */
    private static boolean subjectOfNextVerb(Sentence sentence, ActorPhrase description) {
        return description.endToken() < sentence.tokens().size() && sentence.token(description.endToken()).partOfSpeech().startsWith("VB");
    }

    /**
     * A proper noun, or a capitalised noun inside the sentence: "Prisoners Defenders, a
     * Madrid-based rights group," is a name the tagger reads as two plural nouns.
     */
    private static boolean isNameHead(Sentence sentence, int token) {
        Token word = sentence.token(token);
        return word.isProperNoun() || token > 0 && word.isNoun() && Character.isUpperCase(word.text().codePointAt(0));
    }

    private static boolean isNameWord(Token token) {
        return token.isNoun() && Character.isUpperCase(token.text().codePointAt(0));
    }

    /** No phrase, or a group phrase of common words inside the name ("Prisoners" in "Prisoners Defenders"). */
    private static boolean commonWords(ActorPhrase phrase, int nameHead) {
        return phrase == null || phrase.category() == Category.GROUP && phrase.endToken() <= nameHead + 1;
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
