package org.annalist.events;

import java.util.List;
import java.util.Set;
import org.annalist.language.Dependency;
import org.annalist.language.Token;

/**
 * Mends a parser error on a controlling verb before its infinitive: in "Oman, which has long
 * carried messages between Iran and the West, offered to help resolve the matter" the parser may
 * take "offered" for an auxiliary of "help" ({@code aux}) and give the subject to "help", so the
 * offer lost its actor. A verb that is no auxiliary (not be, have, do, get or a modal) hung on
 * another verb as {@code aux} has that verb's subjects. A controlled subject the parse gives to a
 * word that cannot name anyone ("weighing whether to recall", {@code nsubj:xsubj} on "whether")
 * is no subject at all ({@link #canName}).
 */
final class MisreadAuxiliary {

    private MisreadAuxiliary() {}

    /** Verbs that really are auxiliaries when the parser says so. */
    static final Set<String> AUXILIARIES = Set.of("be", "have", "do", "get", "will", "would", "shall", "should", "can", "could",
            "may", "might", "must");

    /** The subjects of the verb a non-auxiliary verb was hung on as its auxiliary; empty for real auxiliaries and other relations. */
    static List<Integer> subjectsOf(SentenceGraph graph, int verb) {
        Dependency up = graph.basicHead(verb);
        Token token = graph.token(verb);
        if (up == null || up.governor() < 0 || !up.relation().equals("aux") || !token.isVerb() || token.partOfSpeech().equals("MD")
                || AUXILIARIES.contains(token.lemma().toLowerCase(java.util.Locale.ROOT))) {
            return List.of();
        }
        return RoleFillers.subjectsOf(graph, up.governor());
    }

    /** Whether a subject the parse gives is a word that can name a party (a noun or pronoun, not "whether"). */
    static boolean canName(Token token) {
        return token.isNoun() || token.isPronoun();
    }
}
