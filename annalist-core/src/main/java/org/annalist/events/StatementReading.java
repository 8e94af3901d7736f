package org.annalist.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.annalist.events.patterns.ComplementCondition;
import org.annalist.events.patterns.EventPattern;
import org.annalist.events.patterns.ListName;
import org.annalist.events.patterns.PatternDictionary;
import org.annalist.events.patterns.TriggerKind;
import org.annalist.events.patterns.WordLists;
import org.annalist.language.Dependency;
import org.annalist.language.Token;

/**
 * Whether a statement's evaluative words state an act of the speaker's: not when they are
 * negated or denied ("this was not an act of aggression"), name a condition or any case ("if
 * they make the slightest provocation", "respond to every violation"), are the content of a
 * verbal act already coded or named in the sentence ("condemned the raids as a flagrant
 * violation", "urged Russia to stop reckless flights"), are a concern about nothing named, or a
 * warning not stated as future, possible or obligatory. {@link StatementEvents} asks before it
 * looks for a target.
 */
final class StatementReading {

    /** Why the words are no act, for the decision log. */
    record Refusal(DecisionReason reason, String detail) {}

    /** The auxiliaries that state an act as future, possible or obligatory ("will respond", "must answer for it"). */
    private static final Set<String> WARNING_AUXILIARIES = Set.of("will", "would", "shall", "'ll", "wo", "could", "may", "might", "must");

    /**
     * The verbal acts whose words a statement's words can be ("condemned the raids as a flagrant
     * violation", "called on Beijing to stop its irresponsible intimidation"). A deed is not
     * ("targeted the warship in response to continued aggression": the words are a second act).
     * An offer or agreement carries its terms ("offered to hold the country's “most dangerous
     * gang leaders”" is no criticism of the country).
     */
    private static final Set<String> CARRYING_EVENTS = Set.of("ACCUSE", "REQUEST", "REJECT", "THREATEN", "AGREE");

    /**
     * The rule-id ending of a verb of saying read as a demand for its "must" ("wrote that Russia's
     * terror must not become normal"): the verb carries the whole statement, which is more than the demand.
     */
    private static final String OBLIGATION_RULE_SUFFIX = "-must";

    /** Determiners by which a noun names any case of a kind ("any provocation", "every violation"). */
    private static final Set<String> ANY_CASE = Set.of("any", "every", "each");

    /** The markers of a condition clause. */
    private static final Set<String> CONDITION_MARKS = Set.of("if", "unless");

    /** The words that negate the statement's clause. */
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no");

    /** The relations through which negation and tense reach the evaluative words from their predicate. */
    private static final Set<String> PREDICATE_RELATIONS = Set.of("amod", "obj", "xcomp", "compound", "advmod", "conj");

    private final WordLists words;
    private final PatternDictionary patterns;

    StatementReading(WordLists words, PatternDictionary patterns) {
        this.words = words;
        this.patterns = patterns;
    }

    /** Empty when the words state an act; else why not. */
    Optional<Refusal> refusal(ArticleState state, SentenceGraph graph, StatementLexicon.Entry entry, List<Integer> tokens, int head) {
        if (!entry.containsNegation() && negated(graph, tokens)) {
            return Optional.of(new Refusal(DecisionReason.DENIED_STATEMENT, "the statement is negated or denied"));
        }
        if (conditionOrAnyCase(graph, head)) {
            return Optional.of(new Refusal(DecisionReason.HYPOTHETICAL_STATEMENT,
                    "a condition or any case (\"if they make a provocation\", \"respond to any violation\"), not a statement about a deed"));
        }
        Optional<Event> carrier = carryingEvent(state, graph, head);
        if (carrier.isPresent() && carries(carrier.get().event(), entry.event())) {
            // a warning inside a criticism is a threat of its own: "called the expulsion an unfriendly step that will not go unanswered"
            return Optional.of(new Refusal(DecisionReason.CONTENT_OF_EVENT, "words of " + carrier.get().id() + " (" + carrier.get().event()
                    + " \"" + carrier.get().evidence().trigger().text() + "\")"));
        }
        Optional<EventPattern> carryingVerb = carryingVerb(graph, head);
        if (carryingVerb.isPresent() && carries(carryingVerb.get().event(), entry.event())) {
            return Optional.of(new Refusal(DecisionReason.CONTENT_OF_EVENT, "words of the verb of " + carryingVerb.get().event() + " \""
                    + carryingVerb.get().trigger() + "\" (" + carryingVerb.get().id() + "), coded or not"));
        }
        if (entry.causeRequired() && !namesCause(graph, head)) {
            return Optional.of(new Refusal(DecisionReason.NO_TARGET, "concern about nothing named (\"we are deeply concerned\")"));
        }
        if (entry.future() && !statedAsWarning(graph, tokens)) {
            return Optional.of(new Refusal(DecisionReason.NOT_A_WARNING, "not stated as future, possible or obligatory"));
        }
        return Optional.empty();
    }

