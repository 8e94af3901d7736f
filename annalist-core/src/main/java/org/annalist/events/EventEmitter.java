package org.annalist.events;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.annalist.actors.ActorCodes;
import org.annalist.events.patterns.ComplementCondition;
import org.annalist.events.patterns.EventPattern;
import org.annalist.events.patterns.TriggerKind;
import org.annalist.events.patterns.WordLists;
import org.annalist.language.TimeExpression;

/**
 * The last step of coding a sentence: one candidate, its roles filled and its relations to the
 * sentence's other candidates settled, becomes an event or a recorded decision. The decisions
 * here are about the parties of one event (who remains once the actor is taken out of the
 * recipients, whether a place is a venue, whether the event repeats one already coded), so they
 * live apart from {@link DependencyEventCoder}, which decides per match and per sentence; the
 * code itself is {@link CodingConvention}'s choice and the event {@link EventRecorder}'s.
 */
final class EventEmitter {

    /** Determiners by which a noun event refers to one already reported ("after the meeting"). */
    private static final Set<String> REFERRING_DETERMINERS = Set.of("the", "this", "that");

    /**
     * What every fallback recipient source says ({@link HomeRecipient}, {@link ForeignActorRecipient},
     * {@link CounterpartRecipient}, the domestic rule): the sentence named no target, the story supplied one.
     */
    private static final String NO_TARGET_MARK = "no target named";


    /** Recipient sources that name where an event happens rather than whom it is aimed at. */
    private static final Set<String> LOCATIVE_SOURCES = Set.of("in", "from", "at", "inside", "near", "across", "within");


    private final WordLists words;
    private final CodingConvention conventions;
    private final EventRecorder recorder;

    EventEmitter(WordLists words, CodingConvention conventions, EventRecorder recorder) {
        this.words = words;
        this.conventions = conventions;
        this.recorder = recorder;
    }

