package org.annalist.events;

import java.util.List;
import java.util.Optional;
import org.annalist.events.ontology.CameoCode;
import org.annalist.events.ontology.EventOntology;
import org.annalist.events.ontology.PloverEventType;
import org.annalist.events.patterns.EventPattern;
import org.annalist.events.patterns.ListName;
import org.annalist.events.patterns.WordLists;
import org.annalist.language.Dependency;
import org.annalist.language.Token;

/**
 * What a candidate is coded as once it is known to be an event: the pattern's own type and
 * CAMEO code, or the convention that replaces or accompanies it. A stated commitment ("is
 * willing to send") is the intent itself; a future cooperative action is, depending on the
 * {@code future-intent} row, only future-marked, an intent beside it, or an intent instead of it
 * (the news gold's and the 2016 PLOVER records' conventions differ); a negated future ("would not
 * take part") is a refusal. Kept apart from the coder so that the conventions can be read in one
 * place and changed with the word lists.
 */
final class CodingConvention {

    /**
     * The chosen coding, the modality marks left once it is chosen, an intent event to code beside it
     * (or null), and whether the chosen coding is a warning aimed at nobody named (no recipient).
     */
    record Choice(Coding coding, List<String> aux, Coding intentAlso, boolean aimedAtNobody) {}

    /** Recipient sources that are the place forces are sent to ({@link #sentAbroad}). */
    private static final java.util.Set<String> DESTINATION_SOURCES = java.util.Set.of("to", "in", "into", "at");

    private final EventOntology ontology;
    private final WordLists words;
    private final Modality modality;
    private final AwaitedEventTime awaited;

    CodingConvention(EventOntology ontology, WordLists words, Modality modality) {
        this.ontology = ontology;
        this.words = words;
        this.modality = modality;
        this.awaited = new AwaitedEventTime(words);
    }

    /**
     * The coding for a candidate whose coded actors are known. {@code scheduled}: the sentence dates
     * the action after the article's date ("will travel to Paris next week", "would meet parents on
     * Tuesday"): a planned, dated event is reported as the future event itself, not as a declared
     * intention, so no AGREE is coded beside it (the news gold's convention; the 2016 PLOVER records,
     * which code the intent, come without article dates). {@code aim}: whom the act is aimed at when
     * that is a generic referent ({@link GenericReferent#aimOf}).
     */
    Choice choose(SentenceGraph graph, Candidate candidate, List<EventParty> actors, List<EventParty> recipients, boolean scheduled,
            GenericReferent.Aim aim) {
        TriggerMatch match = candidate.match();
        EventPattern pattern = match.pattern();
        List<String> aux = candidate.aux();
        Coding coding = new Coding(pattern.event(), pattern.cameo(), pattern.mode(), pattern.contexts(), pattern.id());
        boolean plain = !aux.contains(Modality.NEGATION) && !aux.contains(Modality.HYPOTHETICAL);
        Coding intentAlso = null;
        if (plain && !coding.event().equals("AGREE") && !coding.event().equals("THREATEN")) {
            Optional<Coding> intent = words.value(ListName.INTENT_CODE, coding.event())
                    .map(code -> Coding.of(ontology.cameo(code).orElseThrow(), pattern.id()));
            if (intent.isPresent() && isCooperative(coding.event()) && commitmentFrame(graph, match).isPresent()) {
                // "is willing to send", "is ready to resume talks": the stated commitment is the event
                coding = intent.get().withRule(pattern.id() + "+commitment");
                aux = aux.stream().filter(mark -> !mark.equals(Modality.FUTURE)).toList();
            } else if (intent.isPresent() && aux.contains(Modality.FUTURE)) {
                FutureIntent style = futureIntent(coding.event());
                if (style == FutureIntent.REPLACE) {
                    coding = intent.get().withRule(pattern.id() + "+intent");
                } else if (style == FutureIntent.BESIDE && announcedByActor(candidate, actors) && !scheduled) {
                    intentAlso = intent.get().withRule(pattern.id() + "+intent");
                }
            }
        }
        if (isRefusal(aux, pattern, coding.event(), words)) {
            Optional<String> refusal = words.value(ListName.REFUSAL_CODE, coding.event());
            if (refusal.isPresent()) {
                coding = Coding.of(ontology.cameo(refusal.get()).orElseThrow(), pattern.id() + "+refusal");
                aux = aux.stream().filter(mark -> !mark.equals(Modality.NEGATION) && !mark.equals(Modality.FUTURE)).toList();
            }
        }
        boolean aimedAtNobody = false;
        Optional<String> warning = words.value(ListName.WARNING_CODE, coding.event());
        if (warning.isPresent() && aim != GenericReferent.Aim.NAMED && isWarning(aux)) {
            // "police will arrest anyone who blocks the roads", "we will punish those who attacked our
            // officers": a stated future act against whoever does something is a threat, not the act
            coding = Coding.of(ontology.cameo(warning.get()).orElseThrow(), pattern.id() + "+warning");
            aux = aux.stream().filter(mark -> !mark.equals(Modality.FUTURE)).toList();
            aimedAtNobody = aim == GenericReferent.Aim.NOBODY;
        }
        Optional<String> deployed = forceArrival(pattern.head(), coding.event(), actors);
        if (deployed.isPresent()) {
            // "400 Kenyan police officers landed in Port-au-Prince": forces arriving are deployed, not visiting
            coding = Coding.of(ontology.cameo(deployed.get()).orElseThrow(), pattern.id() + "+forces");
        }
        Optional<String> abroad = words.value(ListName.FOREIGN_DEPLOYMENT_CODE, coding.cameo());
        if (abroad.isPresent() && sentAbroad(candidate, actors, recipients)) {
            // "Rwanda sent 1,000 soldiers to Cabo Delgado": forces sent into another country protect it
            coding = Coding.of(ontology.cameo(abroad.get()).orElseThrow(), pattern.id() + "+abroad");
        }
        Optional<String> joint = words.value(ListName.JOINT_ACT_CODE, coding.cameo());
        if (joint.isPresent() && actors.stream().map(EventParty::code).distinct().count() > 1) {
            // "the United States and South Korea began their annual exercises": held together, a joint drill
            coding = Coding.of(ontology.cameo(joint.get()).orElseThrow(), pattern.id() + "+joint");
        }
        if (pattern.complementCondition() == org.annalist.events.patterns.ComplementCondition.PREDICATE) {
            Optional<String> praise = Characterisation.praise(graph, match.head(), words);
            if (praise.isPresent()) {
                // "called China a reliable partner": a judgement in praise of the object's author
                coding = Coding.of(ontology.cameo(praise.get()).orElseThrow(), pattern.id() + "+praise");
            }
        }
        Optional<String> byState = words.value(ListName.STATE_FORCE_CODE, coding.cameo());
        if (byState.isPresent() && byStateForces(actors)) {
            // "Police blocked the marchers", "two coast guard ships blocked the supply boat": not a protest
            coding = Coding.of(ontology.cameo(byState.get()).orElseThrow(), pattern.id() + "+state");
        }
        return new Choice(coding, aux, intentAlso, aimedAtNobody);
    }

