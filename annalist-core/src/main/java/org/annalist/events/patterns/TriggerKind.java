package org.annalist.events.patterns;

/** What part of speech a pattern's trigger head is. */
public enum TriggerKind {
    /** A verb: "attack", "meet with", "impose sanctions on". */
    VERB,
    /** A noun: "meeting", "joint drills", "attack on". */
    NOUN
}