    /**
     * Codes the candidate as an event, or records why not: no actor, no coded actor, an order to
     * the actor's own side, an obligation stated of no party, the same actor and recipient, a
     * duplicate. Before those checks the actor's own entities leave the recipients, and so do its
     * codes, a place of its own country for a de-escalation, and a joint event's venue.
     *
     * @param recipientParties the recipients to code, which the coder may have taken from an absorbed complement
     * @param coded the keys (event, actor codes, recipient codes) of the sentence's events so far, to which this adds
     */
    void emit(ArticleState state, SentenceGraph graph, Candidate candidate, List<EventParty> recipientParties,
            List<TimeExpression> times, Set<String> coded) {
        TriggerMatch match = candidate.match();
        EventPattern pattern = match.pattern();
        List<EventParty> actors = candidate.actor().parties();
        if (actors.isEmpty()) {
            state.decide(graph, match, DecisionReason.NO_ACTOR, "actor sought in " + pattern.actor() + ": nothing", null);
            return;
        }
        if (!candidate.actor().anyCoded()) {
            state.decide(graph, match, DecisionReason.NO_CODED_ACTOR,
                    "actor " + EventRecorder.names(actors) + " (" + candidate.actor().source() + ") has no code", null);
            return;
        }
        actors = actors.stream().filter(party -> party.code() != null).toList();
        Set<String> actorEntities = new HashSet<>();
        actors.forEach(party -> actorEntities.add(party.entity()));
        List<EventParty> recipients = recipientParties.stream()
                .filter(party -> party.code() != null)
                .filter(party -> party.entity() == null || !actorEntities.contains(party.entity())).toList();
        Set<String> actorCodes = new HashSet<>();
        actors.forEach(party -> actorCodes.add(party.code()));
        if (recipients.stream().anyMatch(party -> !actorCodes.contains(party.code()))
                && !addressesOwnGovernment(state.finalSectors.apply(actors), recipients, party -> isUnsectoredBody(state, party))) {
            // "Venezuela ... its neighbour" with both main countries named: an actor is not its own co-recipient
            recipients = recipients.stream().filter(party -> !actorCodes.contains(party.code())).toList();
        }
        if (!recipients.isEmpty() && pattern.cameo().startsWith("087") && LOCATIVE_SOURCES.contains(String.valueOf(candidate.recipient().source()))
                && recipients.stream().allMatch(party -> actorCodes.contains(party.code()))) {
            // a military de-escalation at a place of the actor's own country ("declared a ceasefire in
            // south Lebanon", "withdrew from the town of Walikale") is towards an unnamed adversary;
            // other domestic events keep the place's country ("killed three in a gunbattle in Serbia")
            recipients = List.of();
            recipientParties = List.of();
        }
        if (actorCodes.size() > 1 && !recipients.isEmpty() && recipients.stream().allMatch(party -> isPlace(state, party))
                && !recipients.stream().allMatch(party -> isObjectOf(graph, match.head(), party))) {
            // "Ukrainian and Russian delegations held talks in Istanbul": a joint event's venue is
            // where it happens (event_loc), not a party to it; a place that is the act's object
            // stands for its government ("Lithuania and Latvia backed Warsaw")
            recipients = List.of();
            recipientParties = List.of();
        }
        if (OwnSideOrder.isOwnSide(graph.token(match.head()), Set.copyOf(actorCodes), recipientParties, words)) {
            state.decide(graph, match, DecisionReason.OWN_SIDE_ORDER, "an order to the actor's own side", null);
            return;
        }
        String recipientSource = String.valueOf(candidate.recipient().source());
        boolean wordOfNoParty = recipientSource.startsWith("domestic ") && recipientParties.stream().allMatch(party -> party.entity() == null);
        if (pattern.complementCondition() == ComplementCondition.OBLIGATION && (recipientSource.contains(NO_TARGET_MARK) || wordOfNoParty)) {
            // "“No child should fear going to school,” the president said", "Those who ordered this must answer for
            // it", "“Water should be a reason for cooperation,” Erdogan told …": an obligation stated of no party is a
            // principle or a warning, not a demand on anyone
            state.decide(graph, match, DecisionReason.NO_TARGET, "an obligation stated of no party the text names", null);
            return;
        }
        if (recipients.isEmpty() && recipientParties.stream().anyMatch(party -> party.code() != null)) {
            state.decide(graph, match, DecisionReason.SAME_ACTOR_AND_RECIPIENT,
                    "actor and recipient are both " + EventRecorder.names(actors), null);
            return;
        }
        boolean untargeted = recipients.isEmpty() || DependencyEventCoder.NO_TARGET_SOURCE.equals(candidate.recipient().source());
        if (untargeted) {
            Optional<Event> covering = coveringEvent(state, graph, match, actors, candidate.aux().contains(Modality.FUTURE));
            if (covering.isPresent()) {
                state.decide(graph, match, DecisionReason.DUPLICATE, "no other party named; part of "
                        + covering.get().id() + " (" + covering.get().event() + " between the same parties)", null);
                return;
            }
        }
        String key = pattern.event() + "|" + codes(actors) + "|" + codes(recipients);
        if (!coded.add(key)) {
            state.decide(graph, match, DecisionReason.DUPLICATE, "already coded " + key, null);
            return;
        }
        CodingConvention.Choice choice = conventions.choose(graph, candidate, actors, recipients,
                Modality.sameDayOrLater(conventions.timesOfAction(graph, candidate.match(), times), state.document.article().date()),
                GenericReferent.aimOf(graph, match.head(), words, state.parties));
        if (choice.aimedAtNobody()) {
            // a warning to whoever: no party is threatened ("will arrest anyone who …")
            recipients = List.of();
        }
        recorder.record(state, graph, candidate, actors, recipients, choice.coding(), choice.aux(), times);
        if (choice.intentAlso() != null && coded.add(choice.intentAlso().event() + "|" + codes(actors) + "|" + codes(recipients))) {
            recorder.record(state, graph, candidate, actors, recipients, choice.intentAlso(), List.of(), times);
        }
    }

    /** Whether the party's mention is the verb's own object ("backed Warsaw"), not a modifier of it ("welcomed the Isfahan deal"). */
    private static boolean isObjectOf(SentenceGraph graph, int verb, EventParty party) {
        if (party.mention() == null) {
            return false;
        }
        int token = graph.sentence().tokenAt(party.mention().start());
        return token >= 0 && graph.dependents(verb).stream().anyMatch(arc -> arc.relation().equals("obj") && arc.dependent() == token);
    }