    /**
     * Whether an act of the carrier's type absorbs a statement of the given type as its words. A
     * warning inside a criticism is a threat of its own ("called the expulsion an unfriendly step
     * that will not go unanswered"); an offer or agreement carries only criticism-like words
     * describing its terms, while a refusal or warning beside it is a statement of its own
     * ("willing to meet him “anywhere, but the island is not up for discussion”").
     */
    private static boolean carries(String carrier, String statement) {
        if (carrier.equals("AGREE")) {
            return statement.equals("ACCUSE");
        }
        return !(statement.equals("THREATEN") && carrier.equals("ACCUSE"));
    }

    /**
     * The event already coded from this sentence whose trigger governs the words: "condemned the
     * raids as a flagrant violation", "called on Beijing to stop its irresponsible intimidation",
     * "rejected the account as propaganda", "warned that China would take all necessary measures".
     * The words say what that act was; they are not a second act.
     */
    private Optional<Event> carryingEvent(ArticleState state, SentenceGraph graph, int head) {
        int sentenceIndex = graph.sentence().index();
        List<Integer> ancestors = new ArrayList<>();
        int node = head;
        for (int depth = 0; depth < 8; depth++) {
            Dependency up = graph.basicHead(node);
            if (up == null || up.governor() < 0) {
                break;
            }
            node = up.governor();
            ancestors.add(node);
            Token governor = graph.token(node);
            if (words.containsEither(ListName.SPEECH_VERB, governor.lemma(), governor.text())) {
                // "called the detention piracy and said Russia would take all necessary measures":
                // what is said is the saying's content, not that of the act the saying is joined to
                break;
            }
        }
        for (Event event : state.events) {
            if (event.evidence().sentenceIndex() != sentenceIndex || !CARRYING_EVENTS.contains(event.event())
                    || event.rule().endsWith(OBLIGATION_RULE_SUFFIX)) {
                continue;
            }
            Span trigger = event.evidence().trigger();
            for (int ancestor : ancestors) {
                Token token = graph.token(ancestor);
                if (token.start() >= trigger.start() && token.end() <= trigger.end()) {
                    return Optional.of(event);
                }
            }
        }
        return Optional.empty();
    }

