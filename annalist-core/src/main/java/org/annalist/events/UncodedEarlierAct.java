package org.annalist.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.annalist.actors.ActorAnalysis;
import org.annalist.actors.Entity;
import org.annalist.language.Sentence;
import org.annalist.language.Token;

/**
 * The doer of an earlier act the text reported without coding it, named again by a noun of the
 * same word: "Pakistan test-fired a ballistic missile … China defended the test", "The U.N.
 * suspended its operations … Saudi Arabia voiced support for the suspension". Many acts a reaction
 * is about (a missile test, a suspension, a vote) are no event of their own, so
 * {@link AnaphoricRecipient} finds no coded event of that word and would otherwise guess the
 * article's first event. The nearest earlier verb (this sentence before the noun, then the
 * sentences before, back to the article's start) whose first four letters are the noun's and whose
 * subject names coded parties, none of them of the actor's own codes.
 */
final class UncodedEarlierAct {

    private final List<Sentence> sentences;
    private final ActorAnalysis actors;

    UncodedEarlierAct(List<Sentence> sentences, ActorAnalysis actors) {
        this.sentences = List.copyOf(sentences);
        this.actors = actors;
    }

    /** The doers of the earlier act the noun names by its word, with the noun's span; empty if none is found. */
    List<EventParty> doers(SentenceGraph graph, Token noun, Set<String> own) {
        String stem = AnaphoricRecipient.stem(noun.lemma());
        if (stem.length() < 4) {
            return List.of();
        }
        Span span = new Span(noun.start(), noun.end(), noun.text());
        return EarlierWords.nearest(sentences, graph, noun.index(), graph.sentence().index(), (earlier, candidate) -> {
            Token word = earlier.token(candidate);
            if (!word.isVerb() || !AnaphoricRecipient.stem(word.lemma()).equals(stem)) {
                return Optional.<List<EventParty>>empty();
            }
            List<EventParty> parties = subjectParties(earlier, candidate, own, span);
            return parties.isEmpty() ? Optional.<List<EventParty>>empty() : Optional.of(parties);
        }).orElse(List.of());
    }

    /** The coded parties the verb's subject names, or none when any is uncoded or of the actor's codes. */
    private List<EventParty> subjectParties(SentenceGraph graph, int verb, Set<String> own, Span span) {
        List<EventParty> parties = new ArrayList<>();
        for (int subject : RoleFillers.subjectsOf(graph, verb)) {
            for (int member : RoleFillers.withConjuncts(graph, subject)) {
                Optional<Entity> entity = actors.entityAt(graph.token(member).start());
                if (entity.isEmpty() || entity.get().code() == null || own.contains(entity.get().code())) {
                    return List.of();
                }
                Entity found = entity.get();
                if (parties.stream().noneMatch(party -> found.id().equals(party.entity()))) {
                    parties.add(new EventParty(found.id(), found.name(), found.code(), found.sector(), span));
                }
            }
        }
        return parties;
    }
}
