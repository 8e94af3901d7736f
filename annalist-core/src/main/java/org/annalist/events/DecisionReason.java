package org.annalist.events;

/** Why a pattern whose trigger word appeared in a sentence did or did not produce an event. */
public enum DecisionReason {
    /** The event was produced and is reported as a fact. */
    EMITTED,
    /** Produced, but negated ("did not attack", "failed to meet"): kept and marked aux "negation". */
    NEGATED,
    /** Produced, but future or intended ("will meet", "plans to visit"): kept and marked aux "future". */
    FUTURE,
    /** Produced, but conditional or possible ("could strike", "if they attack"): marked aux "hypothetical". */
    HYPOTHETICAL,
    /** The head word has a different part of speech than the pattern's (a noun pattern on a verb). */
    WRONG_PART_OF_SPEECH,
    /** The head word matched but another word of the trigger (object, particle, preposition) is missing. */
    TRIGGER_WORDS_MISSING,
    /** A more specific pattern (more trigger words, or a user file) matched the same head word. */
    OUTRANKED,
    /** The word is already part of a longer trigger ("talks" in "broke off talks"). */
    PART_OF_LONGER_TRIGGER,
    /**
     * A noun trigger inside an organisation's name ("Shanghai Cooperation Organisation", "the
     * Joint Military and Defense Cooperation Commission"): the name of a body, not an event.
     */
    PART_OF_NAME,
    /**
     * A noun trigger that names a press event ("said at a news conference", "told a press
     * briefing"): the setting of a statement, not a consultation ({@code press-modifier} in
     * word-lists.tsv); or an event whose only recipient is a news outlet spoken to or told
     * ("spoke to Reuters", "told AFP that …": {@link PressRecipient}).
     */
    PRESS_EVENT,
    /** The event is only asked about: "did not say whether troops would be stationed" ({@link OpenQuestion}). */
    OPEN_QUESTION,
    /** A command to the actor's own army, police or officials ("ordered the army to respond"; {@link OwnSideOrder}). */
    OWN_SIDE_ORDER,
    /** A demand on a verb of command whose ordered act is coded as the commander's ("ordered them held"; {@link OrderedAct}). */
    ORDERED_ACT,
    /**
     * A consultation with one party and no other ("the commission's meeting", "held
     * consultations"): PLOVER's CONSULT is between actors, so one alone codes nothing.
     */
    LONE_CONSULTATION,
    /** Nothing in the actor positions of the pattern names an entity. */
    NO_ACTOR,
    /** The actor positions name only entities without a country or organisation code. */
    NO_CODED_ACTOR,
    /** Actor and recipient are the same entities ("Iran ... with Iran"): not an event between actors. */
    SAME_ACTOR_AND_RECIPIENT,
    /**
     * A warning that forecasts what a thing will do ("warned that its funds would run out", "warned that
     * the decree risks dividing the region"), not what a party will do to another: no threat ({@link ForecastWarning}).
     */
    FORECAST,
    /** The event is the complement of a frame event that includes it ("refused to meet" is one REJECT). */
    ABSORBED_BY_FRAME,
    /**
     * A frame verb that is here only the light verb of a noun event it takes as its object
     * ("undertook a mediation mission", not "undertook to mediate"): the noun event is coded.
     */
    LIGHT_VERB_OF_NOUN_EVENT,
    /**
     * A noun event mentioned in passing ("following the invasion of", "seized from UN
     * peacekeepers", "a settlement in the talks") in a sentence whose verb event is already
     * coded: the noun is not carried by a light or participation verb, so it is background.
     */
    BACKGROUND_NOUN,
    /**
     * A verb of rejecting aimed at an accusation ("rejected the accusation", "dismissed the criticism"): a
     * denial (CAMEO 016 deny responsibility, which PLOVER does not code), not a REJECT ({@link Denial}); or an act
     * in the clause a denial governs ("denied that its forces had fired on the boat"; {@link NonFactualClause}).
     */
    DENIAL,
    /**
     * An act named as the condition of another ("would free them if the army withdrew", "would keep attacking
     * until Islamabad released its fighters"): not asserted ({@link NonFactualClause}).
     */
    CONDITION,
    /**
     * A verb of rejecting whose object or infinitive is a comment ("declined to comment", "declined further
     * comment", "declined to be named"): CAMEO 011 decline comment, which PLOVER does not code ({@link Denial}).
     */
    DECLINED_COMMENT,
    /** The same event type between the same parties was already coded from this sentence. */
    DUPLICATE,
    /** A statement's evaluative words are negated or denied ("this was not an act of aggression"): no criticism. */
    DENIED_STATEMENT,
    /** A statement's words of retaliation are not stated as future, possible or obligatory ("responded to questions"). */
    NOT_A_WARNING,
    /** A statement aimed at no party the text names, or only at the speaker's own side. */
    NO_TARGET,
    /** A statement's evaluative words name a condition or any case of a kind ("if they make a provocation", "every violation"). */
    HYPOTHETICAL_STATEMENT,
    /** A statement's evaluative words are the content of an event already coded from the sentence ("condemned the raids as a violation"). */
    CONTENT_OF_EVENT
}
