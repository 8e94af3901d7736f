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
    CLAUSE,
    /**
     * The trigger stated as a future or possible action, not negated: "we will respond decisively",
     * "Russia would retaliate". Such a row codes the stated action as a fact of its own type (a
     * threat), without the future mark; the same words in the past ("responded to the letter",
     * "retaliated with strikes") fall to the other rows.
     */
    FUTURE,
    /**
     * A warning to whoever does something: the trigger stated as a future, possible or obligatory
     * action ("will pay", "will be dealt with", "must answer for it") whose subject is a generic
     * referent ({@code generic-referent}: "whoever fires at Israel", "those who order violence",
     * "anyone who attacks officers"). Coded as a fact, like {@link #FUTURE}; the threat names no one.
     */
    WARNING,
    /**
     * A stated refusal: the trigger negated and stated as a future action or a present practice,
     * not a possibility ("Budapest would not take part in any NATO mission", "we will not accept a
     * map drawn in one capital", "Niger does not take instructions from ECOWAS"). For verbs whose
     * refusal is an event but whose plain use is none or too vague to code ("took part in", "paid",
     * "accepted"); coded as a fact of the row's own type (a REJECT), without the negation and
     * future marks. "did not accept" (past) and "would not accept if …" (a condition) are not refusals.
     */
    REFUSAL,
    /**
     * The verb names its object and says what it is: a second predicate beside the object ("called the
     * verdict a blow to democracy", "called the move selfish", "described the order as unacceptable").
     * Such a characterisation is a verbal judgement of the object's author; "called an election" or
     * "what it called a provocation" (the object is a relative word) is none, and neither is a
     * characterisation of an accusation ({@code characterised-denial}: "called the charges baseless" is a
     * denial).
     */
    PREDICATE,
    /**
     * The verb names its object and what the object is to do: an object and an open complement
     * with "to" ("Washington wanted Ottawa to scrap its dairy quotas", "we encourage India and
     * Pakistan to keep talking"). For verbs whose plain use is a wish or a mood, not an appeal
     * ("Iran wants peace", "encouraged by the progress"); absorbs the complement's event like
     * {@code absorb}, whose recipient the object usually is.
     */
    CONTROL
}
