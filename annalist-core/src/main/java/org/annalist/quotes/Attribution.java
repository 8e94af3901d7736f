package org.annalist.quotes;

import org.annalist.actors.Entity;

/**
 * How a quotation was tied to a speaker.
 *
 * @param speaker the speaking entity, or null when the verb's subject is no known actor
 * @param rule the rule that found it, e.g. "speech-verb-after-quote:nsubj", for evidence
 */
record Attribution(Entity speaker, String rule) {

    /** A reporting verb was found but it has no subject (a passive, a headless participle). */
    boolean subjectless() {
        return speaker == null && rule.endsWith(":no-subject");
    }

    Attribution withRule(String newRule) {
        return new Attribution(speaker, newRule);
    }
}