    /**
     * The deployment code of a consultation coded from a verb of arriving (a {@code force-arrival-verb}: arrive,
     * land, fly) whose actors are all forces of one {@code force-arrival-sector} kind: troops (154) or police
     * (153); empty otherwise. Sending a delegation or touring a region stays a visit.
     */
    private Optional<String> forceArrival(String verb, String event, List<EventParty> actors) {
        if (!event.equals("CONSULT") || !words.contains(ListName.FORCE_ARRIVAL_VERB, verb) || actors.isEmpty()) {
            return Optional.empty();
        }
        java.util.Set<String> codes = new java.util.HashSet<>();
        for (EventParty party : actors) {
            Optional<String> code = party.sector() == null ? Optional.empty() : words.value(ListName.FORCE_ARRIVAL_SECTOR, party.sector());
            if (code.isEmpty()) {
                return Optional.empty();
            }
            codes.add(code.get());
        }
        return codes.size() == 1 ? Optional.of(codes.iterator().next()) : Optional.empty();
    }

    /** Whether every actor is a state's force or agency (a sector on {@code state-force-sector}). */
    private boolean byStateForces(List<EventParty> actors) {
        return !actors.isEmpty() && actors.stream()
                .allMatch(party -> party.sector() != null && words.value(ListName.STATE_FORCE_SECTOR, party.sector()).isPresent());
    }

    /**
     * Whether the forces go to another country: the recipient is the place they are sent to or
     * stationed in (a destination preposition on the trigger: "to", "in", "into", "at"), and it is
     * no country of the actor's. A target named otherwise ("deployed troops to its border with
     * Guyana", "along the frontier", "against the rebels") is a show of force towards it.
     */
    private static boolean sentAbroad(Candidate candidate, List<EventParty> actors, List<EventParty> recipients) {
        if (recipients.isEmpty() || !DESTINATION_SOURCES.contains(String.valueOf(candidate.recipient().source()))) {
            return false;
        }
        java.util.Set<String> own = new java.util.HashSet<>();
        actors.forEach(party -> own.add(party.code()));
        return recipients.stream().noneMatch(party -> own.contains(party.code()));
    }

    /**
     * Whether a negated event of a type with a refusal code is a refusal (a REJECT fact): stated as a
     * future action ("would not take part"), or, for a verb of stance (word-lists.tsv stance-verb), in
     * any tense but a possibility ("Bangkok did not recognise the court's jurisdiction": a stance reported
     * in the past is held now).
     */
    static boolean isRefusal(List<String> aux, EventPattern pattern, String event, WordLists words) {
        if (!aux.contains(Modality.NEGATION) || aux.contains(Modality.HYPOTHETICAL)
                || words.value(ListName.REFUSAL_CODE, event).isEmpty()) {
            return false;
        }
        return aux.contains(Modality.FUTURE) || words.contains(ListName.STANCE_VERB, pattern.head());
    }

