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
import org.annalist.events.patterns.ListName;
import org.annalist.events.patterns.PatternDictionary;
import org.annalist.events.patterns.TriggerKind;
import org.annalist.events.patterns.WordLists;
import org.annalist.language.AnnotatedDocument;
import org.annalist.language.Dependency;
import org.annalist.language.Sentence;
import org.annalist.language.TimeExpression;
import org.annalist.language.Token;
import org.annalist.quotes.Quote;
import org.annalist.quotes.ReporterConjunct;
import org.annalist.quotes.SpeechVerbs;

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
 * <p>This class runs the steps and takes the per-match and per-candidate decisions (a word of a
 * name, an open question, a press event, a light verb, an absorbed complement, a forecast). The
 * steps are its collaborators: {@link RoleFilling} fills the roles, {@link CandidateRelations}
 * relates a sentence's candidates, {@link ReciprocalDirections} splits a two-way event,
 * {@link EventEmitter} takes the per-event decisions on the parties (no coded actor, a duplicate)
 * and has {@link CodingConvention} choose the code and {@link EventRecorder} build the event with
 * its provenance; {@link ArticleState} is what one article accumulates.
 */
public final class DependencyEventCoder implements EventCoder {

    private final EventOntology ontology;
    private final PatternDictionary patterns;
    private final WordLists words;
    private final TriggerMatcher matcher;
    private final Modality modality;
    private final NonFactualClause nonFactual;
    private final EventSetting setting;
    private final PartySectors partySectors;
    private final RoleFilling roleFilling;
    private final CandidateRelations relations;
    private final ReciprocalDirections directions;
    private final EventEmitter emitter;
    private final StatementEvents statements;

    /** The recipient source of the no-target domestic rule ({@link DomesticParties#domesticRecipient}). */
    static final String NO_TARGET_SOURCE = "domestic (no target named)";

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
        this(ontology, patterns, words, gazetteer, sectors, statementWords, SpeechVerbs.bundled(), version);
    }

    /**
     * @param speechVerbs the reporting verbs the quotes stage reads, so that a speech act the parser joined to the
     *     clause it reports is given to the same speaker by both stages ({@link ReporterConjunct})
     */
    public DependencyEventCoder(EventOntology ontology, PatternDictionary patterns, WordLists words, Gazetteer gazetteer,
            SectorDictionary sectors, StatementLexicon statementWords, SpeechVerbs speechVerbs, String version) {
        this.partySectors = new PartySectors(Objects.requireNonNull(sectors, "sectors").index(), Objects.requireNonNull(words, "words"));
        this.ontology = Objects.requireNonNull(ontology, "ontology");
        this.patterns = Objects.requireNonNull(patterns, "patterns");
        this.words = Objects.requireNonNull(words, "words");
        this.modality = new Modality(words);
        this.nonFactual = new NonFactualClause(words, modality);
        this.matcher = new TriggerMatcher(patterns, words, modality);
        this.setting = new EventSetting(Objects.requireNonNull(gazetteer, "gazetteer"), words);
        this.roleFilling = new RoleFilling(words, modality, new ReporterConjunct(Objects.requireNonNull(speechVerbs, "speechVerbs")));
        this.relations = new CandidateRelations(words);
        this.directions = new ReciprocalDirections(words);
        CodingConvention conventions = new CodingConvention(ontology, words, modality);
        EventRecorder recorder = new EventRecorder(ontology, patterns, new ContextFinder(words),
                new TriggerPositionFinder(words), Objects.requireNonNull(version, "version"));
        this.emitter = new EventEmitter(words, conventions, recorder);
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
            if (MisreadReducedRelative.isMisread(graph, match)) {
                state.decide(graph, match, DecisionReason.NO_ACTOR,
                        "a reduced relative read as a finite verb: its subject is whom the act was done to (\"the people killed in …\")", null);
                continue;
            }
            int predicate = modality.predicate(graph, match);
            if (OpenQuestion.isOpen(graph, predicate)) {
                state.decide(graph, match, DecisionReason.OPEN_QUESTION, "an open question (\"whether\")", null);
                continue;
            }
            Optional<NonFactualClause.Finding> unasserted = nonFactual.of(graph, predicate);
            if (unasserted.isPresent()) {
                state.decide(graph, match, unasserted.get().reason(), unasserted.get().why(), null);
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
        Map<Candidate, Candidate> absorbedBy = relations.absorptions(graph, candidates, lightFrames.keySet());
        Map<Candidate, Candidate> orderedActs = OrderedAct.of(graph, candidates, absorbedBy, words);
        absorbedBy.keySet().removeAll(orderedActs.keySet());
        Set<String> coded = new HashSet<>();
        Optional<Candidate> verbEvent = candidates.stream()
                .filter(candidate -> candidate.match().pattern().kind() == TriggerKind.VERB)
                .filter(candidate -> candidate.actor().anyCoded() && !absorbedBy.containsKey(candidate) && !lightFrames.containsKey(candidate))
                .findFirst();
        for (Candidate candidate : candidates) {
            Candidate current = candidate;
            if (orderedActs.containsValue(current)) {
                Candidate act = orderedActs.entrySet().stream().filter(entry -> entry.getValue() == current).findFirst().orElseThrow().getKey();
                state.decide(graph, candidate.match(), DecisionReason.ORDERED_ACT, "an order of the act \""
                        + graph.token(act.match().head()).text() + "\" (" + act.match().pattern().id() + "), coded as the commander's", null);
                continue;
            }
            Candidate order = orderedActs.get(candidate);
            if (order != null) {
                candidate = OrderedAct.asCommanders(candidate, order);
            } else if (verbEvent.isPresent() && relations.isBackgroundNoun(graph, candidate)) {
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
                emitter.emit(state, graph, candidate, recipients, times, coded);
            } else {
                for (Candidate direction : directed) {
                    emitter.emit(state, graph, direction, direction.recipient().parties(), times, coded);
                }
            }
        }
    }

    /** Whether every coded party of {@code recipient} has one of the actor's codes ("CARICOM offered to host talks": host's own side). */
    private static boolean namesOnlyActor(PartyFinder.Filling recipient, PartyFinder.Filling actor) {
        Set<String> own = new HashSet<>();
        actor.parties().forEach(party -> own.add(party.code()));
        return recipient.parties().stream().filter(party -> party.code() != null).allMatch(party -> own.contains(party.code()));
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

    public EventOntology ontology() {
        return ontology;
    }

    public PatternDictionary patterns() {
        return patterns;
    }
}