    /**
     * "Mexico's main business lobby urged both governments to return to the table": a party outside
     * the state (a business group, a party, a union) addressing the pair a reciprocal noun names
     * addresses its own government too, so the actor's country stays among the recipients; the
     * actors are judged by the sectors the finished event gives them, so a country named only as
     * the modifier of such a body ("U.S. business groups", "Mexico's main business lobby") is that
     * body, not its state. The pair
     * is two coded parties of distinct codes named by one word; every actor must have a known
     * sector outside the state, or be an organisation with no sector at all ("Business Unity South
     * Africa", "the Association of the Petroleum Industry of Kurdistan": the actors stage gives a
     * state body its sector from its words, so a body it knows none for is not the state).
     */
    private static boolean addressesOwnGovernment(List<EventParty> actors, List<EventParty> recipients,
            java.util.function.Predicate<EventParty> unsectoredBody) {
        if (actors.stream().anyMatch(party -> party.sector() == null ? !unsectoredBody.test(party) : ActorCodes.STATE_SECTORS.contains(party.sector()))) {
            return false;
        }
        Set<String> actorCodes = new HashSet<>();
        actors.forEach(party -> actorCodes.add(party.code()));
        for (EventParty party : recipients) {
            for (EventParty other : recipients) {
                if (party != other && party.mention() != null && party.mention().equals(other.mention())
                        && !party.code().equals(other.code()) && actorCodes.contains(party.code())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the party is an organisation the actors stage gave no sector. */
    private static boolean isUnsectoredBody(ArticleState state, EventParty party) {
        return party.sector() == null && party.entity() != null
                && state.actors.byId(party.entity()).map(entity -> "ORGANIZATION".equals(entity.type())).orElse(false);
    }

    /** Whether the party is a named place (a city, a region), not a country or an actor. */
    private static boolean isPlace(ArticleState state, EventParty party) {
        return party.entity() != null && state.actors.byId(party.entity()).map(entity -> "LOCATION".equals(entity.type())).orElse(false);
    }

    /**
     * An event without another party that only repeats one already coded: in the same sentence
     * ("met Hasanov ... to discuss border security"), or, for a noun with "the"/"this" ("said
     * after the meeting", "following the talks"), anywhere earlier in the article: an earlier
     * event of the same type whose parties include all of this event's actor codes. A future
     * event is never part of a past one ("will meet again").
     */
    private Optional<Event> coveringEvent(ArticleState state, SentenceGraph graph, TriggerMatch match, List<EventParty> actors,
            boolean future) {
        Set<String> actorCodes = new HashSet<>();
        actors.forEach(party -> actorCodes.add(party.code()));
        // "after the meeting", "our sanctions": a determiner or a possessive pronoun refers back
        boolean definiteNoun = match.pattern().kind() == TriggerKind.NOUN
                && graph.dependents(match.head()).stream().anyMatch(arc -> arc.relation().equals("det")
                        && REFERRING_DETERMINERS.contains(graph.token(arc.dependent()).text().toLowerCase(java.util.Locale.ROOT))
                        || arc.relation().equals("nmod:poss") && graph.token(arc.dependent()).isPronoun());
        for (int index = state.events.size() - 1; index >= 0; index--) {
            Event earlier = state.events.get(index);
            boolean sameSentence = earlier.evidence().sentenceIndex() == graph.sentence().index();
            if (!sameSentence && !definiteNoun) {
                break;
            }
            if (!earlier.event().equals(match.pattern().event()) || earlier.recipients().isEmpty()
                    || earlier.aux().contains(Modality.FUTURE) != future) {
                continue;
            }
            Set<String> parties = new HashSet<>();
            earlier.actors().forEach(party -> parties.add(party.code()));
            earlier.recipients().forEach(party -> parties.add(party.code()));
            if (parties.containsAll(actorCodes)) {
                return Optional.of(earlier);
            }
        }
        return Optional.empty();
    }

    private static String codes(List<EventParty> parties) {
        return parties.stream().map(party -> String.valueOf(party.code())).sorted().distinct().toList().toString();
    }
}
