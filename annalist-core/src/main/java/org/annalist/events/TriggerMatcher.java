package org.annalist.events;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.annalist.events.patterns.ComplementCondition;
import org.annalist.events.patterns.EventPattern;
import org.annalist.events.patterns.ListName;
import org.annalist.events.patterns.PatternDictionary;
import org.annalist.events.patterns.WordLists;
import org.annalist.events.patterns.TriggerKind;
import org.annalist.language.Dependency;
import org.annalist.language.Token;

/**
 * Finds, per token, the patterns whose trigger words are all present in the parse around it and
 * keeps the most specific; records why each other candidate was set aside.
 */
final class TriggerMatcher {

    private final PatternDictionary patterns;
    private final WordLists words;
    private final Modality modality;
    private final TriggerWords triggerWords;

    TriggerMatcher(PatternDictionary patterns, WordLists words, Modality modality) {
        this.patterns = patterns;
        this.words = words;
        this.modality = modality;
        this.triggerWords = new TriggerWords(words);
    }

    /**
     * A token's candidate patterns in the order first found, each once. Keyed by rule id (unique in a
     * dictionary): a record's own hash walks every field, and a common verb has a hundred candidates.
     */
    private static final class Candidates {
        private final java.util.Map<String, EventPattern> byId = new java.util.LinkedHashMap<>();

        void addAll(List<EventPattern> patterns) {
            for (EventPattern pattern : patterns) {
                byId.putIfAbsent(pattern.id(), pattern);
            }
        }

        boolean isEmpty() {
            return byId.isEmpty();
        }

        List<EventPattern> inOrder() {
            return new ArrayList<>(byId.values());
        }
    }

    /**
     * The patterns of a hyphenated word whose last part is the token: the tokenizer splits
     * "test-fired" into "test", "-", "fired", and "test-fired" is a word of its own ("test-fire"),
     * not the verb "fire" ("fire a missile"). Empty when the token ends no hyphenated pattern word.
     */
    private Candidates hyphenatedCandidates(SentenceGraph graph, Token token) {
        Candidates candidates = new Candidates();
        int index = token.index();
        if (index < 2 || !graph.token(index - 1).text().equals("-")) {
            return candidates;
        }
        String first = graph.token(index - 2).text().toLowerCase(Locale.ROOT) + "-";
        candidates.addAll(patterns.candidates(first + (token.lemma() == null ? token.text() : token.lemma()).toLowerCase(Locale.ROOT)));
        candidates.addAll(patterns.candidates(first + token.text().toLowerCase(Locale.ROOT)));
        return candidates;
    }

