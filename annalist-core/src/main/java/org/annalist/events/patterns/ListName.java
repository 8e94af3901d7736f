package org.annalist.events.patterns;

import java.util.Locale;

/**
 * The closed word lists of {@code events/word-lists.tsv}, each constant named as in the file's
 * {@code list} column (lower case, '-' for '_') and documented with what its words mean to the
 * rules that read it. This catalogue is kept apart from {@link WordLists}, which loads, checks and
 * looks up the rows, because it grows with every rule while the loading stays the same.
 */
public enum ListName {
    /** Verbs whose object or passive subject names the event: "held talks", "conducted drills". */
    LIGHT_VERB,
    /** Prepositions by which a verb's subject takes part in a noun event: "spoke during the meeting". */
    PARTICIPATION_PREPOSITION,
    /**
     * The participation prepositions that only place the verb's action before or after the
     * noun event ("offered to mediate following the war"): through them a noun event met
     * beside a coded verb event is background, not the verb subject's own event.
     */
    SEQUENCE_PREPOSITION,
    /** Plural nouns that, without a name, refer to the two main countries: "the countries", "both sides". */
    RECIPROCAL_NOUN,
    /** Words that negate the trigger: "not", "never". */
    NEGATION,
    /** Verbs whose complement did not happen: "failed to meet". */
    NEGATIVE_FRAME,
    /** Auxiliaries of the future: "will". */
    FUTURE_AUXILIARY,
    /** Verbs (or adjectives) whose complement is intended or expected: "plans to", "is expected to". */
    FUTURE_FRAME,
    /** Auxiliaries of possibility or condition: "would", "could". */
    HYPOTHETICAL_AUXILIARY,
    /** Subordinators of a condition: "if", "unless". */
    CONDITION_MARKER,
    /**
     * Subordinators whose clause names what must happen first ("until", "before", "once"): under a future,
     * possible or infinitival clause ("would not reopen the crossings until Minsk stopped …") the clause is a
     * condition, not a fact ({@code org.annalist.events.NonFactualClause}).
     */
    PENDING_MARKER,
    /** Verbs of denying: the clause they govern is denied, not asserted ("denied that its troops had fired"). */
    DENIAL_VERB,
    /** Verbs of saying: under them "would" reports a future, not a hypothesis. */
    SPEECH_VERB,
    /**
     * A verb that repeats or restores another's action → that verb ("reimposed a blockade" →
     * impose, "re-opened its borders" → open): its token is matched with the base verb's patterns too.
     */
    VERB_VARIANT,
    /**
     * Modals of obligation ("must", "should"): a pattern with complement {@code obligation}
     * fires only when its clausal complement has one ("said Iraq must cooperate" is a demand).
     */
    OBLIGATION_MODAL,
    /** Word → PLOVER context it signals when it modifies the trigger ("military" → military). */
    CONTEXT_CUE,
    /** Actor sector → PLOVER context ("MIL" → military). */
    SECTOR_CONTEXT,
    /**
     * PLOVER event → CAMEO "express intent" code (CONSULT → 036): the code of a stated
     * commitment to that cooperative action ("is willing to send" → AGREE 033), and of its
     * future form when {@link #FUTURE_INTENT} asks for it.
     */
    INTENT_CODE,
    /**
     * Adjectives and verbs of commitment whose complement is an intended cooperative action
     * ("willing", "ready", "prepared"): the commitment is coded as an AGREE fact with the
     * action's {@link #INTENT_CODE}.
     */
    COMMITMENT_FRAME,
    /**
     * Nouns of talks that a {@link #COMMITMENT_FRAME} word takes through "for" or "to" ("ready
     * for dialogue", "open to talks"): the frame's subject offers them. Only these, so that
     * "ready for war" names no attacker.
     */
    OFFERED_NOUN,
    /**
     * Nouns of a state two sides share that a subject is "in" ("Doha had been in touch with
     * both capitals", "Iran is in talks with the agency"): that subject takes part. Only these,
     * so that "the leader is in custody" does not make the leader his own jailer.
     */
    PARTICIPATION_PREDICATE,
    /**
     * PLOVER event → the convention for its future form ("will support", "said it would
     * allow"): {@code beside} codes an AGREE "express intent" fact beside the future-marked
     * event, {@code replace} codes the AGREE instead of it; no row keeps the future event alone.
     */
    FUTURE_INTENT,
    /**
     * PLOVER event → CAMEO "reject" code its negated future form is coded as: "would not take
     * part", "will never pay" are refusals (REJECT facts), not negated cooperation.
     */
    REFUSAL_CODE,
    /**
     * PLOVER conflict event → CAMEO "threaten" code of its stated future form aimed at a generic
     * target: "police will arrest anyone who blocks the roads" is a threat (137), not a future arrest.
     */
    WARNING_CODE,
    /**
     * Verbs of stance ("recognise"): negated in any tense but a possibility they are a refusal
     * held now ("did not recognise the court's jurisdiction"), coded with the {@link #REFUSAL_CODE}.
     */
    STANCE_VERB,
    /**
     * Nouns of a written statement ("statement", "letter"): a participle on one that is a verb's object
     * ("issued a joint statement calling on all sides") is done by that verb's subject.
     */
    DOCUMENT_NOUN,
    /**
     * PLOVER event types whose agentless passive, reported by a party ("Zakharova said the ambassador
     * would be summoned"), is not taken as the reporter's own act ({@code ReportedPassive}): violence
     * is mostly reported by its victims' side.
     */
    REPORTED_PASSIVE_EXCLUDED,
    /**
     * Singular nouns for a country ("the country", "the kingdom"): as the subject of a reported clause,
     * the reporter's own country ({@code ReportedOwner}).
     */
    OWN_COUNTRY_NOUN,
    /**
     * Nouns for a country's own people or groups ("protesters", "the opposition", "journalists"):
     * named without a country as a recipient, they are of the actor's country.
     */
    DOMESTIC_PARTICIPANT,
    /**
     * Kinds of group that carry a code of their own as an event's actor ("rights groups": NGO;
     * "jihadists": the armed group the article names), before the home-country convention
     * ({@code UnnamedGroupActor}).
     */
    UNNAMED_GROUP_CODE,
    /**
     * Nouns that, with "the"/"this", refer back to an action already reported ("condemned the
     * move", "welcomed the decision"): the recipient is the actor of the most recent earlier event.
     */
    ANAPHORIC_NOUN,
    /**
     * Relational nouns whose owner is the other party ("his Iranian counterpart"): the party is
     * found through the noun's modifier or name, never through its owner.
     */
    COUNTERPART_NOUN,
    /**
     * Nouns for a person who speaks or acts for a body ("a spokesperson for the Chinese
     * embassy accused Australia"): the party is the body named after "for".
     */
    MOUTHPIECE_NOUN,
    /**
     * Verbs of a two-way exchange ("exchanged", "traded"): with an {@link #EACH_WAY_OBJECT}
     * and a joint subject, each party acts on the other ("Israel and Hamas traded accusations").
     */
    EACH_WAY_VERB,
    /** Objects that make an exchange hostile and two-way: accusations, fire, threats, prisoners. */
    EACH_WAY_OBJECT,
    /**
     * PLOVER events that answer what another party did to the actor ("warned that it would
     * take all necessary measures", "rejected the demand", "vowed to retaliate"): named without
     * a target, their recipient is the party that last acted on the actor in the article.
     */
    RESPONSE_EVENT,
    /**
     * Sectors of a country's own non-state parties (rebels, the opposition, unions, civil
     * groups): their threats and refusals answer their own state, not a foreign doer.
     */
    CHALLENGER_SECTOR,
    /**
     * Nouns of an armed group's own arms ("would not give up its weapons", "rejected any timetable
     * for handing over its weapons"): a rebel group's refusal to disarm answers its own state.
     */
    DISARM_NOUN,
    /**
     * PLOVER events aimed by nature at another party (accusations, demands, sanctions): named
     * without a target in a story between two countries, their recipient is the other country.
     */
    DIRECTED_EVENT,
    /**
     * Verbs of summoning ("summoned the ambassador to lodge a protest"): their infinitive is the
     * summoner's errand, done by the verb's subject, not by the object the parser makes its subject.
     */
    SUMMONING_VERB,
    /**
     * Modifiers that make a meeting noun a press event ("news conference", "press briefing"):
     * where a statement was made, not a consultation between actors.
     */
    PRESS_MODIFIER,
    /**
     * CAMEO codes (or code prefixes) of acts a party does with its own forces or on its own
     * side ("placed its missile units on alert", "reinforced its troops", "declared a
     * unilateral ceasefire"): named without a target they have no recipient. The domestic
     * rule would make the actor's own units, border or country the target, which no gold set
     * codes; the code's target, when there is one, is named ("deployed troops to its border
     * with Guyana").
     */
    OWN_FORCES_CODE,
    /**
     * CAMEO codes (or code prefixes) of sending one's forces somewhere (value: the code they are
     * coded as instead when the place they go to is another country's): troops or police sent to
     * an ally ("Rwanda sent 1,000 soldiers to Cabo Delgado", "would send 2,000 troops to Saudi
     * Arabia") are military protection of that country (AID 074), as the news gold codes them.
     */
    FOREIGN_DEPLOYMENT_CODE,
    /**
     * CAMEO codes of an act of one's own forces (value: the code it is coded as instead when the
     * actors are two or more countries together): "Seoul and Washington began their annual
     * exercises" is joint military cooperation (COOPERATE 062), not a show of force (MOBILIZE 150).
     */
    JOINT_ACT_CODE,
    /**
     * CAMEO codes of a challenger's obstruction (value: the code it is coded as instead when every
     * actor is a state's force, {@link #STATE_FORCE_SECTOR}): protesters blocking a road protest
     * (144), police or troops blocking a crowd or a vessel restrict its movement (COERCE 191).
     */
    STATE_FORCE_CODE,
    /** Sectors of a state's own forces and agencies (police, armed forces, intelligence, government). */
    STATE_FORCE_SECTOR,
    /**
     * Verbs of arriving (arrive, land, fly): a consultation coded from one whose every actor is a force of a
     * {@link #FORCE_ARRIVAL_SECTOR} is a deployment, not a visit ("200 soldiers landed in Port-au-Prince").
     */
    FORCE_ARRIVAL_VERB,
    /** Sectors of armed or police forces (value: the CAMEO code their arrival is coded as: 154 troops, 153 police). */
    FORCE_ARRIVAL_SECTOR,
    /**
     * Words of praise in a characterisation's predicate (value: the CAMEO code it is coded as): "called
     * China a reliable partner", "called the deal an important step in the right direction" praise the
     * object's author (SUPPORT 051) rather than denounce it ({@code org.annalist.events.Characterisation}).
     * Value {@code blame}: a word that keeps the characterisation a denunciation ("the wrong direction").
     */
    PRAISE_PREDICATE,
    /**
     * CAMEO codes (or prefixes) of crowd control ("fired tear gas", "used water cannon"): done
     * in the actor's own country and named without a target, it is done to that country's own
     * people, also when the sentence names another country ({@link org.annalist.events.DomesticParties}).
     */
    CROWD_CONTROL_CODE,
    /**
     * Nouns by which news refers back to an organisation it named ("the group", "the
     * movement", "the bloc"): with "the" and naming no entity, they stand for the organisation
     * mentioned last.
     */
    KIND_NOUN,
    /** Verbs of command ("order", "instruct"): an order to the actor's own side is not a request between parties. */
    COMMAND_VERB,
    /**
     * Nouns for an accord or negotiating format a place name can name rather than locate ("the Doha
     * agreement", "the Minsk accords", "the Astana format"): such a place is no event's location.
     */
    ACCORD_NOUN,
    /** Nouns for a state's executive ("the government", "the authorities"): named bare by a foreign actor, the article's country's. */
    GOVERNMENT_NOUN,
    /**
     * Verbs whose present participle closing a clause reports a separate act of that clause's
     * subject ("ordered the envoy to leave, accusing Paris of …"): the participle, which the
     * parser leaves without a subject, takes the clause's.
     */
    PARTICIPLE_ACT,
    /**
     * Verbs of aspect whose gerund complement is done by their own subject ("had begun shelling",
     * "would keep helping"): the parser gives the gerund no subject ({@code SubjectPassing}).
     */
    ASPECT_VERB,
    /**
     * Participles of ownership or command that name a holder in a compound modifier ("a
     * Greek-owned tanker", "a Panama-flagged ship", "a Kenyan-led mission"): the holder is the
     * party behind the noun.
     */
    OWNER_PARTICIPLE,
    /** Nouns for a ship ("tanker", "trawler", "vessel"): named again with "the", it is the ship first named with its flag. */
    VESSEL_NOUN,
    /** Nouns for a ship's people or owner ("crew", "owner"): with "its", they are of the ship's country. */
    VESSEL_PARTY_NOUN,
    /**
     * Nouns for what by its nature lies across a border: a crossing or frontier (closed to the
     * other side), a ship, its crew, fishermen (under another flag more often than not). As the
     * uncoded target of an event they are not the actor's own country ({@code DomesticParties}).
     */
    CROSS_BORDER_NOUN,
    /**
     * Modifiers that say a thing or people come from abroad ("foreign embassies", "imported steel",
     * "European brandy", "Western diplomats"): the noun they modify is not the actor's own country's,
     * so the domestic convention does not make it so ({@code DomesticParties}).
     */
    FOREIGN_ORIGIN_WORD,
    /**
     * Words by which a warning names no one ("whoever", "those who", "anyone who"): as the subject
     * of a stated punishment they make a warning pattern fire, and as a warning's target they
     * leave it without a recipient.
     */
    GENERIC_REFERENT,
    /**
     * Words that open a clause making a stated punishment reach its target anywhere ("will hunt these
     * bandits wherever they hide"): a warning pattern fires on such a clause whatever its subject.
     */
    PURSUIT_SCOPE,
    /**
     * Words that make a plural addressee everyone of a kind ("other countries", "all parties",
     * "member states", "neighbouring states"): an appeal to such a noun that names no party has
     * no recipient ({@code GenericAddressee}).
     */
    GENERIC_ADDRESSEE,
    /**
     * Nouns of an ally ("ally", "allies"): owned by a pronoun ("stood with its ally") and said by
     * a foreign actor, they stand for the article's country ({@code AllyRecipient}).
     */
    ALLY_NOUN,
    /**
     * Verbs of offering ("offer", "propose", "volunteer"): a third party's offer that names no
     * one, in a story between two countries, is made to both ({@code ThirdPartyOffer}).
     */
    OFFER_VERB,
    /**
     * Nouns of gatherings ("conference", "summit", "talks"): a place in their "in" or "at" phrase
     * is where the gathering is held, not a party to the act ({@code PhraseRecipient}).
     */
    VENUE_NOUN,
    /**
     * Nouns of a gathering or collective act that a verb points ahead to through "to" or "for"
     * ("invited the leaders to talks on Thursday", "called for a strike on Friday"): a day in the
     * noun's phrase dates that later event, not the verb's own act ({@code EventDating}).
     */
    AWAITED_EVENT_NOUN,
    /**
     * Adjectives of allegiance ("loyal", "allied"): people they describe ("fighters loyal to a regional
     * administration") belong to whom they are loyal to, not by default to the acting country ({@code DomesticParties}).
     */
    ALLEGIANCE_WORD,
    /**
     * Nouns that only package what an act is about ("package", "shipment", "programme"): a trigger's
     * required object word may be their compound ("suspended a planned aid package" is "suspend aid";
     * {@code TriggerWords}).
     */
    OBJECT_CONTAINER,
    /**
     * Nouns for a kind of place ("city", "port", "province"): a place in their "of" phrase, when
     * the noun is introduced by "in" or "at", is where the event happened ("talks in the Saudi city
     * of Jeddah"), as a place in apposition is ("in the Iranian capital Tehran"; {@code EventSetting}).
     */
    PLACE_NOUN,
    /**
     * Prepositions that introduce what an event is aimed at or done with ("against", "toward",
     * "with"): a place reached through one is not where the event happened ({@code EventSetting}).
     */
    TARGET_PREPOSITION,
    /**
     * Words that make a time bound a span or set a deadline ("since 2022", "until March", "by
     * October"): such a period is not when the event happened ({@code EventDating}).
     */
    BOUNDING_WORD,
    /**
     * Verbs of warning that also forecast ("warn", "caution"): with a reported clause about a thing
     * rather than a party ("warned that its funds would run out") they predict, not threaten
     * ({@code ForecastWarning}).
     */
    FORECAST_WARNING_VERB,
    /**
     * Nouns for a threatened act or its trigger ("measures", "option", "incursion"): as the subject of a
     * warned clause ("warned that tougher measures would follow") they keep the warning a threat.
     */
    THREATENED_ACT_NOUN,
    /**
     * CAMEO codes (or prefixes) of acts only a state's authorities do (arrest, expel, deploy
     * forces): in an agentless passive ("60 people were detained") the actor is the sentence's
     * home country.
     */
    STATE_ACT_CODE,
    /**
     * Reciprocal nouns for the sides of a fight ("both sides", "both warring parties"): when every
     * armed clash the article has coded is within one country, they are that country's. An appeal
     * to all of them ("urged all sides", "all armed groups") is made to the country the story
     * happens in ({@code GenericAddressee#conflictSides}).
     */
    CONFLICT_SIDE_NOUN,
    /**
     * Nouns for a body two states form ("commission", "committee"): modified by a
     * {@link #JOINT_MODIFIER} ("a joint committee would meet"), or with "the" after such a body was
     * named ("The commission will meet again"), it stands for the article's two main countries.
     */
    JOINT_BODY_NOUN,
    /** Modifiers that make a body two states': "joint", "bilateral", "mixed". */
    JOINT_MODIFIER,
    /**
     * Sector phrases whose sector differs in events from the actors dictionary's (value the
     * events sector): coast guards and border guards are COP in events (evaluation/events/README.md)
     * and MIL among entities.
     */
    EVENT_SECTOR,
    /**
     * Nouns for people who act for a state without a sector of their own ("officials",
     * "leaders", "envoy"): heading a state's mention with no sector word ("Polish officials",
     * "Chinese trade officials", "the two leaders") they are its government.
     */
    STATE_AGENT_NOUN,
    /**
     * Nouns for an accusation ("accusation", "charge", "claim"): a characterisation of one ("called the
     * accusations baseless") denies it and is no accusation of its author.
     */
    CHARACTERISED_DENIAL,
    /**
     * PLOVER event types whose verb, aimed at an accusation ({@link #CHARACTERISED_DENIAL}: "rejected the
     * accusation", "dismissed the charges as fabricated"), is a denial (CAMEO 016, which PLOVER does not
     * code), not an event of the type ({@link org.annalist.events.Denial}).
     */
    DENIAL_EVENT,
    /**
     * Words that, as the object or the infinitive of a {@link #DENIAL_EVENT} type's verb, make it a declined
     * comment ("declined to comment", "declined further comment", "declined to be named"): CAMEO 011, which
     * PLOVER does not code ({@link org.annalist.events.Denial}).
     */
    DECLINED_COMMENT,
    /**
     * Verbs of sending people ("would send 50 border guards to help patrol the frontier"): like a
     * {@link #SUMMONING_VERB}, their infinitive is the sender's purpose, so the sender is its actor.
     */
    SENDING_VERB,
    /**
     * Verbs of holding people ("detain", "arrest", "jail"): their past participle describing a noun ("freed
     * four shepherds detained last week") names people by an earlier act and triggers no event.
     */
    BACKGROUND_PARTICIPLE,
    /**
     * PLOVER event types a speaker performs in the same breath as a statement ("said the map violated the
     * understanding and asked India to withdraw it"): a verb of that type joined to the reported clause, whose
     * own subject names no one, is the speaker's act ({@link org.annalist.events.CoordinatedSpeechAct}).
     */
    SPEAKER_ACT;

    String fileName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