    /** Whether the marks state a future act outright: future, neither negated nor a possibility. */
    private static boolean isWarning(List<String> aux) {
        return aux.contains(Modality.FUTURE) && !aux.contains(Modality.NEGATION) && !aux.contains(Modality.HYPOTHETICAL);
    }

    /**
     * The sentence's time expressions that date the action itself: those hung (within three steps
     * up the parse) from the trigger's predicate, not from the verb that reports it ("said on
     * Wednesday they would meet the mediator" dates the saying), nor from a later gathering the
     * action points to ({@link AwaitedEventTime}: "turned down an invitation to talks on Thursday").
     */
    List<org.annalist.language.TimeExpression> timesOfAction(SentenceGraph graph, TriggerMatch match,
            List<org.annalist.language.TimeExpression> times) {
        int predicate = modality.predicate(graph, match);
        return times.stream().filter(time -> {
            int node = graph.sentence().tokenAt(time.start());
            if (node >= 0 && awaited.datesAwaitedEvent(graph, node, match.head())) {
                // "turned down an invitation to talks on Thursday": the talks' day, not the refusal's
                return false;
            }
            for (int step = 0; step < 3 && node >= 0; step++) {
                Dependency up = graph.basicHead(node);
                if (up == null || up.governor() < 0) {
                    return false;
                }
                if (up.governor() == predicate || up.governor() == match.head()) {
                    return true;
                }
                node = up.governor();
            }
            return false;
        }).toList();
    }

    /** What an event is coded as: type, CAMEO code, mode, base contexts and the rule that says so. */
    record Coding(String event, String cameo, String mode, List<String> contexts, String rule) {

        static Coding of(CameoCode code, String rule) {
            return new Coding(code.ploverEvent(), code.code(), code.ploverMode(), code.contexts(), rule);
        }

        Coding withRule(String newRule) {
            return new Coding(event, cameo, mode, contexts, newRule);
        }
    }

    /** How a future cooperative event is coded besides its own type ({@code future-intent} in word-lists.tsv). */
    private enum FutureIntent {
        /** Only the future-marked event ("will meet" is CONSULT, aux future): the news gold's convention. */
        NONE,
        /** The future event and, beside it, an AGREE "express intent" fact by the same actor. */
        BESIDE,
        /** An AGREE "express intent" event instead of the future event: the 2016 PLOVER records' convention. */
        REPLACE
    }

    /** The convention for a future event of this type: its {@code future-intent} row's value. */
    private FutureIntent futureIntent(String eventType) {
        return words.value(ListName.FUTURE_INTENT, eventType)
                .map(value -> FutureIntent.valueOf(value.toUpperCase(java.util.Locale.ROOT)))
                .orElse(FutureIntent.NONE);
    }

    /**
     * Whether one actor announces its own action: the actor is the action's subject (not a party
     * named elsewhere) and names one country or organisation. A compound subject ("Iran and Iraq
     * will meet", "the two countries will exchange data") reports a joint schedule, not one side's
     * stated intention.
     */
    private static boolean announcedByActor(Candidate candidate, List<EventParty> actors) {
        String source = candidate.actor().source();
        return source != null && (source.contains("subject") || source.contains("governor"))
                && actors.stream().map(EventParty::code).distinct().count() == 1;
    }

    /**
     * The adjective or verb of commitment whose complement the trigger's predicate is ("is
     * willing to send", "stands ready to mediate", "is prepared to lift"): {@code commitment-frame}
     * in word-lists.tsv.
     */
    private Optional<Token> commitmentFrame(SentenceGraph graph, TriggerMatch match) {
        return commitmentFrameOver(graph, modality.predicate(graph, match), words);
    }

    /**
     * The commitment word whose open complement this predicate is, if any: shared with
     * {@link LoneConsultation}, which keeps "Kabul was ready to negotiate" for this class to code
     * as the stated intent although it names no second party.
     */
    static Optional<Token> commitmentFrameOver(SentenceGraph graph, int predicate, WordLists words) {
        Token own = graph.token(predicate);
        if (!own.isVerb() && words.containsEither(ListName.COMMITMENT_FRAME, own.lemma(), own.text())) {
            // a noun event hung off the frame itself ("ready for dialogue", "open to talks": RoleFillers.governingVerbs)
            return Optional.of(own);
        }
        Dependency up = graph.basicHead(predicate);
        // the parser sometimes leaves the infinitive of "remained ready to discuss" an unlabelled dep of the frame
        if (up == null || up.governor() < 0 || !(up.relation().equals("xcomp") || up.relation().equals("dep"))) {
            return Optional.empty();
        }
        Token frame = graph.token(up.governor());
        return words.containsEither(ListName.COMMITMENT_FRAME, frame.lemma(), frame.text()) ? Optional.of(frame) : Optional.empty();
    }

    private boolean isCooperative(String event) {
        return ontology.event(event).map(PloverEventType::isCooperative).orElse(false);
    }
}