    /** The winning match per head token, in token order; the losers go to {@code decisions}. */
    List<TriggerMatch> match(SentenceGraph graph, List<Decision> decisions) {
        List<TriggerMatch> matches = new ArrayList<>();
        Set<Integer> deniedNouns = new LinkedHashSet<>();
        for (Token token : graph.sentence().tokens()) {
            Candidates candidates = hyphenatedCandidates(graph, token);
            if (candidates.isEmpty()) {
                candidates.addAll(patterns.candidates(token.lemma() == null ? token.text() : token.lemma()));
                candidates.addAll(patterns.candidates(token.text().toLowerCase(Locale.ROOT)));
            }
            if (token.isVerb()) {
                // "reimposed", "re-opened": the repeated action's own patterns
                String lemma = token.lemma() == null ? token.text() : token.lemma();
                words.value(ListName.VERB_VARIANT, lemma)
                        .or(() -> words.value(ListName.VERB_VARIANT, token.text()))
                        .ifPresent(base -> candidates.addAll(patterns.candidates(base)));
            }
            if (candidates.isEmpty()) {
                continue;
            }
            List<EventPattern> ordered = candidates.inOrder();
            ordered.sort((a, b) -> Integer.compare(b.specificity(), a.specificity()));
            TriggerMatch winner = null;
            for (EventPattern pattern : ordered) {
                if (!partOfSpeechFits(pattern.kind(), token)) {
                    decisions.add(decision(graph, pattern, token, DecisionReason.WRONG_PART_OF_SPEECH,
                            "wants a " + pattern.kind().name().toLowerCase(Locale.ROOT) + ", found " + token.partOfSpeech()
                            + (token.namedEntityTag() == null ? "" : " (" + token.namedEntityTag() + ")")));
                    continue;
                }
                TriggerMatch match = triggerWords.find(graph, pattern, token.index());
                if (match != null && pattern.kind() == TriggerKind.VERB && describesPeopleHeldEarlier(graph, token)) {
                    decisions.add(decision(graph, pattern, token, DecisionReason.TRIGGER_WORDS_MISSING,
                            "a participle describing people held earlier (\"released members detained last year\"), no new act"));
                    continue;
                }
                if (match != null && pattern.complementCondition() == ComplementCondition.WARNING
                        && !(statedAsFutureOrObligation(graph, match) && (GenericReferent.hasGenericSubject(graph, match.head(), words)
                                || GenericReferent.reachesAnywhere(graph, match.head(), words)))) {
                    decisions.add(decision(graph, pattern, token, DecisionReason.TRIGGER_WORDS_MISSING,
                            "not a stated punishment of whoever does something"));
                    continue;
                }
                if (match != null && pattern.complementCondition() == ComplementCondition.FUTURE && !statedAsFuture(graph, match)) {
                    decisions.add(decision(graph, pattern, token, DecisionReason.TRIGGER_WORDS_MISSING,
                            "not stated as a future or possible action"));
                    continue;
                }
                if (match != null && pattern.complementCondition() == ComplementCondition.REFUSAL && !statedAsRefusal(graph, match)) {
                    decisions.add(decision(graph, pattern, token, DecisionReason.TRIGGER_WORDS_MISSING,
                            "not a stated refusal (\"will not\", \"would not\", \"does not\")"));
                    continue;
                }
                if (match != null && pattern.complementCondition() == ComplementCondition.PREDICATE
                        && !Characterisation.holds(graph, token.index(), words)) {
                    decisions.add(decision(graph, pattern, token, DecisionReason.TRIGGER_WORDS_MISSING,
                            "no object named as something (\"called the decision a provocation\")"));
                    continue;
                }
                Optional<Token> declined = match == null ? Optional.empty() : Denial.declinedComment(graph, pattern, token.index(), words);
                if (declined.isPresent()) {
                    decisions.add(decision(graph, pattern, token, DecisionReason.DECLINED_COMMENT,
                            "declines to " + declined.get().text() + ": no comment, not a refusal"));
                    continue;
                }
                Optional<Token> denied = match == null ? Optional.empty() : Denial.deniedAccusation(graph, pattern, token.index(), words);
                if (denied.isPresent()) {
                    deniedNouns.add(denied.get().index());
                    decisions.add(decision(graph, pattern, token, DecisionReason.DENIAL,
                            "a denial of the " + denied.get().text() + ", not a rejection of a proposal"));
                    continue;
                }
                if (match != null && !complementHolds(graph, pattern.complementCondition(), token.index())) {
                    decisions.add(decision(graph, pattern, token, DecisionReason.TRIGGER_WORDS_MISSING,
                            pattern.complementCondition() == ComplementCondition.OBLIGATION
                                    ? "no clausal complement with a modal of obligation (must, should)"
                                    : pattern.complementCondition() == ComplementCondition.CONTROL
                                    ? "no object told what to do (\"wanted Ottawa to scrap\")" : "no clausal complement"));
                    continue;
                }
                if (match == null) {
                    decisions.add(decision(graph, pattern, token, DecisionReason.TRIGGER_WORDS_MISSING,
                            "\"" + pattern.trigger() + "\" not all present"));
                } else if (winner != null) {
                    decisions.add(decision(graph, pattern, token, DecisionReason.OUTRANKED,
                            "\"" + winner.pattern().id() + "\" is more specific"));
                } else {
                    winner = match;
                }
            }
            if (winner != null) {
                matches.add(winner);
            }
        }
        if (deniedNouns.isEmpty()) {
            return matches;
        }
        // the accusation a denial names ("rejected his claim that …") is the denied statement, not an event of its own
        List<TriggerMatch> kept = new ArrayList<>();
        for (TriggerMatch match : matches) {
            if (match.pattern().kind() == TriggerKind.NOUN && deniedNouns.contains(match.head())) {
                decisions.add(decision(graph, match.pattern(), graph.token(match.head()), DecisionReason.DENIAL,
                        "the accusation a denial names"));
            } else {
                kept.add(match);
            }
        }
        return kept;
    }

    /**
     * "would release two journalists detained under anti-terrorism laws", "freed four shepherds detained last
     * week", "those detained for peaceful protest": a past participle of a {@code background-participle} verb
     * that describes a noun (a reduced relative clause) names people by an earlier act; the sentence's event is
     * what happens to them now. Recognised by its grammar: a VBN with no auxiliary and no object, hung from a
     * noun (acl, amod) or parsed as a subject-verb clause of its own ("members detained": nsubj with no
     * auxiliary, which no finite clause has). "were detained", "had detained", "police detained X" and a
     * participle joined to a finite verb ("23 officers had been injured and 17 protesters detained") are acts.
     */
    private boolean describesPeopleHeldEarlier(SentenceGraph graph, Token token) {
        if (!words.containsEither(ListName.BACKGROUND_PARTICIPLE, token.lemma(), token.text())) {
            return false;
        }
        return reducedRelative(graph, token.index());
    }

    private static boolean reducedRelative(SentenceGraph graph, int verb) {
        if (!graph.token(verb).partOfSpeech().equals("VBN")) {
            return false;
        }
        Dependency up = graph.basicHead(verb);
        if (up == null || up.governor() == Dependency.ROOT || up.relation().startsWith("conj")) {
            return false;
        }
        boolean auxiliary = false;
        boolean activeSubject = false;
        for (Dependency arc : graph.basicDependents(verb)) {
            auxiliary |= arc.relation().startsWith("aux") || arc.relation().equals("obj");  // "guards detained four villagers": a finite verb mis-tagged
            activeSubject |= arc.relation().equals("nsubj");
        }
        if (auxiliary) {
            return false;
        }
        return up.relation().startsWith("acl") || up.relation().equals("amod") || activeSubject;
    }

