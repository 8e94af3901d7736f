package org.annalist.quotes;

import java.util.Optional;
import org.annalist.actors.ActorAnalysis;
import org.annalist.actors.Entity;
import org.annalist.language.Sentence;

/**
 * Turns a reporting verb into a speaker: the verb's subject, looked up among the actors stage's
 * mentions. A subject that is no actor's mention ("protesters chanted", "officials said") gives
 * no speaker rather than a guess.
 */
final class SpeakerFinder {

    private final ActorAnalysis actors;

    SpeakerFinder(ActorAnalysis actors) {
        this.actors = actors;
    }

    /** The speaker of the verb, with the rule named {@code place + ":" + how the subject was found}. */
    Attribution speakerOfVerb(Sentence sentence, int verb, String place) {
        Syntax.Subject subject = Syntax.subjectOf(sentence, verb);
        if (!subject.found()) {
            return new Attribution(null, place + ":no-subject");
        }
        String how = subject.inherited() ? "governing-verb-nsubj" : "nsubj";
        return entityOf(sentence, subject.token())
                .map(entity -> new Attribution(entity, place + ":" + how))
                .orElseGet(() -> new Attribution(null, place + ":" + how + "-not-an-actor"));
    }

    /** The entity a phrase headed by the token refers to, trying its head first. */
    Optional<Entity> entityOf(Sentence sentence, int head) {
        for (int candidate : Syntax.speakerCandidates(sentence, head)) {
            Optional<Entity> entity = actors.entityAt(sentence.token(candidate).start());
            if (entity.isPresent()) {
                return entity;
            }
        }
        return Optional.empty();
    }
}