    /** Whether the words name what they are about: "concerned by/about/over/at …", "troubled that …". */
    private static boolean namesCause(SentenceGraph graph, int head) {
        for (Dependency arc : graph.dependents(head)) {
            String relation = arc.relation();
            if (relation.startsWith("obl") || relation.startsWith("nmod") || relation.equals("ccomp") || relation.equals("xcomp")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A one-word verbal act above the words whose own coding failed ("said the alliance would not be
     * intimidated and urged Russia to stop reckless behaviour": "urged" has no subject the parser
     * links): the words are still that act's content, not a criticism of their own.
     */
    private Optional<EventPattern> carryingVerb(SentenceGraph graph, int head) {
        int node = head;
        for (int depth = 0; depth < 8; depth++) {
            Dependency up = graph.basicHead(node);
            if (up == null || up.governor() < 0) {
                return Optional.empty();
            }
            node = up.governor();
            Token governor = graph.token(node);
            if (governor.isVerb()) {
                for (EventPattern pattern : patterns.candidates(governor.lemma().toLowerCase(Locale.ROOT))) {
                    boolean oneWord = pattern.kind() == TriggerKind.VERB && pattern.objects().isEmpty() && pattern.particles().isEmpty()
                            && pattern.prepositionObjects().isEmpty() && pattern.complementCondition() == ComplementCondition.NONE;
                    if (oneWord && CARRYING_EVENTS.contains(pattern.event()) && !pattern.id().endsWith(OBLIGATION_RULE_SUFFIX)) {
                        return Optional.of(pattern);
                    }
                }
            }
            if (words.containsEither(ListName.SPEECH_VERB, governor.lemma(), governor.text())) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the words stand in a condition ("if Washington makes the slightest provocation") or
     * name any case of a kind ("will respond to every violation"): a warning's terms, not a
     * criticism of something done.
     */
    private static boolean conditionOrAnyCase(SentenceGraph graph, int head) {
        for (Dependency arc : graph.dependents(head)) {
            if (arc.baseRelation().equals("det") && ANY_CASE.contains(graph.token(arc.dependent()).text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        int node = head;
        for (int depth = 0; depth < 6; depth++) {
            for (Dependency arc : graph.basicDependents(node)) {
                if (arc.relation().equals("mark") && CONDITION_MARKS.contains(graph.token(arc.dependent()).text().toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
            Dependency up = graph.basicHead(node);
            if (up == null || up.governor() < 0) {
                return false;
            }
            node = up.governor();
        }
        return false;
    }

    /**
     * Whether a negation stands on the evaluative words or on the predicate they belong to ("was
     * not an act of aggression"), or "without" introduces them ("without foreign interference").
     */
    private static boolean negated(SentenceGraph graph, List<Integer> cueTokens) {
        for (int node : predicateChain(graph, cueTokens)) {
            for (Dependency arc : graph.dependents(node)) {
                String relation = arc.baseRelation();
                Token dependent = graph.token(arc.dependent());
                if ((relation.equals("advmod") || relation.equals("neg") || relation.equals("det"))
                        && NEGATIONS.contains(dependent.text().toLowerCase(Locale.ROOT))) {
                    return true;
                }
                // "the right to choose its future without foreign interference": the words name what is absent
                if (relation.equals("case") && dependent.text().equalsIgnoreCase("without")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The conjunctions that set a conjunct against the one before it: its negation does not carry over. */
    private static final Set<String> CONTRASTING = Set.of("but", "yet");

    /**
     * "was not considering retaliatory measures but reserved the right to respond": a conjunct joined
     * by "but" or "yet" states the opposite of the one before it, so that one's negation is not its own.
     */
    private static boolean contrasted(SentenceGraph graph, int conjunct) {
        return graph.basicDependents(conjunct).stream().anyMatch(arc -> arc.relation().equals("cc")
                && CONTRASTING.contains(graph.token(arc.dependent()).text().toLowerCase(Locale.ROOT)));
    }

    /** Whether the predicate of the words carries an auxiliary of the future, possibility or obligation. */
    private static boolean statedAsWarning(SentenceGraph graph, List<Integer> cueTokens) {
        for (int node : predicateChain(graph, cueTokens)) {
            for (Dependency arc : graph.dependents(node)) {
                if (arc.baseRelation().startsWith("aux")
                        && WARNING_AUXILIARIES.contains(graph.token(arc.dependent()).text().toLowerCase(Locale.ROOT))) {
                    return true;
                }
                if (arc.baseRelation().equals("aux") && graph.token(arc.dependent()).lemma().equalsIgnoreCase("be")
                        && graph.token(node).partOfSpeech().equals("VBG") && isGoing(graph, node)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "is going to respond": the predicate is "going" with the act as its complement. */
    private static boolean isGoing(SentenceGraph graph, int node) {
        return graph.token(node).lemma().equalsIgnoreCase("go");
    }

    /**
     * The evaluative words and the predicate they are part of: up from the words through
     * modifier, object and complement relations (not from a subject: "Russia's terror must not
     * become normal" negates becoming, not the terror), at most three steps.
     */
    private static List<Integer> predicateChain(SentenceGraph graph, List<Integer> cueTokens) {
        List<Integer> chain = new ArrayList<>(cueTokens);
        Set<Integer> seen = new HashSet<>(cueTokens);
        int node = StatementTarget.headOf(graph, cueTokens);
        for (int level = 0; level < 3; level++) {
            Dependency up = graph.basicHead(node);
            if (up == null || up.governor() < 0) {
                break;
            }
            String relation = up.relation();
            boolean throughPredicate = PREDICATE_RELATIONS.contains(relation) || relation.startsWith("nmod") || relation.startsWith("obl");
            if (!throughPredicate || relation.equals("conj") && contrasted(graph, node)) {
                break;
            }
            node = up.governor();
            if (seen.add(node)) {
                chain.add(node);
            }
        }
        return chain;
    }
}
