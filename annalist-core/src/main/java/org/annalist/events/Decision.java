package org.annalist.events;

/**
 * One step of the coder's reasoning, for {@code annalist explain}: a pattern considered at a
 * trigger word, and what came of it.
 *
 * @param sentenceIndex the sentence
 * @param rule the pattern id
 * @param ruleLocation the pattern's file and line
 * @param trigger the head word considered
 * @param reason the outcome
 * @param detail a short human-readable account (which roles were filled, which word was missing)
 * @param eventId the event produced, or null
 */
public record Decision(int sentenceIndex, String rule, String ruleLocation, Span trigger, DecisionReason reason,
        String detail, String eventId) {

    /** Whether an event came of it. */
    public boolean produced() {
        return eventId != null;
    }
}
