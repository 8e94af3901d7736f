package org.annalist.actors;

import java.util.Locale;
import java.util.Set;
import org.annalist.dictionary.CountryName;
import org.annalist.dictionary.KnownActor;
import org.annalist.dictionary.Place;
import org.annalist.dictionary.SectorPhrase;
import org.annalist.language.AnnotatedDocument;
import org.annalist.language.Sentence;
import org.annalist.language.Token;

/**
 * A stretch of one sentence that may refer to an actor, before references are resolved.
 *
 * @param sentence sentence index
 * @param firstToken first token of the span
 * @param endToken token after the span
 * @param headToken the token the span is about (the one the event coder looks up)
 * @param category what kind of reference it is
 * @param country the country word it is or contains, or null
 * @param known the dictionary organisation or person it names, or null
 * @param place the gazetteer place it names, or null
 * @param sectorWord the sector keyword heading it (groups, bodies, nominals), or null
 * @param namedType CoreNLP's type for names the dictionaries do not know, else null
 */
record ActorPhrase(
        int sentence,
        int firstToken,
        int endToken,
        int headToken,
        Category category,
        CountryName country,
        KnownActor known,
        Place place,
        SectorPhrase sectorWord,
        String namedType) {

    enum Category {
        /** A person's name (CoreNLP PERSON, or a person row of a user's actor file). */
        PERSON_NAME,
        /** A named organisation or body from organisations.tsv or an actor file. */
        KNOWN_BODY,
        /** A country's name or alias. */
        COUNTRY_NAME,
        /** A nationality word modifying something else ("Iranian" in "Iranian capital"). */
        DEMONYM,
        /** A gazetteer place. */
        PLACE,
        /** A noun phrase for a body or a group of people: "the Iranian government", "Turkish police". */
        GROUP,
        /** A definite description of one person: "the Iranian official", "the minister". */
        NOMINAL,
        /** he, him, his, she, her. */
        PRONOUN,
        /** A name CoreNLP found that no dictionary knows (organisation, place). */
        OTHER_NAME
    }

    /** Leading words that are no part of a name: an article or an owner's pronoun ("their association"). */
    private static final Set<String> LEADING_WORDS = Set.of("the", "their", "its", "his", "her", "our");

    /** Whether the word is an article or an owner's pronoun, which makes a body word definite and is no part of its name. */
    static boolean isArticleOrOwner(Token word) {
        return LEADING_WORDS.contains(word.text().toLowerCase(Locale.ROOT));
    }

    /** The phrase's words in the article, without a leading "the" or owner's pronoun ("the Kremlin" is "Kremlin"). */
    String strippedText(AnnotatedDocument document) {
        Sentence in = document.sentences().get(sentence);
        int first = firstToken;
        if (first + 1 < endToken && isArticleOrOwner(in.token(first))) {
            first++;
        }
        return document.text().substring(in.token(first).start(), in.token(endToken - 1).end());
    }

    /**
     * A body's name without a country possessor: "Tunisia's Ministry of Justice" is the
     * "Ministry of Justice" (coded TUN through the possessor); a lowercase phrase keeps its
     * words ("Iran's government").
     */
    String bodyName(AnnotatedDocument document) {
        String stripped = strippedText(document);
        Sentence in = document.sentences().get(sentence);
        if (!Character.isUpperCase(in.token(headToken).text().codePointAt(0))) {
            return stripped;
        }
        for (int index = headToken - 1; index > firstToken; index--) {
            if (in.token(index).partOfSpeech().equals("POS")) {
                return document.text().substring(in.token(index + 1).start(), in.token(endToken - 1).end());
            }
        }
        return stripped;
    }

    /**
     * "the commission" says nothing of which commission; "the fishermen's association", "their
     * association" (the fishermen's, just named) and "the teachers' federation" say whose it
     * is, so a reader takes them for a body of their own.
     */
    boolean onlyArticleAndHead(Sentence in) {
        for (int token = firstToken; token < endToken; token++) {
            if (token != headToken && !in.token(token).partOfSpeech().equals("DT")) {
                return false;
            }
        }
        return true;
    }

    boolean overlaps(ActorPhrase other) {
        return sentence == other.sentence && firstToken < other.endToken && other.firstToken < endToken;
    }

    boolean contains(ActorPhrase other) {
        return sentence == other.sentence && firstToken <= other.firstToken && other.endToken <= endToken;
    }
}
