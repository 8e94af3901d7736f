package org.annalist.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
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
import org.annalist.dictionary.TsvTable;
import org.annalist.events.ontology.CameoCode;
import org.annalist.events.ontology.EventOntology;
import org.annalist.events.ontology.PloverEventType;
import org.annalist.events.patterns.EventPattern;
import org.annalist.events.patterns.PatternDictionary;
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
 */
public final class DependencyEventCoder implements EventCoder {

    private final EventOntology ontology;
    private final PatternDictionary patterns;
    private final WordLists words;
    private final TriggerMatcher matcher;
    private final Modality modality;
    private final ContextFinder contextFinder;
    private final EventSetting setting;
    private final String version;
    private final PartySectors partySectors;

    /** Determiners by which a noun event refers to one already reported ("after the meeting"). */
    private static final Set<String> REFERRING_DETERMINERS = Set.of("the", "this", "that");

    /** The recipient source of the no-target domestic rule ({@link PartyFinder#domesticRecipient}). */
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
        this.partySectors = new PartySectors(Objects.requireNonNull(sectors, "sectors").index(), Objects.requireNonNull(words, "words"));
        this.ontology = Objects.requireNonNull(ontology, "ontology");
        this.patterns = Objects.requireNonNull(patterns, "patterns");
        this.words = Objects.requireNonNull(words, "words");
        this.modality = new Modality(words);
        this.matcher = new TriggerMatcher(patterns, words, modality);
        this.contextFinder = new ContextFinder(words);
        this.setting = new EventSetting(Objects.requireNonNull(gazetteer, "gazetteer"));
        this.version = Objects.requireNonNull(version, "version");
    }

    @Override
    public List<Event> code(AnnotatedDocument document, ActorAnalysis actors, List<Quote> quotes) {
        return codeWithDecisions(document, actors, quotes).events();
    }

    /** The events and the decisions behind them, in text order. */
    public CodingResult codeWithDecisions(AnnotatedDocument document, ActorAnalysis actors, List<Quote> quotes) {
        ArticleState state = new ArticleState(document, actors, quotes);
        for (Sentence sentence : document.sentences()) {
            codeSentence(state, sentence);
        }
        return new CodingResult(partySectors.refine(state.events, document, actors), state.decisions);
    }

    /** What coding one article accumulates. */
    private final class ArticleState {
        final AnnotatedDocument document;
        final ActorAnalysis actors;
        final List<Quote> quotes;
        final PartyFinder parties;
        final ResponseRecipient responses;
        final HomeRecipient home;
        final AnaphoricRecipient anaphora;
        final BareGovernmentRecipient bareGovernment;
        final Map<Integer, List<TimeExpression>> timesBySentence = new HashMap<>();
        final List<Event> events = new ArrayList<>();
        final List<Decision> decisions = new ArrayList<>();
        final Optional<EventLocation> dateline;

        ArticleState(AnnotatedDocument document, ActorAnalysis actors, List<Quote> quotes) {
            this.document = document;
            this.actors = actors;
            this.quotes = quotes;
            ReciprocalReference reciprocal = ReciprocalReference.of(actors);
            this.parties = new PartyFinder(actors, reciprocal, words, quotes, new PronounAntecedent(document.sentences(), actors));
            this.responses = new ResponseRecipient(reciprocal, actors);
            this.home = new HomeRecipient(actors, words, parties);
            this.anaphora = new AnaphoricRecipient(parties, patterns);
            this.bareGovernment = new BareGovernmentRecipient(actors, words, parties);
            for (TimeExpression time : document.timeExpressions()) {
                timesBySentence.computeIfAbsent(time.sentenceIndex(), index -> new ArrayList<>()).add(time);
            }
            this.dateline = setting.dateline(document);
        }
    }

    /** A matched trigger with its roles filled, before the decision to emit it. */
    private record Candidate(TriggerMatch match, PartyFinder.Filling actor, PartyFinder.Filling recipient, List<String> aux) {}

    private void codeSentence(ArticleState state, Sentence sentence) {
        SentenceGraph graph = new SentenceGraph(sentence);
        List<TriggerMatch> matches = matcher.match(graph, state.decisions);
        if (matches.isEmpty()) {
            return;
        }
        matches = resolveOverlaps(state, graph, matches);
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
                decide(state, graph, match, DecisionReason.PART_OF_LONGER_TRIGGER, "a word of a longer trigger", null);
                continue;
            }
            Optional<Entity> named = match.pattern().kind() == org.annalist.events.patterns.TriggerKind.NOUN
                    ? state.actors.entityAt(graph.token(match.head()).start()).filter(entity -> "ORGANIZATION".equals(entity.type()))
                    : Optional.empty();
            if (named.isPresent()) {
                decide(state, graph, match, DecisionReason.PART_OF_NAME, "a word of the name \"" + named.get().name() + "\"", null);
                continue;
            }
            if (OpenQuestion.isOpen(graph, modality.predicate(graph, match))) {
                decide(state, graph, match, DecisionReason.OPEN_QUESTION, "an open question (\"whether\")", null);
                continue;
            }
            Optional<Token> press = pressModifier(graph, match);
            if (press.isPresent()) {
                decide(state, graph, match, DecisionReason.PRESS_EVENT, "a press event (\"" + press.get().text() + "\")", null);
                continue;
            }
            PartyFinder.Filling actor = state.parties.fill(graph, match, match.pattern().actor());
            if (!actor.anyCoded()) {
                PartyFinder.Filling domestic = state.parties.domesticActor(graph, match, homeCountry(state, graph));
                if (domestic.anyCoded()) {
                    actor = domestic;
                }
            }
            List<String> aux = modality.aux(graph, match, times, articleDate);
            if (match.pattern().complementCondition() == org.annalist.events.patterns.ComplementCondition.FUTURE) {
                // "we will respond decisively": the stated future action is the threat, a fact
                aux = aux.stream().filter(mark -> !mark.equals(Modality.FUTURE) && !mark.equals(Modality.HYPOTHETICAL)).toList();
            }
            PartyFinder.Filling recipient = state.parties.fill(graph, match, match.pattern().recipient());
            if (!recipient.anyCoded() && match.pattern().event().equals("THREATEN")) {
                PartyFinder.Filling condition = state.parties.conditionRecipient(graph, match, actor);
                if (condition.anyCoded()) {
                    recipient = condition;
                }
            }
            boolean response = words.value(ListName.RESPONSE_EVENT, codedType(match, aux)).isPresent();
            if (response && recipient.anyCoded() && onlyOwn(recipient, actor)) {
                // "China warned that China would take all necessary measures": the complement's
                // subject is the actor itself, the threat is aimed at whoever it answers
                PartyFinder.Filling answered = state.responses.of(actor, state.events, sentence.index());
                if (answered.anyCoded()) {
                    recipient = answered;
                }
            }
            if (!recipient.anyCoded() && !match.pattern().hasNoRecipient()) {
                PartyFinder.Filling phrase = state.parties.phraseRecipient(graph, match, actor);
                PartyFinder.Filling earlier = phrase.anyCoded() ? phrase : state.anaphora.of(graph, match, actor, state.events);
                if (!earlier.anyCoded() && response) {
                    earlier = state.responses.of(actor, state.events, sentence.index());
                }
                if (earlier.anyCoded()) {
                    recipient = earlier;
                } else {
                    PartyFinder.Filling domestic = state.bareGovernment.of(graph, match, actor, articleCountry(state));
                    if (!domestic.anyCoded()) {
                        domestic = ForeignActorRecipient.of(state.parties.domesticRecipient(graph, match, actor),
                                actor, articleCountry(state));
                    }
                    if (!domestic.anyCoded()) {
                        domestic = state.parties.adversaryRecipient(graph, match, actor);
                    }
                    if (!domestic.anyCoded()) {
                        domestic = AttackPlaceRecipient.of(match.pattern().event(), actor,
                                setting.place(graph, actor.parties().stream().map(EventParty::mention).filter(java.util.Objects::nonNull).toList()));
                    }
                    if (!domestic.anyCoded()) {
                        domestic = state.home.of(graph, match, actor, homeCountry(state, graph));
                    }
                    if (domestic.anyCoded()) {
                        recipient = domestic;
                    }
                }
            }
            recipient = OwnForcesRecipient.of(recipient, actor, match.pattern().cameo(), words);
            Optional<EventParty> interviewer = PressRecipient.interviewer(match.pattern().event(), recipient);
            if (interviewer.isPresent()) {
                decide(state, graph, match, DecisionReason.PRESS_EVENT, "spoke to a news outlet (\"" + interviewer.get().name() + "\")", null);
                continue;
            }
            if (LoneConsultation.isLone(graph, match.pattern().event(), match.pattern().cameo(), actor, recipient)) {
                decide(state, graph, match, DecisionReason.LONE_CONSULTATION, "a consultation with no second party", null);
                continue;
            }
            candidates.add(new Candidate(match, actor, recipient, aux));
        }
        Map<Candidate, Candidate> lightFrames = lightFrames(graph, candidates);
        Map<Candidate, Candidate> absorbedBy = absorptions(graph, candidates, lightFrames.keySet());
        Set<String> coded = new HashSet<>();
        Optional<Candidate> verbEvent = candidates.stream()
                .filter(candidate -> candidate.match().pattern().kind() == org.annalist.events.patterns.TriggerKind.VERB)
                .filter(candidate -> candidate.actor().anyCoded() && !absorbedBy.containsKey(candidate) && !lightFrames.containsKey(candidate))
                .findFirst();
        for (Candidate candidate : candidates) {
            if (verbEvent.isPresent() && isBackgroundNoun(graph, candidate)) {
                decide(state, graph, candidate.match(), DecisionReason.BACKGROUND_NOUN, "mentioned beside the verb event \""
                        + graph.token(verbEvent.get().match().head()).text() + "\" (" + verbEvent.get().match().pattern().id() + ")", null);
                continue;
            }
            Candidate noun = lightFrames.get(candidate);
            if (noun != null) {
                decide(state, graph, candidate.match(), DecisionReason.LIGHT_VERB_OF_NOUN_EVENT,
                        "light verb of \"" + graph.token(noun.match().head()).text() + "\" (" + noun.match().pattern().id() + ")", null);
                continue;
            }
            Candidate frame = absorbedBy.get(candidate);
            if (frame != null) {
                decide(state, graph, candidate.match(), DecisionReason.ABSORBED_BY_FRAME,
                        "complement of \"" + graph.token(frame.match().head()).text() + "\" (" + frame.match().pattern().id() + ")", null);
                continue;
            }
            List<EventParty> recipients = candidate.recipient().parties();
            if (recipients.isEmpty()) {
                for (Map.Entry<Candidate, Candidate> absorbed : absorbedBy.entrySet()) {
                    if (absorbed.getValue() == candidate && !absorbed.getKey().recipient().parties().isEmpty()) {
                        recipients = absorbed.getKey().recipient().parties();
                        break;
                    }
                }
            }
            List<Candidate> directed = reciprocalDirections(graph, candidate);
            if (directed.isEmpty()) {
                emit(state, graph, candidate, recipients, times, coded);
            } else {
                for (Candidate direction : directed) {
                    emit(state, graph, direction, direction.recipient().parties(), times, coded);
                }
            }
        }
    }

    /**
     * "Armenia and Azerbaijan accused each other", "Israel and Hamas traded accusations": one
     * event per direction, each actor towards the others. Empty unless the trigger's object or
     * prepositional phrase is "each other" or "one another", or the trigger is a two-way exchange
     * (each-way-verb with an each-way-object), and the actor names at least two codes.
     */
    private List<Candidate> reciprocalDirections(SentenceGraph graph, Candidate candidate) {
        List<EventParty> actors = candidate.actor().parties().stream().filter(party -> party.code() != null).toList();
        if (actors.stream().map(EventParty::code).distinct().count() < 2
                || !(hasReciprocalPronoun(graph, candidate.match().head()) || isTwoWayExchange(graph, candidate.match()))) {
            return List.of();
        }
        List<Candidate> directed = new ArrayList<>();
        for (EventParty actor : actors) {
            List<EventParty> others = actors.stream().filter(other -> !other.code().equals(actor.code())).toList();
            directed.add(new Candidate(candidate.match(), new PartyFinder.Filling(List.of(actor), candidate.actor().source()),
                    new PartyFinder.Filling(others, "each other"), candidate.aux()));
        }
        return directed;
    }

    private boolean isTwoWayExchange(SentenceGraph graph, TriggerMatch match) {
        Token verb = graph.token(match.head());
        if (!words.containsEither(ListName.EACH_WAY_VERB, verb.lemma(), verb.text())) {
            return false;
        }
        for (int object : match.objects()) {
            Token word = graph.token(object);
            if (words.containsEither(ListName.EACH_WAY_OBJECT, word.lemma(), word.text())) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasReciprocalPronoun(SentenceGraph graph, int head) {
        for (Dependency arc : graph.dependents(head)) {
            Token other = graph.token(arc.dependent());
            if (!other.text().equalsIgnoreCase("other") && !other.text().equalsIgnoreCase("another")) {
                continue;
            }
            for (Dependency inner : graph.dependents(arc.dependent())) {
                String word = graph.token(inner.dependent()).text();
                if (word.equalsIgnoreCase("each") || word.equalsIgnoreCase("one")) {
                    return true;
                }
            }
            if (arc.dependent() > 0 && (graph.token(arc.dependent() - 1).text().equalsIgnoreCase("each")
                    || graph.token(arc.dependent() - 1).text().equalsIgnoreCase("one"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A word that is both an object of one trigger and the head of another ("held joint naval
     * exercises": "hold exercise" and "joint naval exercise") belongs to the more specific one;
     * on a tie, to the trigger that contains it.
     */
    private static List<TriggerMatch> resolveOverlaps(ArticleState state, SentenceGraph graph, List<TriggerMatch> matches) {
        List<TriggerMatch> kept = new ArrayList<>(matches);
        for (TriggerMatch inner : matches) {
            for (TriggerMatch outer : matches) {
                if (outer != inner && kept.contains(outer) && kept.contains(inner) && outer.words().contains(inner.head())
                        && inner.pattern().specificity() > outer.pattern().specificity()) {
                    kept.remove(outer);
                    decide(state, graph, outer, DecisionReason.OUTRANKED,
                            "\"" + graph.token(inner.head()).text() + "\" belongs to the more specific \"" + inner.pattern().id() + "\"", null);
                }
            }
        }
        return kept;
    }

    /**
     * A noun event whose actor does not come through a light or participation verb ("held
     * talks", "spoke at the meeting") but from the noun's own modifiers or nothing: in a sentence
     * with a coded verb event it is background ({@link DecisionReason#BACKGROUND_NOUN}).
     */
    private boolean isBackgroundNoun(SentenceGraph graph, Candidate candidate) {
        if (candidate.match().pattern().kind() != org.annalist.events.patterns.TriggerKind.NOUN) {
            return false;
        }
        String source = candidate.actor().source();
        if (source != null && source.contains("governor") && !onlyInSequence(graph, candidate.match().head())) {
            return false;
        }
        // "Pakistani air strikes on Kabul": a noun naming both its own actor and its target is an event of its own
        boolean ownActor = source != null && (source.equals("modifier") || source.equals("poss") || source.equals("possessor")
                || source.equals("by"));
        String target = candidate.recipient().source();
        boolean ownTarget = candidate.recipient().anyCoded() && target != null && !target.contains("domestic")
                && !target.startsWith("earlier") && !target.contains("phrase");
        return !(ownActor && ownTarget);
    }

    /** Whether the noun attaches to verbs only through a {@code sequence-preposition} ("following the war"). */
    private boolean onlyInSequence(SentenceGraph graph, int noun) {
        boolean sequence = false;
        for (Dependency arc : graph.heads(noun)) {
            if (arc.governor() < 0 || !graph.token(arc.governor()).isVerb()) {
                continue;
            }
            if (arc.relation().startsWith("obl:") && words.contains(ListName.SEQUENCE_PREPOSITION, arc.relation().substring(4))) {
                sequence = true;
            } else {
                return false;
            }
        }
        return sequence;
    }

    /**
     * Frame candidates whose verb is also a light verb and whose direct object is a noun event
     * ("undertook a mediation mission", "offered talks"): the verb only carries the noun event,
     * which is coded instead of the frame. Maps each such frame to its noun event.
     */
    private Map<Candidate, Candidate> lightFrames(SentenceGraph graph, List<Candidate> candidates) {
        Map<Candidate, Candidate> light = new HashMap<>();
        for (Candidate frame : candidates) {
            Token verb = graph.token(frame.match().head());
            if (!frame.match().pattern().absorbsComplement() || frame.match().pattern().kind() != org.annalist.events.patterns.TriggerKind.VERB
                    || !words.containsEither(ListName.LIGHT_VERB, verb.lemma(), verb.text())) {
                continue;
            }
            for (Candidate inner : candidates) {
                Dependency up = graph.basicHead(inner.match().head());
                if (inner != frame && inner.match().pattern().kind() == org.annalist.events.patterns.TriggerKind.NOUN
                        && up != null && up.governor() == frame.match().head() && up.relation().equals("obj")) {
                    light.put(frame, inner);
                    break;
                }
            }
        }
        return light;
    }

    /** Complement events of frame patterns ("refused to meet"): the frame codes them. */
    private static Map<Candidate, Candidate> absorptions(SentenceGraph graph, List<Candidate> candidates, Set<Candidate> lightFrames) {
        Map<Candidate, Candidate> absorbedBy = new HashMap<>();
        for (Candidate frame : candidates) {
            if (!frame.match().pattern().absorbsComplement() || lightFrames.contains(frame)) {
                continue;
            }
            for (Candidate inner : candidates) {
                if (inner == frame) {
                    continue;
                }
                int node = inner.match().head();
                for (int depth = 0; depth < 3; depth++) {
                    Dependency up = graph.basicHead(node);
                    if (up == null || up.governor() < 0) {
                        break;
                    }
                    String relation = up.relation();
                    if (up.governor() == frame.match().head() && (relation.equals("xcomp") || relation.equals("ccomp")
                            || relation.equals("obj") || relation.startsWith("obl") || relation.startsWith("advcl"))) {
                        absorbedBy.putIfAbsent(inner, frame);
                        break;
                    }
                    if (!(relation.equals("xcomp") || relation.equals("obj") || relation.startsWith("nmod") || relation.equals("acl")
                            || relation.startsWith("obl"))) {
                        break;
                    }
                    node = up.governor();
                }
            }
        }
        return absorbedBy;
    }

    private void emit(ArticleState state, SentenceGraph graph, Candidate candidate, List<EventParty> recipientParties,
            List<TimeExpression> times, Set<String> coded) {
        TriggerMatch match = candidate.match();
        EventPattern pattern = match.pattern();
        List<EventParty> actors = candidate.actor().parties();
        if (actors.isEmpty()) {
            decide(state, graph, match, DecisionReason.NO_ACTOR, "actor sought in " + pattern.actor() + ": nothing", null);
            return;
        }
        if (!candidate.actor().anyCoded()) {
            decide(state, graph, match, DecisionReason.NO_CODED_ACTOR,
                    "actor " + names(actors) + " (" + candidate.actor().source() + ") has no code", null);
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
        if (recipients.stream().anyMatch(party -> !actorCodes.contains(party.code()))) {
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
        if (actorCodes.size() > 1 && !recipients.isEmpty() && recipients.stream().allMatch(party -> isPlace(state, party))) {
            // "Ukrainian and Russian delegations held talks in Istanbul": a joint event's venue is
            // where it happens (event_loc), not a party to it
            recipients = List.of();
            recipientParties = List.of();
        }
        if (OwnSideOrder.isOwnSide(graph.token(match.head()), Set.copyOf(actorCodes), recipientParties, words)) {
            decide(state, graph, match, DecisionReason.OWN_SIDE_ORDER, "an order to the actor's own side", null);
            return;
        }
        if (recipients.isEmpty() && recipientParties.stream().anyMatch(party -> party.code() != null)) {
            decide(state, graph, match, DecisionReason.SAME_ACTOR_AND_RECIPIENT,
                    "actor and recipient are both " + names(actors), null);
            return;
        }
        boolean untargeted = recipients.isEmpty() || NO_TARGET_SOURCE.equals(candidate.recipient().source());
        if (untargeted) {
            Optional<Event> covering = coveringEvent(state, graph, match, actors, candidate.aux().contains(Modality.FUTURE));
            if (covering.isPresent()) {
                decide(state, graph, match, DecisionReason.DUPLICATE, "no other party named; part of "
                        + covering.get().id() + " (" + covering.get().event() + " between the same parties)", null);
                return;
            }
        }
        String key = pattern.event() + "|" + codes(actors) + "|" + codes(recipients);
        if (!coded.add(key)) {
            decide(state, graph, match, DecisionReason.DUPLICATE, "already coded " + key, null);
            return;
        }
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
                } else if (style == FutureIntent.BESIDE && announcedByActor(candidate, actors)) {
                    intentAlso = intent.get().withRule(pattern.id() + "+intent");
                }
            }
        }
        if (aux.contains(Modality.NEGATION) && aux.contains(Modality.FUTURE) && !aux.contains(Modality.HYPOTHETICAL)) {
            Optional<String> refusal = words.value(ListName.REFUSAL_CODE, coding.event());
            if (refusal.isPresent()) {
                coding = Coding.of(ontology.cameo(refusal.get()).orElseThrow(), pattern.id() + "+refusal");
                aux = aux.stream().filter(mark -> !mark.equals(Modality.NEGATION) && !mark.equals(Modality.FUTURE)).toList();
            }
        }
        record(state, graph, candidate, actors, recipients, coding, aux, times);
        if (intentAlso != null && coded.add(intentAlso.event() + "|" + codes(actors) + "|" + codes(recipients))) {
            record(state, graph, candidate, actors, recipients, intentAlso, List.of(), times);
        }
    }

    /** Whether the party is a named place (a city, a region), not a country or an actor. */
    private static boolean isPlace(ArticleState state, EventParty party) {
        return party.entity() != null && state.actors.byId(party.entity()).map(entity -> "LOCATION".equals(entity.type())).orElse(false);
    }

    /** The modifier that makes a noun trigger a press event: "news" in "said at a news conference". */
    private Optional<Token> pressModifier(SentenceGraph graph, TriggerMatch match) {
        if (match.pattern().kind() != org.annalist.events.patterns.TriggerKind.NOUN) {
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

    /** Whether every coded recipient has one of the actor's codes. */
    private static boolean onlyOwn(PartyFinder.Filling recipient, PartyFinder.Filling actor) {
        Set<String> own = new HashSet<>();
        actor.parties().forEach(party -> own.add(party.code()));
        return recipient.parties().stream().filter(party -> party.code() != null).allMatch(party -> own.contains(party.code()));
    }

    /** The event type a match is coded as: REJECT for a refusal ("would not take part"), else the pattern's. */
    private String codedType(TriggerMatch match, List<String> aux) {
        boolean refusal = aux.contains(Modality.NEGATION) && aux.contains(Modality.FUTURE) && !aux.contains(Modality.HYPOTHETICAL)
                && words.value(ListName.REFUSAL_CODE, match.pattern().event()).isPresent();
        return refusal ? "REJECT" : match.pattern().event();
    }

    /** What an event is coded as: type, CAMEO code, mode, base contexts and the rule that says so. */
    private record Coding(String event, String cameo, String mode, List<String> contexts, String rule) {

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
        int predicate = modality.predicate(graph, match);
        Dependency up = graph.basicHead(predicate);
        if (up == null || up.governor() < 0 || !up.relation().equals("xcomp")) {
            return Optional.empty();
        }
        Token frame = graph.token(up.governor());
        return words.containsEither(ListName.COMMITMENT_FRAME, frame.lemma(), frame.text()) ? Optional.of(frame) : Optional.empty();
    }

    private void record(ArticleState state, SentenceGraph graph, Candidate candidate, List<EventParty> actors,
            List<EventParty> recipients, Coding coding, List<String> aux, List<TimeExpression> times) {
        TriggerMatch match = candidate.match();
        EventPattern pattern = match.pattern();
        Token head = graph.token(match.head());
        Sentence sentence = graph.sentence();
        String eventType = coding.event();
        String mode = coding.mode();
        String rule = coding.rule();
        List<EventParty> allParties = new ArrayList<>(actors);
        allParties.addAll(recipients);
        List<String> contexts = contextFinder.contexts(graph, match, coding.contexts(), allParties);
        List<Span> partySpans = allParties.stream().map(EventParty::mention).toList();
        EventLocation location = setting.place(graph, partySpans);
        if (location == null) {
            location = state.dateline.orElse(null);
        }
        if (mode == null && eventType.equals("CONSULT") && location != null && isVisit(actors, recipients, location.code())) {
            mode = "visit";
        }
        PloverEventType type = ontology.event(eventType).orElseThrow();
        CameoCode cameo = ontology.cameo(coding.cameo()).orElseThrow();
        Span trigger = triggerSpan(state.document.text(), graph, match);
        Quote quote = quoteAt(state.quotes, head.start());
        Evidence evidence = new Evidence(sentence.index(), sentence.text(), trigger,
                quote == null ? null : quote.id(), quote == null ? null : quote.speaker());
        TsvTable ruleFile = patterns.sourceOf(pattern);
        Provenance provenance = new Provenance(ruleFile.name(), ruleFile.sha256(), state.document.article().id(),
                state.document.article().textHash(), version);
        String id = "v" + (state.events.size() + 1);
        LocalDate date = setting.date(times, head, state.document.article().date());
        state.events.add(new Event(id, date, eventType, mode, contexts, actors, recipients, location, type.quadCode(),
                type.score(), cameo.code(), cameo.goldstein(), aux, evidence, rule, provenance));
        DecisionReason reason = aux.contains(Modality.NEGATION) ? DecisionReason.NEGATED
                : aux.contains(Modality.HYPOTHETICAL) ? DecisionReason.HYPOTHETICAL
                : aux.contains(Modality.FUTURE) ? DecisionReason.FUTURE : DecisionReason.EMITTED;
        decide(state, graph, match, reason, eventType + " " + cameo.code() + ": " + names(actors) + " ("
                + candidate.actor().source() + ") -> " + (recipients.isEmpty() ? "nobody" : names(recipients) + " ("
                + candidate.recipient().source() + ")") + (rule.equals(pattern.id()) ? "" : "; coded " + rule), id);
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
        boolean definiteNoun = match.pattern().kind() == org.annalist.events.patterns.TriggerKind.NOUN
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

    /** The country a sentence happens in: its named place's, else the dateline's, else the article's main country. */
    private String homeCountry(ArticleState state, SentenceGraph graph) {
        EventLocation place = setting.place(graph, List.of());
        if (place != null && place.code() != null) {
            return place.code();
        }
        if (state.dateline.isPresent() && state.dateline.get().code() != null) {
            return state.dateline.get().code();
        }
        return state.parties.dominantCountry();
    }

    /** The article's own country: its dateline's, else the most mentioned. */
    private static String articleCountry(ArticleState state) {
        if (state.dateline.isPresent() && state.dateline.get().code() != null) {
            return state.dateline.get().code();
        }
        return state.parties.dominantCountry();
    }

    private boolean isCooperative(String event) {
        return ontology.event(event).map(PloverEventType::isCooperative).orElse(false);
    }

    /** A meeting in one party's country that another party is foreign to is a visit (PLOVER: visitor is the source). */
    private static boolean isVisit(List<EventParty> actors, List<EventParty> recipients, String placeCountry) {
        List<EventParty> all = new ArrayList<>(actors);
        all.addAll(recipients);
        boolean host = all.stream().anyMatch(party -> placeCountry.equals(party.code()));
        boolean guest = all.stream().anyMatch(party -> party.code() != null && !placeCountry.equals(party.code()));
        return host && guest;
    }

    private static Span triggerSpan(String text, SentenceGraph graph, TriggerMatch match) {
        int start = Integer.MAX_VALUE;
        int end = -1;
        for (int word : match.words()) {
            start = Math.min(start, graph.token(word).start());
            end = Math.max(end, graph.token(word).end());
        }
        return new Span(start, end, text.substring(start, end));
    }

    private static Quote quoteAt(List<Quote> quotes, int offset) {
        for (Quote quote : quotes) {
            if (offset >= quote.start() && offset < quote.end()) {
                return quote;
            }
        }
        return null;
    }

    private static void decide(ArticleState state, SentenceGraph graph, TriggerMatch match, DecisionReason reason,
            String detail, String eventId) {
        Token head = graph.token(match.head());
        state.decisions.add(new Decision(graph.sentence().index(), match.pattern().id(), match.pattern().location(),
                new Span(head.start(), head.end(), head.text()), reason, detail, eventId));
    }

    private static String names(List<EventParty> parties) {
        List<String> names = new ArrayList<>();
        for (EventParty party : parties) {
            names.add(party.mention().text() + "=" + (party.code() == null ? "?" : party.code())
                    + (party.sector() == null ? "" : "/" + party.sector()));
        }
        return String.join(" + ", names);
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
