package org.annalist.language.corenlp;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.language.Token;

/**
 * Gives a bare weekday name ("Monday", "on Friday night") its day from its own sentence. SUTime
 * decides past or future for a weekday by a tag its rules attach to the shared Monday…Sunday
 * constants and never clear (CoreNLP issue #1061): once one article read "will … on Monday" as
 * future, every later "Monday" in the JVM was read so too, and the same article got a different date
 * depending on what had been annotated before it. This applies SUTime's own cue — a past-tense verb
 * or "have" within three tokens of the weekday means the last such day, "will", "would", "could",
 * "should", "'ll" or "going to" the next one — to the weekday's sentence alone, and takes the day
 * nearest the article date when the sentence has no cue. A weekday named on its own day is that day.
 */
final class WeekdayValue {

    private static final Pattern BARE_WEEKDAY = Pattern.compile(
            "(?:on\\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\\s+(?:morning|afternoon|evening|night))?");
    private static final Pattern DATED_VALUE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(.*)");
    private static final Set<String> PAST_WORDS = Set.of("have", "has", "had", "'ve");
    private static final Set<String> FUTURE_WORDS = Set.of("will", "would", "could", "should", "'ll", "wo");
    private static final int CUE_DISTANCE = 3;

    private enum Direction { PAST, FUTURE, NEAREST }

    private WeekdayValue() {}

    /**
     * @param sentence the tokens of the expression's sentence
     * @param first the expression's first token
     * @param end the token after its last
     * @param text the expression as written
     * @param articleDate the day the story was filed, or null
     * @param sutimeValue SUTime's value for the expression
     * @return the value to keep: SUTime's own unless the expression is a bare weekday it resolved to a day
     */
    static String of(List<Token> sentence, int first, int end, String text, LocalDate articleDate, String sutimeValue) {
        Matcher weekday = BARE_WEEKDAY.matcher(text.strip().toLowerCase(Locale.ROOT));
        Matcher dated = sutimeValue == null ? null : DATED_VALUE.matcher(sutimeValue);
        if (articleDate == null || !weekday.matches() || dated == null || !dated.matches()) {
            return sutimeValue;
        }
        DayOfWeek named = DayOfWeek.valueOf(weekday.group(1).toUpperCase(Locale.ROOT));
        return day(named, articleDate, direction(sentence, first, end)) + dated.group(1);
    }

    private static LocalDate day(DayOfWeek named, LocalDate articleDate, Direction direction) {
        LocalDate before = articleDate.with(TemporalAdjusters.previousOrSame(named));
        LocalDate after = articleDate.with(TemporalAdjusters.nextOrSame(named));
        return switch (direction) {
            case PAST -> before;
            case FUTURE -> after;
            case NEAREST -> ChronoUnit.DAYS.between(before, articleDate) <= ChronoUnit.DAYS.between(articleDate, after)
                    ? before : after;
        };
    }

    private static Direction direction(List<Token> sentence, int first, int end) {
        boolean past = false;
        for (int i = Math.max(0, first - CUE_DISTANCE); i < Math.min(sentence.size(), end + CUE_DISTANCE); i++) {
            if (i >= first && i < end) {
                continue;
            }
            Token token = sentence.get(i);
            String word = token.text().toLowerCase(Locale.ROOT);
            boolean goingTo = word.equals("going") && i + 1 < sentence.size()
                    && sentence.get(i + 1).text().equalsIgnoreCase("to");
            if (FUTURE_WORDS.contains(word) || goingTo) {
                return Direction.FUTURE;
            }
            past |= token.partOfSpeech().equals("VBD") || PAST_WORDS.contains(word);
        }
        return past ? Direction.PAST : Direction.NEAREST;
    }
}
