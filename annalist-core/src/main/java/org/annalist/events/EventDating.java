package org.annalist.events;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.events.patterns.ListName;
import org.annalist.events.patterns.WordLists;
import org.annalist.language.Dependency;
import org.annalist.language.TimeExpression;

/**
 * When an event happened, from the time expressions of its sentence.
 * <ul>
 *   <li>A time expression of the trigger's own clause comes first ("detained three boats on Monday, prompting
 *       Jakarta to summon the ambassador on Tuesday": the detention is Monday's, the summons Tuesday's); a day
 *       before a coarser period.</li>
 *   <li>A week, month or year of the own clause ("agreed in July", "last year") dates the event to the first day
 *       of that period with that {@link DatePrecision}: never the article's day in another month.</li>
 *   <li>Without one, the day named nearest to the trigger in another clause (a weekday by the tense of its verb:
 *       {@link WeekdayReading}); a coarse period of another clause says nothing about this event.</li>
 *   <li>A weekday of its own clause never dates a trigger in the present perfect: English puts no past day on
 *       "has called" ("has called for a nationwide strike on Friday" names the strike's day; the call is the
 *       story's news). A weekday of another clause still may ("has detained 11 staff, the UN said on Tuesday").</li>
 *   <li>A day of a later gathering the act points to ("invited the leaders to talks on Thursday",
 *       {@link AwaitedEventTime}) dates that gathering, not a past act.</li>
 *   <li>A time expression that modifies a noun ("the 2015 nuclear deal", "Monday's attack", "the June 7 runoff")
 *       dates that thing, not the event, and is skipped.</li>
 *   <li>Else the article date, to the day.</li>
 * </ul>
 */
final class EventDating {

    /** The date of an event and how exactly it is known. */
    record EventDate(LocalDate day, DatePrecision precision) {}

    /** Relations by which a time expression describes a noun rather than the clause's event. */
    private static final Set<String> NOUN_MODIFIER_RELATIONS = Set.of("compound", "amod", "nummod", "nmod:poss", "det", "appos");
    private static final Set<String> CLAUSE_RELATIONS = Set.of("advcl", "ccomp", "acl", "parataxis", "csubj", "xcomp");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");

    private final WeekdayReading weekdays;
    private final WordLists words;
    private final AwaitedEventTime awaited;

    EventDating(WordLists words) {
        this.weekdays = new WeekdayReading(words);
        this.words = words;
        this.awaited = new AwaitedEventTime(words);
    }

    /**
     * @param trigger the trigger's token index in the sentence
     * @param future whether the event is still to come (a weekday name is read by tense)
     */
    EventDate date(SentenceGraph graph, List<TimeExpression> sentenceTimes, int trigger, LocalDate articleDate, boolean future) {
        int triggerClause = trigger < 0 ? -1 : dateClause(graph, trigger);
        int triggerStart = trigger < 0 ? 0 : graph.token(trigger).start();
        EventDate ownDay = null;
        EventDate ownPeriod = null;
        EventDate otherDay = null;
        int ownDayDistance = Integer.MAX_VALUE;
        int ownPeriodDistance = Integer.MAX_VALUE;
        int otherDistance = Integer.MAX_VALUE;
        boolean presentPerfect = trigger >= 0 && !future && Modality.isPresentPerfect(graph, trigger);
        for (TimeExpression time : sentenceTimes) {
            int head = headToken(graph, time);
            if (head >= 0 && modifiesNoun(graph, head)) {
                continue;
            }
            if (head >= 0 && !future && trigger >= 0 && awaited.datesAwaitedEvent(graph, head, trigger)) {
                continue;
            }
            boolean ownClause = head >= 0 && triggerClause >= 0 && dateClause(graph, head) == triggerClause;
            int distance = Math.abs(time.start() - triggerStart);
            Optional<LocalDate> weekday = weekdays.day(graph, time, articleDate, future);
            if (presentPerfect && ownClause && weekday.isPresent()) {
                continue;
            }
            Optional<LocalDate> day = weekday.or(time::day);
            if (day.isPresent()) {
                EventDate found = new EventDate(day.get(), DatePrecision.DAY);
                if (ownClause && distance < ownDayDistance) {
                    ownDay = found;
                    ownDayDistance = distance;
                } else if (!ownClause && distance < otherDistance) {
                    otherDay = found;
                    otherDistance = distance;
                }
                continue;
            }
            Optional<EventDate> period = period(time).map(found -> inTense(found, time, articleDate, future));
            if (ownClause && period.isPresent() && distance < ownPeriodDistance && attachesToEvent(graph, head, trigger)
                    && !bounds(graph, time, head)) {
                ownPeriod = period.get();
                ownPeriodDistance = distance;
            }
        }
        if (ownDay != null) {
            return ownDay;
        }
        if (ownPeriod != null) {
            return ownPeriod;
        }
        return otherDay != null ? otherDay : new EventDate(articleDate, DatePrecision.DAY);
    }

