package org.annalist.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.annalist.dictionary.Gazetteer;
import org.annalist.dictionary.Place;
import org.annalist.events.patterns.WordLists;
import org.annalist.language.AnnotatedDocument;
import org.annalist.language.Dependency;
import org.annalist.language.Sentence;
import org.annalist.language.TimeExpression;
import org.annalist.language.Token;

/**
 * When and where an event happened.
 * <ul>
 *   <li>Date: the day named by a time expression of the sentence, the nearest to the trigger
 *       ("on Monday" → 2024-11-18, resolved against the article date by the language layer, a
 *       weekday name by the event's tense: {@link WeekdayReading}); else the article date.</li>
 *   <li>Location: a gazetteer place named in the sentence, preferring one introduced by "in" or
 *       "at" (directly or through its appositive head: "in the Iranian capital Tehran"), never a
 *       place that is itself an actor or recipient ("Tehran said"); else the article's dateline
 *       place ("KABUL, March 3 —"); else none.</li>
 * </ul>
 */
final class EventSetting {

    private static final int LONGEST_PLACE_NAME = 4;
    /** A place in one of these roles stands for its state ("accused Pristina"): no event's location. */
    private static final Set<String> METONYMY_RELATIONS = Set.of("nsubj", "nsubj:pass", "obj", "iobj", "nmod:poss");

    private final Gazetteer gazetteer;
    private final WeekdayReading weekdays;

    EventSetting(Gazetteer gazetteer, WordLists words) {
        this.gazetteer = gazetteer;
        this.weekdays = new WeekdayReading(words);
    }

    /** @param future whether the event is still to come (a weekday name is read by tense: {@link WeekdayReading}) */
    LocalDate date(SentenceGraph graph, List<TimeExpression> sentenceTimes, Token trigger, LocalDate articleDate, boolean future) {
        LocalDate nearest = null;
        int bestDistance = Integer.MAX_VALUE;
        for (TimeExpression time : sentenceTimes) {
            Optional<LocalDate> day = weekdays.day(graph, time, articleDate, future).or(time::day);
            if (day.isEmpty()) {
                continue;
            }
            int distance = Math.abs(time.start() - trigger.start());
            if (distance < bestDistance) {
                bestDistance = distance;
                nearest = day.get();
            }
        }
        return nearest == null ? articleDate : nearest;
    }

    /** The place of the sentence, or null; {@code partySpans} are actor and recipient mentions to skip. */
    EventLocation place(SentenceGraph graph, List<Span> partySpans) {
        EventLocation fallback = null;
        for (PlaceMention found : placesIn(graph)) {
            if (overlapsAny(found.span(), partySpans)) {
                continue;
            }
            EventLocation location = new EventLocation(found.place().name(), found.place().country(),
                    found.place().latitude(), found.place().longitude(), found.span());
            if (introducedByLocative(graph, found.firstToken(), found.endToken())) {
                return location;
            }
            if (fallback == null && !standsForItsState(graph, found.firstToken(), found.endToken())) {
                fallback = location;
            }
        }
        return fallback;
    }

    /** The dateline place: a gazetteer name opening the article, followed by a comma, dash or bracket. */
    Optional<EventLocation> dateline(AnnotatedDocument document) {
        if (document.sentences().isEmpty()) {
            return Optional.empty();
        }
        Sentence first = document.sentences().get(0);
        for (int length = Math.min(LONGEST_PLACE_NAME, first.tokens().size() - 1); length >= 1; length--) {
            Token next = first.token(length);
            if (!(next.text().equals(",") || next.text().startsWith("-") || next.text().equals("(")
                    || next.text().equals("\u2014") || next.text().equals("\u2013") || next.text().equals(":"))) {
                continue;
            }
            String name = document.text().substring(first.token(0).start(), first.token(length - 1).end());
            Optional<Place> place = gazetteer.find(name);
            if (place.isPresent()) {
                return Optional.of(new EventLocation(place.get().name(), place.get().country(), place.get().latitude(),
                        place.get().longitude(), new Span(first.token(0).start(), first.token(length - 1).end(), name)));
            }
        }
        return Optional.empty();
    }

    private record PlaceMention(Place place, Span span, int firstToken, int endToken) {}

    /** Gazetteer names in the sentence, longest first at each capitalised token, left to right. */
    private List<PlaceMention> placesIn(SentenceGraph graph) {
        List<PlaceMention> found = new ArrayList<>();
        Sentence sentence = graph.sentence();
        String text = sentence.text();
        int size = sentence.tokens().size();
        for (int first = 0; first < size; first++) {
            Token start = sentence.token(first);
            if (!start.isProperNoun()) {
                continue;
            }
            for (int end = Math.min(size, first + LONGEST_PLACE_NAME); end > first; end--) {
                int from = start.start() - sentence.start();
                int to = sentence.token(end - 1).end() - sentence.start();
                if (from < 0 || to > text.length()) {
                    continue;
                }
                Optional<Place> place = gazetteer.find(text.substring(from, to));
                if (place.isPresent()) {
                    found.add(new PlaceMention(place.get(), new Span(start.start(), sentence.token(end - 1).end(),
                            text.substring(from, to)), first, end));
                    first = end - 1;
                    break;
                }
            }
        }
        return found;
    }

    /**
     * "Vucic accused Pristina of …", "Pristina rejected the claim": a place that is a clause's subject, object or
     * possessor names its government (metonymy), a party of some event, not where this one happened.
     */
    private static boolean standsForItsState(SentenceGraph graph, int firstToken, int endToken) {
        for (int token = firstToken; token < endToken; token++) {
            for (Dependency arc : graph.heads(token)) {
                if (arc.governor() >= 0 && (arc.governor() < firstToken || arc.governor() >= endToken)
                        && METONYMY_RELATIONS.contains(arc.relation())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean introducedByLocative(SentenceGraph graph, int firstToken, int endToken) {
        for (int token = firstToken; token < endToken; token++) {
            if (hasLocativeCase(graph, token)) {
                return true;
            }
            for (Dependency arc : graph.heads(token)) {
                if (arc.governor() >= 0 && (arc.relation().equals("appos") || arc.relation().equals("compound")
                        || arc.relation().equals("flat")) && hasLocativeCase(graph, arc.governor())) {
                    return true;
                }
                if (arc.relation().equals("obl:in") || arc.relation().equals("obl:at") || arc.relation().equals("nmod:in")
                        || arc.relation().equals("nmod:at")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean hasLocativeCase(SentenceGraph graph, int token) {
        for (Dependency arc : graph.basicDependents(token)) {
            if (arc.relation().equals("case")) {
                String preposition = graph.token(arc.dependent()).lemma().toLowerCase(java.util.Locale.ROOT);
                if (preposition.equals("in") || preposition.equals("at")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean overlapsAny(Span span, List<Span> others) {
        for (Span other : others) {
            if (other != null && span.start() < other.end() && other.start() < span.end()) {
                return true;
            }
        }
        return false;
    }
}
