package org.annalist.events;

import java.util.Locale;
import java.util.Optional;
import org.annalist.events.patterns.EventPattern;
import org.annalist.events.patterns.ListName;
import org.annalist.events.patterns.TriggerKind;
import org.annalist.events.patterns.WordLists;
import org.annalist.language.Token;

/**
 * A verb of rejecting whose object is an accusation: "Caracas rejected the accusation", "Minsk dismissed
 * the charges as fabricated", "a charge the party rejects", "the criticism was rejected by the ministry".
 * That is a denial (CAMEO 016 deny responsibility, a public statement PLOVER does not code), not a refusal
 * of a proposal or demand, and the news gold sets list such denials as non-events. The event types it
 * applies to are {@code denial-event} in word-lists.tsv, the accusation nouns {@code characterised-denial}.
 * Declining to comment ("declined further comment", "declined to be named") is likewise a statement, not a
 * refusal: CAMEO 011, the words {@code declined-comment}.
 */
final class Denial {

    private Denial() {}

    /** The accusation the trigger verb rejects, if the row's type can be a denial and the verb's object is one. */
    static Optional<Token> deniedAccusation(SentenceGraph graph, EventPattern pattern, int verb, WordLists words) {
        // the enhanced graph gives the object of a relative clause too ("a charge the party rejects")
        return canBeDenial(pattern, words)
                ? dependentIn(graph, verb, ListName.CHARACTERISED_DENIAL, words, "obj", "nsubj:pass")
                : Optional.empty();
    }

    /**
     * The comment the trigger verb declines ("declined to comment", "declined further comment", "declined to say
     * whether …", "declined to be named"), if the row's type can be a denial and the verb's object or infinitive is a
     * {@code declined-comment} word: a public statement (CAMEO 011), no refusal of another party's proposal.
     */
    static Optional<Token> declinedComment(SentenceGraph graph, EventPattern pattern, int verb, WordLists words) {
        return canBeDenial(pattern, words)
                ? dependentIn(graph, verb, ListName.DECLINED_COMMENT, words, "obj", "xcomp")
                : Optional.empty();
    }

    private static boolean canBeDenial(EventPattern pattern, WordLists words) {
        return pattern.kind() == TriggerKind.VERB && words.contains(ListName.DENIAL_EVENT, pattern.event());
    }

    /** The verb's first dependent by one of the relations whose lemma or form is in the list. */
    private static Optional<Token> dependentIn(SentenceGraph graph, int verb, ListName list, WordLists words,
            String... relations) {
        for (int dependent : graph.dependentsByRelation(verb, relations)) {
            Token named = graph.token(dependent);
            String lemma = (named.lemma() == null ? named.text() : named.lemma()).toLowerCase(Locale.ROOT);
            if (words.containsEither(list, lemma, named.text().toLowerCase(Locale.ROOT))) {
                return Optional.of(named);
            }
        }
        return Optional.empty();
    }
}
