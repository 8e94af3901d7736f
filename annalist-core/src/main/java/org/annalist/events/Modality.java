package org.annalist.events;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.annalist.events.patterns.ListName;
import org.annalist.events.patterns.TriggerKind;
import org.annalist.events.patterns.WordLists;
import org.annalist.language.Dependency;
import org.annalist.language.TimeExpression;
import org.annalist.language.Token;

/**
 * Decides PLOVER's auxiliary modes for a trigger — "negation", "future", "hypothetical" — from the
 * words around its predicate. The predicate is the trigger verb, or for a noun trigger the light
 * or participation verb that governs it ("did not hold talks"). Rules (word lists in
 * {@code events/word-lists.tsv}):
 * <ul>
 *   <li>negation: a negation word on the predicate or trigger; or the predicate is the
 *       complement of a negative frame ("failed to meet");</li>
 *   <li>future: a future auxiliary ("will"); the complement of a future frame ("plans to",
 *       "is expected to"); "would" under a verb of saying ("said it would"); or a time
 *       expression of the sentence after the article date ("next week") on a predicate neither in
 *       the past tense nor in the present perfect, other than the day of a later gathering the act
 *       points to ({@link AwaitedEventTime});</li>
 *   <li>hypothetical: a modal of possibility ("could", "might", "would" outside reported
 *       speech), or a condition marker ("if", "unless") on the predicate's clause.</li>
 * </ul>
 */
final class Modality {

    static final String NEGATION = "negation";
    static final String FUTURE = "future";
    static final String HYPOTHETICAL = "hypothetical";

    /** The auxiliaries of the present perfect, whose act has happened ("has called", "'ve signed"). */
    private static final Set<String> PRESENT_PERFECT_AUXILIARIES = Set.of("has", "have", "'s", "'ve");

    /**
     * Whether the word is an auxiliary of what is to come: a future auxiliary of word-lists.tsv
     * ("will", "shall", "'ll"), or "would", the future of reported speech ("said it would ask on
     * Thursday", "said the ambassador would be summoned").
     */
    static boolean isFutureOrReportedFuture(WordLists words, Token word) {
        String text = word.text().toLowerCase(Locale.ROOT);
        return words.containsEither(ListName.FUTURE_AUXILIARY, word.lemma(), text) || text.equals("would");
    }

    private final WordLists words;
    private final AwaitedEventTime awaited;

    Modality(WordLists words) {
        this.words = words;
        this.awaited = new AwaitedEventTime(words);
    }

    List<String> aux(SentenceGraph graph, TriggerMatch match, List<TimeExpression> times, LocalDate articleDate) {
        // "turned down an invitation to talks on Thursday": the talks' later day does not make the act a plan
        List<TimeExpression> ownTimes = times.stream().filter(time -> {
            int token = graph.sentence().tokenAt(time.start());
            return token < 0 || !awaited.datesAwaitedEvent(graph, token, match.head());
        }).toList();
        return aux(graph, predicate(graph, match), match.head(), ownTimes, articleDate);
    }

    /** The modes of a verb by its grammar alone, no time expression: for the clause that governs another. */
    List<String> auxOfVerb(SentenceGraph graph, int verb) {
        return aux(graph, verb, verb, List.of(), null);
    }

    private List<String> aux(SentenceGraph graph, int predicate, int head, List<TimeExpression> times, LocalDate articleDate) {
        boolean negated = hasDependentIn(graph, predicate, ListName.NEGATION) || hasDependentIn(graph, head, ListName.NEGATION);
        boolean future = false;
        boolean hypothetical = false;
        for (Dependency arc : graph.dependents(predicate)) {
            if (!arc.relation().equals("aux")) {
                continue;
            }
            Token aux = graph.token(arc.dependent());
            if (words.containsEither(ListName.FUTURE_AUXILIARY, aux.lemma(), aux.text())) {
                future = true;
            } else if (aux.lemma().equalsIgnoreCase("would") && underSpeechVerb(graph, predicate)) {
                future = true;
            } else if (words.containsEither(ListName.HYPOTHETICAL_AUXILIARY, aux.lemma(), aux.text())) {
                hypothetical = true;
            }
        }
        Dependency up = graph.basicHead(predicate);
        if (up != null && up.governor() >= 0 && up.relation().equals("xcomp")) {
            Token frame = graph.token(up.governor());
            if (words.containsEither(ListName.NEGATIVE_FRAME, frame.lemma(), frame.text())) {
                negated = true;
            }
            if (words.containsEither(ListName.FUTURE_FRAME, frame.lemma(), frame.text())) {
                future = true;
            }
            if (words.containsEither(ListName.COMMITMENT_FRAME, frame.lemma(), frame.text())
                    && hasDependentIn(graph, up.governor(), ListName.NEGATION)) {
                // "is not willing to negotiate", "was not prepared to accept the plan": a commitment
                // denied is the negated future of the action, which CodingConvention reads as a refusal
                negated = true;
                future = true;
            }
            for (Dependency arc : graph.dependents(up.governor())) {
                if (arc.relation().equals("aux")) {
                    Token aux = graph.token(arc.dependent());
                    future |= words.containsEither(ListName.FUTURE_AUXILIARY, aux.lemma(), aux.text());
                }
            }
        }
        hypothetical |= conditional(graph, predicate);
        // A past-tense or present-perfect predicate ("began drills on Monday", "has called for a strike on
        // Friday") did happen: a later date is the time normaliser reading a bare weekday forwards, or the
        // date of what the act is about, not a plan.
        boolean pastTense = graph.token(predicate).partOfSpeech().equals("VBD") || isPresentPerfect(graph, predicate);
        future |= !pastTense && laterTime(times, articleDate);
        List<String> aux = new ArrayList<>();
        if (negated) {
            aux.add(NEGATION);
        }
        if (future) {
            aux.add(FUTURE);
        }
        if (hypothetical) {
            aux.add(HYPOTHETICAL);
        }
        return aux;
    }

