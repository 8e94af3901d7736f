package org.annalist.actors;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.annalist.dictionary.StateNouns;
import org.annalist.language.Dependency;
import org.annalist.language.Sentence;
import org.annalist.language.Token;

/**
 * "Saudi Arabia and Pakistan began a joint exercise … The kingdom also agreed to roll over its
 * deposit": a definite noun that names a state by its form (state-nouns.tsv: kingdom, sultanate,
 * emirate, principality) is the state of that form the article named most recently before it.
 * Only "the" and the noun ("the kingdom's armed forces" too): "the Kingdom of Saudi Arabia" and
 * "the United Kingdom" are names, "the kingdom of heaven" or "a kingdom" no reference. With no
 * state of that form named before, the noun is nobody.
 */
final class StateNounReference {

    /** Relations a bare "the kingdom" may have below it: its article, a possessive ending, punctuation. */
    private static final Set<String> BARE = Set.of("det", "case", "punct");

    /** A state noun in a sentence: its tokens {@code [first, end)} and the states it may name. */
    record Found(int first, int end, StateNouns.States states) {}

    private final StateNouns nouns;

    StateNounReference(StateNouns nouns) {
        this.nouns = nouns;
    }

    /** The bare definite state nouns of the sentence outside every phrase found in it. */
    List<Found> find(Sentence sentence, List<ActorPhrase> phrases) {
        List<Found> found = new ArrayList<>();
        for (Token token : sentence.tokens()) {
            int index = token.index();
            var states = nouns.states(token.text().toLowerCase(Locale.ROOT));
            if (states.isEmpty() || index == 0 || !sentence.token(index - 1).text().equalsIgnoreCase("the") || !token.isNoun()
                    || index + 1 < sentence.tokens().size() && sentence.token(index + 1).text().equalsIgnoreCase("of")
                    || phrases.stream().anyMatch(phrase -> phrase.firstToken() <= index && index < phrase.endToken())
                    || sentence.dependentArcs(index).stream().map(Dependency::relation).anyMatch(relation -> !BARE.contains(relation))) {
                continue;
            }
            found.add(new Found(index - 1, index + 1, states.get()));
        }
        return found;
    }

    /** The country of the found noun's form whose last mention before {@code offset} is latest; null with none. */
    static EntityDraft stateBefore(Found found, Collection<EntityDraft> drafts, int offset) {
        EntityDraft latest = null;
        int latestStart = -1;
        for (EntityDraft draft : drafts) {
            if (!"COUNTRY".equals(draft.type) || draft.code == null || !found.states().codes().contains(draft.code)) {
                continue;
            }
            for (Mention mention : draft.mentions) {
                if (mention.start() < offset && mention.start() > latestStart) {
                    latest = draft;
                    latestStart = mention.start();
                }
            }
        }
        return latest;
    }
}
