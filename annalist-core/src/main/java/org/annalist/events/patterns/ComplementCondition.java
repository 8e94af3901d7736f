package org.annalist.events.patterns;

/**
 * What a pattern requires of its trigger's clausal complement ({@code complement} column of
 * patterns.tsv), beyond absorbing the events in it.
 */
public enum ComplementCondition {
    /** Nothing: the row fires on its trigger words alone. */
    NONE,
    /**
     * A clausal complement with a modal of obligation ({@code obligation-modal}): "said Iraq must
     * cooperate" is a demand, "said Iraq cooperated" is not.
     */
    OBLIGATION,
    /**
     * Any clausal complement (ccomp or parataxis): the verb reports speech, "a rights group
     * protested that the authorities were failing ..." is a verbal protest, not a demonstration.
     */
    CLAUSE
}
