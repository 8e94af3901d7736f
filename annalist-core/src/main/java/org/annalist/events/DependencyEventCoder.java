package org.annalist.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.annalist.actors.ActorAnalysis;
import org.annalist.actors.Entity;
import org.annalist.dictionary.Gazetteer;
import org.annalist.dictionary.SectorDictionary;
import org.annalist.events.ontology.EventOntology;
import org.annalist.events.patterns.ComplementCondition;
import org.annalist.events.patterns.EventPattern;
import org.annalist.events.patterns.PatternDictionary;
import org.annalist.events.patterns.TriggerKind;
import org.annalist.events.patterns.WordLists;
import org.annalist.events.patterns.WordLists.ListName;
import org.annalist.language.AnnotatedDocument;
import org.annalist.language.Dependency;
import org.annalist.language.Sentence;
import org.annalist.language.TimeExpression;
import org.annalist.language.Token;
import org.annalist.quotes.Quote;

/**
 * The event stage: matches the pattern dictionary over each sentence's dependency parse, fills
 * actor and recipient from the actors stage, and codes each event with its PLOVER type, mode,
 * contexts, CAMEO code, date, place, auxiliary modes, evidence and provenance.
 *
 * <p>{@link #codeWithDecisions} returns, besides the events, every decision taken — which
 * pattern was considered at which word and why it did or did not produce an event — so that
 * {@code annalist explain} shows the coder's own reasoning. Stateless after construction and
 * safe to share between threads.
 *
 * <p>This class runs the steps and takes the per-match and per-event decisions (a word of a name,
 * an open question, a press event, no coded actor, a duplicate). The steps are its collaborators:
 * {@link RoleFilling} fills the roles, {@link CandidateRelations} relates a sentence's candidates,
 * {@link ReciprocalDirections} splits a two-way event, {@link CodingConvention} chooses the code and
 * {@link EventRecorder} builds the event with its provenance; {@link ArticleState} is what one
 * article accumulates.
 */
public final class DependencyEventCoder implements EventCoder {

    private final EventOntology ontology;
    private final PatternDictionary patterns;
    private final WordLists words;
    private final TriggerMatcher matcher;
    private final Modality modality;
    private final EventSetting setting;
    private final PartySectors partySectors;
    private final RoleFilling roleFilling;
    private final CandidateRelations relations;
    private final ReciprocalDirections directions;
    private final CodingConvention conventions;
    private final EventRecorder recorder;
    private final StatementEvents statements;

    /** Determiners by which a noun event refers to one already reported ("after the meeting"). */
    private static final Set<String> REFERRING_DETERMINERS = Set.of("the", "this", "that");

    /**
     * What every fallback recipient source says ({@link HomeRecipient}, {@link ForeignActorRecipient},
     * {@link CounterpartRecipient}, the domestic rule): the sentence named no target, the story supplied one.
     */
    private static final String NO_TARGET_MARK = "no target named";

    /** Sectors of a country's state, whose acts are the country's own ({@link #addressesOwnGovernment}). */
    private static final Set<String> STATE_SECTORS = Set.of("GOV", "MIL", "COP", "LEG", "JUD", "SPY");

    /** The recipient source of the no-target domestic rule ({@link DomesticParties#domesticRecipient}). */
    static final String NO_TARGET_SOURCE = "domestic (no target named)";

    /** Recipient sources that name where an event happens rather than whom it is aimed at. */
    private static final Set<String> LOCATIVE_SOURCES = Set.of("in", "from", "at", "inside", "near", "across", "within");

    /** A coder whose party sectors come from the bundled sector dictionary alone. */
    public DependencyEventCoder(EventOntology ontology, PatternDictionary patterns, WordLists words, Gazetteer gazetteer,
            String version) {
        this(ontology, patterns, words, gazetteer, SectorDictionary.load(List.of()), version);
    }

    /** @param sectors the sector words (bundled and the user's) that give a state party its sector from its mention */
    public DependencyEventCoder(EventOntology ontology, PatternDictionary patterns, WordLists words, Gazetteer gazetteer,
            SectorDictionary sectors, String version) {
        this(ontology, patterns, words, gazetteer, sectors, StatementLexicon.bundled(ontology), version);
    }

