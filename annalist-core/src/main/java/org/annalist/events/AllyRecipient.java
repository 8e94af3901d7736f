package org.annalist.events;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.annalist.events.patterns.ListName;
import org.annalist.events.patterns.RoleSource;
import org.annalist.events.patterns.WordLists;
import org.annalist.language.Dependency;
import org.annalist.language.Token;

/**
 * The ally a foreign actor names only by a pronoun: "Washington stood with its ally", "said it
 * stands with our allies" in a story datelined in Manila. The noun names no party of its own, so
 * the domestic rule left the act without a target (or the actors stage gave "our allies" the
 * speaker's own code); the ally of a foreign government reporting on the article's country is that
 * country, as a reader takes it. Applies only when the role points at an {@code ally-noun}
 * (word-lists.tsv) owned by a possessive pronoun, the recipient found so far is none or only the
 * actor's own country, and the actor is one country other than the article's.
 */
final class AllyRecipient {

    /** The recipient source of an ally named by a pronoun. */
    static final String SOURCE = "the article's country (the actor's ally)";

    private AllyRecipient() {}

    /** The article's country in place of no or an own-country recipient when the role is "its ally"; else the recipient unchanged. */
    static PartyFinder.Filling of(SentenceGraph graph, TriggerMatch match, RoleFillers roles, WordLists words,
            PartyFinder.Filling actor, PartyFinder.Filling recipient, String articleCountry) {
        Optional<String> own = actor.soleCountry();
        if (articleCountry == null || own.isEmpty() || own.get().equals(articleCountry)) {
            return recipient;
        }
        boolean onlyOwn = recipient.parties().stream().filter(party -> party.code() != null)
                .allMatch(party -> party.code().equals(own.get()));
        if (!onlyOwn) {
            return recipient;
        }
        for (RoleSource source : match.pattern().recipient()) {
            for (int token : roles.fillers(graph, match, source)) {
                Token word = graph.token(token);
                if (word.isNoun() && words.contains(ListName.ALLY_NOUN, word.lemma().toLowerCase(Locale.ROOT))
                        && ownedByPronoun(graph, token)) {
                    return new PartyFinder.Filling(List.of(new EventParty(null, null, articleCountry, null,
                            new Span(word.start(), word.end(), word.text()))), SOURCE);
                }
            }
        }
        return recipient;
    }

    /** Whether a possessive pronoun owns the noun: "its ally", "our allies". */
    private static boolean ownedByPronoun(SentenceGraph graph, int noun) {
        for (Dependency arc : graph.dependents(noun)) {
            if (arc.relation().equals("nmod:poss") && graph.token(arc.dependent()).partOfSpeech().equals("PRP$")) {
                return true;
            }
        }
        return false;
    }
}