    /** The verb that carries tense and negation for the trigger. */
    int predicate(SentenceGraph graph, TriggerMatch match) {
        if (match.pattern().kind() == TriggerKind.VERB) {
            return match.head();
        }
        List<Integer> governors = RoleFillers.governingVerbs(graph, match.head(), words, match.pattern().event());
        return governors.isEmpty() ? match.head() : governors.get(0);
    }

    private boolean hasDependentIn(SentenceGraph graph, int token, ListName list) {
        for (Dependency arc : graph.dependents(token)) {
            String base = arc.baseRelation();
            if (base.equals("advmod") || base.equals("neg") || base.equals("det") || base.equals("cc")) {
                Token dependent = graph.token(arc.dependent());
                if (words.containsEither(list, dependent.lemma(), dependent.text())) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean underSpeechVerb(SentenceGraph graph, int predicate) {
        int node = predicate;
        for (int depth = 0; depth < 4; depth++) {
            // "Budapest would not support the measures, the prime minister said" and "an official said
            // Phnom Penh would not withdraw" parsed with "said" as a parataxis of the reported verb, or
            // even as its auxiliary ("an official said Lima would not withdraw": said/VBD aux<withdraw)
            for (Dependency arc : graph.basicDependents(node)) {
                Token dependent = graph.token(arc.dependent());
                boolean sayingAuxiliary = arc.relation().equals("aux") && dependent.partOfSpeech().equals("VBD");
                if ((arc.relation().equals("parataxis") || sayingAuxiliary)
                        && words.containsEither(ListName.SPEECH_VERB, dependent.lemma(), dependent.text())) {
                    return true;
                }
            }
            Dependency up = graph.basicHead(node);
            if (up == null || up.governor() < 0) {
                return false;
            }
            Token governor = graph.token(up.governor());
            // "dep": "said India would not hold talks" parsed with "India" as the object of "said" (DetachedSubject)
            // "conj": "said the government … and would not release them" parsed with "release" as a
            // second predicate of "said": the speaker's own stated future, not a hypothetical
            if ((up.relation().equals("ccomp") || up.relation().equals("parataxis") || up.relation().equals("dep")
                    || up.relation().startsWith("conj"))
                    && words.containsEither(ListName.SPEECH_VERB, governor.lemma(), governor.text())) {
                return true;
            }
            node = up.governor();
        }
        return false;
    }

    /** Whether the predicate's clause (up through xcomp and conj) is introduced by "if"/"unless". */
    private boolean conditional(SentenceGraph graph, int predicate) {
        return OpenQuestion.clauseMarkedBy(graph, predicate,
                mark -> words.contains(ListName.CONDITION_MARKER, mark.lemma().toLowerCase(Locale.ROOT))
                        && !mark.lemma().equalsIgnoreCase("whether"));
    }

    /** Whether the verb at {@code verb} is in the present perfect: a past participle on "has" or "have" ("has called"). */
    static boolean isPresentPerfect(SentenceGraph graph, int verb) {
        if (!graph.token(verb).partOfSpeech().equals("VBN")) {
            return false;
        }
        boolean perfect = false;
        for (Dependency arc : graph.basicDependents(verb)) {
            if (arc.relation().equals("aux")) {
                if (!PRESENT_PERFECT_AUXILIARIES.contains(graph.token(arc.dependent()).text().toLowerCase(Locale.ROOT))) {
                    return false;
                }
                perfect = true;
            }
        }
        return perfect;
    }

    /** Whether a time expression of the sentence lies after the article date. */
    static boolean laterTime(List<TimeExpression> times, LocalDate articleDate) {
        return articleDate != null && anyStart(times, start -> start.isAfter(articleDate));
    }

    /**
     * Whether one of the times names the article's day or a later one: with a future mark, "will
     * meet the army chiefs on Friday" in a Friday paper is an act set for a day, later that day,
     * as much as one set for next week.
     */
    static boolean sameDayOrLater(List<TimeExpression> times, LocalDate articleDate) {
        return articleDate != null && anyStart(times, start -> !start.isBefore(articleDate));
    }

    /** Whether the first day of one of the times (DATE values only) passes the test. */
    private static boolean anyStart(List<TimeExpression> times, java.util.function.Predicate<LocalDate> test) {
        for (TimeExpression time : times) {
            LocalDate start = startOf(time);
            if (start != null && test.test(start)) {
                return true;
            }
        }
        return false;
    }

    /** The first day a DATE value names: "2024-11-18", "2024-W48", "2024-12". */
    static LocalDate startOf(TimeExpression time) {
        if (time.value() == null || !"DATE".equals(time.type())) {
            return null;
        }
        String value = time.value();
        try {
            if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(value);
            }
            if (value.matches("\\d{4}-W\\d{2}")) {
                int year = Integer.parseInt(value.substring(0, 4));
                int week = Integer.parseInt(value.substring(6));
                return LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                        .with(java.time.DayOfWeek.MONDAY);
            }
            if (value.matches("\\d{4}-\\d{2}")) {
                return LocalDate.parse(value + "-01");
            }
        } catch (RuntimeException e) {
            return null;
        }
        return null;
    }
}