    /** @param statementWords the evaluative words that make a quoted statement a criticism or a warning ({@link StatementEvents}) */
    public DependencyEventCoder(EventOntology ontology, PatternDictionary patterns, WordLists words, Gazetteer gazetteer,
            SectorDictionary sectors, StatementLexicon statementWords, String version) {
        this.partySectors = new PartySectors(Objects.requireNonNull(sectors, "sectors").index(), Objects.requireNonNull(words, "words"));
        this.ontology = Objects.requireNonNull(ontology, "ontology");
        this.patterns = Objects.requireNonNull(patterns, "patterns");
        this.words = Objects.requireNonNull(words, "words");
        this.modality = new Modality(words);
        this.matcher = new TriggerMatcher(patterns, words, modality);
        this.setting = new EventSetting(Objects.requireNonNull(gazetteer, "gazetteer"), words);
        this.roleFilling = new RoleFilling(words, modality, setting);
        this.relations = new CandidateRelations(words);
        this.directions = new ReciprocalDirections(words);
        this.conventions = new CodingConvention(ontology, words, modality);
        this.recorder = new EventRecorder(ontology, patterns, new ContextFinder(words), setting,
                new TriggerPositionFinder(words), Objects.requireNonNull(version, "version"));
        this.statements = new StatementEvents(Objects.requireNonNull(statementWords, "statementWords"), recorder, words, patterns);
    }

    @Override
    public List<Event> code(AnnotatedDocument document, ActorAnalysis actors, List<Quote> quotes) {
        return codeWithDecisions(document, actors, quotes).events();
    }

    /** The events and the decisions behind them, in text order. */
    public CodingResult codeWithDecisions(AnnotatedDocument document, ActorAnalysis actors, List<Quote> quotes) {
        ArticleState state = new ArticleState(document, actors, quotes, words, patterns, setting, partySectors);
        for (Sentence sentence : document.sentences()) {
            codeSentence(state, sentence);
            statements.code(state, new SentenceGraph(sentence), state.timesBySentence.getOrDefault(sentence.index(), List.of()));
        }
        return new CodingResult(partySectors.refine(state.events, document, actors), state.decisions);
    }

    private void codeSentence(ArticleState state, Sentence sentence) {
        SentenceGraph graph = new SentenceGraph(sentence);
        List<TriggerMatch> matches = matcher.match(graph, state.decisions);
        if (matches.isEmpty()) {
            return;
        }
        matches = CandidateRelations.resolveOverlaps(state, graph, matches);
        Set<Integer> consumed = new HashSet<>();
        for (TriggerMatch match : matches) {
            for (int word : match.words()) {
                if (word != match.head()) {
                    consumed.add(word);
                }
            }
        }
        List<TimeExpression> times = state.timesBySentence.getOrDefault(sentence.index(), List.of());
        LocalDate articleDate = state.document.article().date();
        List<Candidate> candidates = new ArrayList<>();
        for (TriggerMatch match : matches) {
            if (consumed.contains(match.head())) {
                state.decide(graph, match, DecisionReason.PART_OF_LONGER_TRIGGER, "a word of a longer trigger", null);
                continue;
            }
            Optional<Entity> named = match.pattern().kind() == TriggerKind.NOUN
                    ? state.actors.entityAt(graph.token(match.head()).start()).filter(entity -> "ORGANIZATION".equals(entity.type()))
                    : Optional.empty();
            if (named.isPresent()) {
                state.decide(graph, match, DecisionReason.PART_OF_NAME, "a word of the name \"" + named.get().name() + "\"", null);
                continue;
            }
            if (OpenQuestion.isOpen(graph, modality.predicate(graph, match))) {
                state.decide(graph, match, DecisionReason.OPEN_QUESTION, "an open question (\"whether\")", null);
                continue;
            }
            Optional<Token> press = pressModifier(graph, match);
            if (press.isPresent()) {
                state.decide(graph, match, DecisionReason.PRESS_EVENT, "a press event (\"" + press.get().text() + "\")", null);
                continue;
            }
            roleFilling.fill(state, graph, match, times, articleDate).ifPresent(candidates::add);
        }
        Map<Candidate, Candidate> lightFrames = relations.lightFrames(graph, candidates);
        Map<Candidate, Candidate> absorbedBy = CandidateRelations.absorptions(graph, candidates, lightFrames.keySet());
        Set<String> coded = new HashSet<>();
        Optional<Candidate> verbEvent = candidates.stream()
                .filter(candidate -> candidate.match().pattern().kind() == TriggerKind.VERB)
                .filter(candidate -> candidate.actor().anyCoded() && !absorbedBy.containsKey(candidate) && !lightFrames.containsKey(candidate))
                .findFirst();
        for (Candidate candidate : candidates) {
            if (verbEvent.isPresent() && relations.isBackgroundNoun(graph, candidate)) {
                state.decide(graph, candidate.match(), DecisionReason.BACKGROUND_NOUN, "mentioned beside the verb event \""
                        + graph.token(verbEvent.get().match().head()).text() + "\" (" + verbEvent.get().match().pattern().id() + ")", null);
                continue;
            }
            Candidate noun = lightFrames.get(candidate);
            if (noun != null) {
                state.decide(graph, candidate.match(), DecisionReason.LIGHT_VERB_OF_NOUN_EVENT,
                        "light verb of \"" + graph.token(noun.match().head()).text() + "\" (" + noun.match().pattern().id() + ")", null);
                continue;
            }
            Candidate frame = absorbedBy.get(candidate);
            if (frame != null) {
                state.decide(graph, candidate.match(), DecisionReason.ABSORBED_BY_FRAME,
                        "complement of \"" + graph.token(frame.match().head()).text() + "\" (" + frame.match().pattern().id() + ")", null);
                continue;
            }
            if (ForecastWarning.isForecast(graph, candidate.match(), state.parties, words)) {
                // its complement stays absorbed: "warned that the decree cannot become a licence to repress" codes nothing
                state.decide(graph, candidate.match(), DecisionReason.FORECAST, "a forecast about a thing, not a threat by a party", null);
                continue;
            }
            PartyFinder.Filling closed = ParticipleObject.of(graph, candidate.match(), state.events);
            if (closed.anyCoded()) {
                // "cut relations with the UAE, accusing it of …": the clause it closes was coded just before
                candidate = new Candidate(candidate.match(), candidate.actor(), closed, candidate.aux());
            }
            List<EventParty> recipients = candidate.recipient().parties();
            // a third party's offer goes to the story's two sides only when its absorbed act names no
            // one: "the U.N. refugee agency offered to help Colombia" is an offer to Colombia
            boolean fallbackOffer = ThirdPartyOffer.SOURCE.equals(candidate.recipient().source());
            if ((recipients.isEmpty() || fallbackOffer) && !GenericReferent.NOBODY_SOURCE.equals(candidate.recipient().source())
                    && !GenericAddressee.SOURCE.equals(candidate.recipient().source())) {
                for (Map.Entry<Candidate, Candidate> absorbed : absorbedBy.entrySet()) {
                    if (absorbed.getValue() == candidate && !absorbed.getKey().recipient().parties().isEmpty()
                            && !(fallbackOffer && namesOnlyActor(absorbed.getKey().recipient(), candidate.actor()))) {
                        recipients = absorbed.getKey().recipient().parties();
                        if (fallbackOffer) {
                            candidate = new Candidate(candidate.match(), candidate.actor(), PartyFinder.Filling.none(), candidate.aux());
                        }
                        break;
                    }
                }
            }
            List<Candidate> directed = directions.of(graph, candidate);
            if (directed.isEmpty()) {
                emit(state, graph, candidate, recipients, times, coded);
            } else {
                for (Candidate direction : directed) {
                    emit(state, graph, direction, direction.recipient().parties(), times, coded);
                }
            }
        }
    }

