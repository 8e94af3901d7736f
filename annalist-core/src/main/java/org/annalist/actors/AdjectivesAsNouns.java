package org.annalist.actors;

import java.util.Set;
import org.annalist.language.Dependency;
import org.annalist.language.Sentence;
import org.annalist.language.Token;

/**
 * "… ," the general told reporters": the tagger sometimes reads a title noun after "the" as an
 * adjective (general/JJ) though the parser makes it the verb's subject. An adjective right after
 * "the" that is itself a subject or object heads a noun phrase (an adjective before a noun is
 * that noun's modifier, "the general strike", and never a subject), so it may name an actor as a
 * noun does; whether it is a title word is the sector dictionary's business.
 */
final class AdjectivesAsNouns {

    private static final Set<String> ARGUMENT_RELATIONS = Set.of("nsubj", "nsubj:pass", "obj");

    private AdjectivesAsNouns() {}

    /** Whether the token heads a noun phrase: a noun, or an adjective after "the" that is a subject or object. */
    static boolean headsNounPhrase(Sentence sentence, Token token) {
        if (token.isNoun()) {
            return true;
        }
        if (!token.partOfSpeech().equals("JJ") || token.index() == 0
                || !sentence.token(token.index() - 1).text().equalsIgnoreCase("the")) {
            return false;
        }
        return sentence.headArc(token.index()).map(Dependency::relation).filter(ARGUMENT_RELATIONS::contains).isPresent();
    }
}
