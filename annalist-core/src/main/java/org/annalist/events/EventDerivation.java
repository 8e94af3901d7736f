package org.annalist.events;

import org.annalist.events.patterns.TriggerKind;

/**
 * How the coder arrived at an event: the part of speech of its trigger and which path filled
 * each role. Part of the event's {@link Provenance}, so a reader can see whether the actor was
 * the trigger's own subject or was inferred (a pronoun's antecedent, the quotation's speaker, a
 * domestic convention), and so the confidence model ({@code org.annalist.confidence}) can learn
 * from gold how far each path is to be trusted.
 *
 * @param triggerKind whether the trigger is a verb or a noun
 * @param actorSource the role source or fallback that named the actor ("subject", "possessor",
 *        "speaker of the quotation", "domestic (no target named)"…), as the coder's decision trace writes it
 * @param recipientSource the same for the recipient; null when no recipient was found
 * @param position where the trigger stands in its sentence (clause, verb form, time); null when not recorded
 * @param relations how the words near the trigger hang from it (for the recipient reranker); null when not recorded
 */
public record EventDerivation(TriggerKind triggerKind, String actorSource, String recipientSource, TriggerPosition position,
        TriggerRelations relations) {

    /** A derivation without the words' relations to the trigger. */
    public EventDerivation(TriggerKind triggerKind, String actorSource, String recipientSource, TriggerPosition position) {
        this(triggerKind, actorSource, recipientSource, position, null);
    }

    /** A derivation without the trigger's position. */
    public EventDerivation(TriggerKind triggerKind, String actorSource, String recipientSource) {
        this(triggerKind, actorSource, recipientSource, null, null);
    }

    /** The same derivation with another recipient source (a reranked recipient's). */
    public EventDerivation withRecipientSource(String source) {
        return new EventDerivation(triggerKind, actorSource, source, position, relations);
    }
}