    private void emit(ArticleState state, SentenceGraph graph, Candidate candidate, List<EventParty> recipientParties,
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
        if (recipients.stream().anyMatch(party -> !actorCodes.contains(party.code())) && !addressesOwnGovernment(actors, recipients, party -> isUnsectoredBody(state, party))) {
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
        boolean untargeted = recipients.isEmpty() || NO_TARGET_SOURCE.equals(candidate.recipient().source());
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
                Modality.laterTime(conventions.timesOfAction(graph, candidate.match(), times), state.document.article().date()));
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
     * addresses its own government too, so the actor's country stays among the recipients. The pair
     * is two coded parties of distinct codes named by one word; every actor must have a known
     * sector outside the state, or be an organisation with no sector at all ("Business Unity South
     * Africa", "the Association of the Petroleum Industry of Kurdistan": the actors stage gives a
     * state body its sector from its words, so a body it knows none for is not the state).
     */
    private static boolean addressesOwnGovernment(List<EventParty> actors, List<EventParty> recipients,
            java.util.function.Predicate<EventParty> unsectoredBody) {
        if (actors.stream().anyMatch(party -> party.sector() == null ? !unsectoredBody.test(party) : STATE_SECTORS.contains(party.sector()))) {
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

    /** Whether every coded party of {@code recipient} has one of the actor's codes ("CARICOM offered to host talks": host's own side). */
    private static boolean namesOnlyActor(PartyFinder.Filling recipient, PartyFinder.Filling actor) {
        Set<String> own = new HashSet<>();
        actor.parties().forEach(party -> own.add(party.code()));
        return recipient.parties().stream().filter(party -> party.code() != null).allMatch(party -> own.contains(party.code()));
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

    /** The modifier that makes a noun trigger a press event: "news" in "said at a news conference". */
    private Optional<Token> pressModifier(SentenceGraph graph, TriggerMatch match) {
        if (match.pattern().kind() != TriggerKind.NOUN) {
            return Optional.empty();
        }
        for (Dependency arc : graph.dependents(match.head())) {
            Token modifier = graph.token(arc.dependent());
            if ((arc.baseRelation().equals("compound") || arc.baseRelation().equals("amod"))
                    && words.containsEither(ListName.PRESS_MODIFIER, modifier.lemma(), modifier.text())) {
                return Optional.of(modifier);
            }
        }
        return Optional.empty();
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

    public EventOntology ontology() {
        return ontology;
    }

    public PatternDictionary patterns() {
        return patterns;
    }
}