    /** "will respond", "would retaliate", "could hit back": future or possible by its grammar, and not negated. */
    private boolean statedAsFuture(SentenceGraph graph, TriggerMatch match) {
        List<String> aux = modality.aux(graph, match, List.of(), null);
        return !aux.contains(Modality.NEGATION) && (aux.contains(Modality.FUTURE) || aux.contains(Modality.HYPOTHETICAL));
    }

    /**
     * "would not take part", "will never pay", "does not take orders": negated, and a stated future
     * or a present practice (the verb or its auxiliary in the present tense), not a possibility.
     */
    private boolean statedAsRefusal(SentenceGraph graph, TriggerMatch match) {
        List<String> aux = modality.aux(graph, match, List.of(), null);
        if (!aux.contains(Modality.NEGATION) || aux.contains(Modality.HYPOTHETICAL)) {
            return false;
        }
        if (aux.contains(Modality.FUTURE)) {
            return true;
        }
        int predicate = modality.predicate(graph, match);
        if (isPresent(graph.token(predicate))) {
            return true;
        }
        return graph.basicDependents(predicate).stream()
                .anyMatch(arc -> arc.relation().equals("aux") && isPresent(graph.token(arc.dependent())));
    }

    private static boolean isPresent(Token token) {
        return token.partOfSpeech().equals("VBZ") || token.partOfSpeech().equals("VBP");
    }

    /** "will pay", "would be dealt with", "must answer for it": stated, not done, and not negated. */
    private boolean statedAsFutureOrObligation(SentenceGraph graph, TriggerMatch match) {
        if (statedAsFuture(graph, match)) {
            return true;
        }
        return graph.basicDependents(match.head()).stream()
                .anyMatch(arc -> arc.relation().equals("aux") && words.containsEither(ListName.OBLIGATION_MODAL,
                        graph.token(arc.dependent()).lemma(), graph.token(arc.dependent()).text()));
    }

    /**
     * Whether the verb's clausal complement meets the condition: for OBLIGATION one has a modal of
     * obligation ("said (that) Iraq must cooperate"), for CLAUSE there is one, or the verb reports
     * a clause it follows ("…, a rights group protested").
     */
    private boolean complementHolds(SentenceGraph graph, ComplementCondition condition, int verb) {
        if (condition == ComplementCondition.NONE || condition == ComplementCondition.FUTURE || condition == ComplementCondition.WARNING
                || condition == ComplementCondition.PREDICATE || condition == ComplementCondition.REFUSAL) {
            return true;
        }
        if (condition == ComplementCondition.CONTROL) {
            return objectControl(graph, verb);
        }
        if (condition == ComplementCondition.CLAUSE) {
            if (SentenceGraph.reportedClause(graph, verb) >= 0) {
                return true;
            }
            return graph.basicDependents(verb).stream()
                    .anyMatch(arc -> arc.relation().equals("ccomp") || arc.relation().equals("parataxis"));
        }
        for (Dependency arc : graph.basicDependents(verb)) {
            if (!(arc.relation().equals("ccomp") || arc.relation().equals("parataxis"))) {
                continue;
            }
            for (Dependency inner : graph.basicDependents(arc.dependent())) {
                Token modal = graph.token(inner.dependent());
                if (inner.relation().equals("aux") && words.containsEither(ListName.OBLIGATION_MODAL, modal.lemma(), modal.text())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "wanted Ottawa to scrap", "encourage India and Pakistan to keep": the verb has an object that
     * names someone (a proper name or a personal pronoun) and an open complement marked with "to"
     * whose verb is what the object is asked to do. "want judges, not guns, to settle this" and
     * "wanted the row to derail the summit" name no one who is asked.
     */
    private static boolean objectControl(SentenceGraph graph, int verb) {
        boolean object = false;
        boolean toComplement = false;
        for (Dependency arc : graph.basicDependents(verb)) {
            if (arc.relation().equals("obj")) {
                Token named = graph.token(arc.dependent());
                object |= named.isProperNoun() || named.isPronoun();
            } else if (arc.relation().equals("xcomp") && graph.token(arc.dependent()).isVerb()) {
                toComplement |= graph.basicDependents(arc.dependent()).stream()
                        .anyMatch(inner -> inner.relation().equals("mark") && graph.token(inner.dependent()).text().equalsIgnoreCase("to"));
            }
        }
        return object && toComplement;
    }

    private static boolean partOfSpeechFits(TriggerKind kind, Token token) {
        if (kind == TriggerKind.NOUN && token.namedEntityTag() != null && TriggerWords.TIME_TAGS.contains(token.namedEntityTag())) {
            return false;
        }
        return kind == TriggerKind.VERB ? token.isVerb() : token.isNoun();
    }

    static Decision decision(SentenceGraph graph, EventPattern pattern, Token token, DecisionReason reason, String detail) {
        return new Decision(graph.sentence().index(), pattern.id(), pattern.location(),
                new Span(token.start(), token.end(), token.text()), reason, detail, null);
    }
}
