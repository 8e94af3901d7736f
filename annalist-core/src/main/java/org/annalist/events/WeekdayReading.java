package org.annalist.events;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.events.patterns.WordLists;
import org.annalist.language.Dependency;
import org.annalist.language.TimeExpression;
import org.annalist.language.Token;

/**
 * Reads a weekday name ("on Tuesday", "last Friday", "next Monday night") as news copy means it.
 * An agency story names days of its own week: the latest such day up to the article date for what
 * happened ("signed on Tuesday" in Wednesday's story is yesterday), the next such day from it for
 * what is to come ("will meet on Monday"). The language layer
 * resolves weekdays without looking at tense, and gives no day at all for "Tuesday night", so the
 * tense of the verb the weekday belongs to decides here; where it says nothing (a weekday on a noun:
 * "the rally on Friday"), the event's own tense does for a future event, else the language layer's day stands.
 */
final class WeekdayReading {

    private enum Tense { PAST, FUTURE, UNKNOWN }

    private static final Pattern WEEKDAY = Pattern.compile(
            "(?:on\\s+)?(?:(last|next|this|coming)\\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
                    + "(?:\\s+(?:morning|afternoon|evening|night))?");

    private static final Set<String> PAST_AUXILIARIES = Set.of("had", "has", "have", "was", "were", "did");
    private static final int LONGEST_CLIMB = 4;

    private final WordLists words;

    WeekdayReading(WordLists words) {
        this.words = words;
    }

    /**
     * @param time a time expression of the event's sentence
     * @param articleDate the day the story was filed
     * @param futureEvent whether the event is still to come (aux future)
     * @return the day meant, or empty when the expression is no weekday name or its direction is unknown
     */
    Optional<LocalDate> day(SentenceGraph graph, TimeExpression time, LocalDate articleDate, boolean futureEvent) {
        Matcher weekday = WEEKDAY.matcher(time.text().strip().toLowerCase(Locale.ROOT));
        if (articleDate == null || !weekday.matches()) {
            return Optional.empty();
        }
        DayOfWeek day = DayOfWeek.valueOf(weekday.group(2).toUpperCase(Locale.ROOT));
        String qualifier = weekday.group(1) == null ? "" : weekday.group(1);
        if (qualifier.equals("last")) {
            return Optional.of(articleDate.with(TemporalAdjusters.previous(day)));
        }
        if (qualifier.equals("next") || qualifier.equals("coming")) {
            return Optional.of(articleDate.with(TemporalAdjusters.next(day)));
        }
        Tense tense = tenseOfAttachment(graph, time);
        if (tense == Tense.UNKNOWN) {
            tense = futureEvent ? Tense.FUTURE : Tense.PAST;
        }
        return Optional.of(tense == Tense.FUTURE ? articleDate.with(TemporalAdjusters.nextOrSame(day))
                : articleDate.with(TemporalAdjusters.previousOrSame(day)));
    }

    /** The tense of the first verb above the expression, or UNKNOWN when a noun comes first ("the rally on Friday"). */
    private Tense tenseOfAttachment(SentenceGraph graph, TimeExpression time) {
        int node = graph.sentence().tokenAt(time.start());
        for (int step = 0; step < LONGEST_CLIMB && node >= 0; step++) {
            Dependency up = graph.basicHead(node);
            if (up == null || up.governor() < 0) {
                return Tense.UNKNOWN;
            }
            node = up.governor();
            Token governor = graph.token(node);
            if (governor.start() >= time.start() && governor.end() <= time.end()) {
                continue;
            }
            return governor.isVerb() ? tenseOfVerb(graph, node, governor) : Tense.UNKNOWN;
        }
        return Tense.UNKNOWN;
    }

    private Tense tenseOfVerb(SentenceGraph graph, int verb, Token token) {
        boolean pastAuxiliary = false;
        for (Dependency arc : graph.basicDependents(verb)) {
            Token dependent = graph.token(arc.dependent());
            String word = dependent.text().toLowerCase(Locale.ROOT);
            if (arc.relation().startsWith("aux") && Modality.isFutureOrReportedFuture(words, dependent)) {
                return Tense.FUTURE;
            }
            if (arc.relation().equals("mark") && word.equals("to")) {
                // an infinitive has no tense of its own: "offered to meet on Saturday" is to come, "refused to receive them on Monday" is past
                return Tense.UNKNOWN;
            }
            pastAuxiliary |= arc.relation().startsWith("aux") && PAST_AUXILIARIES.contains(word);
        }
        if (token.partOfSpeech().equals("VBD") || (token.partOfSpeech().equals("VBN") && pastAuxiliary)) {
            return Tense.PAST;
        }
        return Tense.UNKNOWN;
    }
}