    /**
     * The clause a token's time belongs to: as for places ({@link EventSetting#clauseHead}), and a coordinated verb is
     * a clause of its own too ("seized a tanker on Tuesday, and the Emirates summoned the ambassador on Wednesday").
     */
    private static int dateClause(SentenceGraph graph, int token) {
        int clause = EventSetting.clauseHead(graph, token);
        int current = token;
        for (int steps = 0; steps < graph.size() && current != clause; steps++) {
            Dependency up = graph.basicHead(current);
            if (up == null || up.governor() < 0) {
                break;
            }
            if (up.baseRelation().equals("conj") && graph.token(current).isVerb()) {
                return current;
            }
            current = up.governor();
        }
        return clause;
    }

    /** A week ("2024-W47"), month ("2026-07") or year ("2025") value as the first day of that period. */
    static Optional<EventDate> period(TimeExpression time) {
        String value = time.value();
        if (value == null || !"DATE".equals(time.type())) {
            return Optional.empty();
        }
        Matcher week = WEEK.matcher(value);
        if (week.matches()) {
            int weekNumber = Integer.parseInt(week.group(2));
            if (weekNumber < 1 || weekNumber > 53) {
                return Optional.empty();
            }
            LocalDate monday = LocalDate.of(Integer.parseInt(week.group(1)), 6, 1)
                    .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, weekNumber)
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            return Optional.of(new EventDate(monday, DatePrecision.WEEK));
        }
        Matcher month = MONTH.matcher(value);
        if (month.matches()) {
            int monthNumber = Integer.parseInt(month.group(2));
            return monthNumber < 1 || monthNumber > 12 ? Optional.empty()
                    : Optional.of(new EventDate(LocalDate.of(Integer.parseInt(month.group(1)), monthNumber, 1), DatePrecision.MONTH));
        }
        Matcher year = YEAR.matcher(value);
        if (year.matches()) {
            return Optional.of(new EventDate(LocalDate.of(Integer.parseInt(year.group(1)), 1, 1), DatePrecision.YEAR));
        }
        return Optional.empty();
    }

    /**
     * A bare month is read by the event's tense, as a weekday is: "turned down the offer in December" in a February
     * story is last December, which the language layer may put in the coming one.
     */
    private static EventDate inTense(EventDate period, TimeExpression time, LocalDate articleDate, boolean future) {
        if (articleDate == null || period.precision() != DatePrecision.MONTH || time.text().matches(".*\\d{4}.*")) {
            return period;
        }
        if (!future && period.day().isAfter(articleDate)) {
            return new EventDate(period.day().minusYears(1), period.precision());
        }
        return period;
    }

    /**
     * "since 2022", "until March", "by October", "before 2015": the period bounds a span or a deadline, it is not
     * when the event happened.
     */
    private boolean bounds(SentenceGraph graph, TimeExpression time, int head) {
        String text = time.text().strip().toLowerCase(java.util.Locale.ROOT);
        int space = text.indexOf(' ');
        if (space > 0 && words.contains(ListName.BOUNDING_WORD, text.substring(0, space))) {
            return true;
        }
        for (Dependency arc : graph.basicDependents(head)) {
            if (arc.relation().equals("case")
                    && words.contains(ListName.BOUNDING_WORD, graph.token(arc.dependent()).lemma().toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** The expression's token whose head lies outside it, or -1. */
    private static int headToken(SentenceGraph graph, TimeExpression time) {
        int first = graph.sentence().tokenAt(time.start());
        if (first < 0) {
            return -1;
        }
        int last = first;
        while (last + 1 < graph.size() && graph.token(last + 1).end() <= time.end()) {
            last++;
        }
        for (int token = first; token <= last; token++) {
            Dependency head = graph.basicHead(token);
            if (head == null || head.governor() < first || head.governor() > last) {
                return token;
            }
        }
        return first;
    }

    /**
     * Whether a coarse period describes the event itself: it hangs from the trigger ("talks in July") or from the
     * verb the trigger is an argument of ("held talks in July"), not from another noun ("their exit from the bloc
     * last year") or a coordinated verb ("pledged aid for next year but has not sent missiles").
     */
    private static boolean attachesToEvent(SentenceGraph graph, int head, int trigger) {
        Dependency up = graph.basicHead(head);
        if (up == null || up.governor() < 0) {
            return false;
        }
        if (up.governor() == trigger) {
            return true;
        }
        Dependency triggerUp = graph.basicHead(trigger);
        return triggerUp != null && triggerUp.governor() == up.governor() && graph.token(up.governor()).isVerb()
                && !triggerUp.baseRelation().equals("conj") && !CLAUSE_RELATIONS.contains(triggerUp.baseRelation());
    }

    /** "the 2015 nuclear deal", "Monday's attack": the expression hangs from a noun as its modifier. */
    private static boolean modifiesNoun(SentenceGraph graph, int head) {
        Dependency up = graph.basicHead(head);
        return up != null && up.governor() >= 0 && NOUN_MODIFIER_RELATIONS.contains(up.relation())
                && graph.token(up.governor()).partOfSpeech().startsWith("NN");
    }
}
