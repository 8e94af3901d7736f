package org.annalist.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.annalist.dictionary.Gazetteer;
import org.annalist.dictionary.Place;
import org.annalist.events.patterns.ListName;
import org.annalist.events.patterns.WordLists;
import org.annalist.language.AnnotatedDocument;
import org.annalist.language.Dependency;
import org.annalist.language.Sentence;
import org.annalist.language.TimeExpression;
import org.annalist.language.Token;

/**
 * When and where an event happened.
 * <ul>
 *   <li>Date: a time expression of the trigger's own clause, else the day named nearest to the trigger
 *       ("on Monday" → 2024-11-18, a weekday name by the event's tense), else the article date: {@link EventDating}.</li>
 *   <li>Location: a gazetteer place named in the sentence, preferring one of the trigger's own
 *       clause, then one introduced by "in" or
 *       "at" (directly or through its appositive head: "in the Iranian capital Tehran", or a place noun's "of"
 *       phrase: "in the Saudi city of Jeddah"), never a
 *       place that is itself an actor or recipient ("Tehran said"), nor one the event is aimed at or done with
 *       ("against Transnistria", "a pact with Asmara") or one naming a thing ("the Doha agreement"); else the article's dateline
 *       place ("KABUL, March 3 —"); else none.</li>
 * </ul>
 */
final class EventSetting {

    private static final int LONGEST_PLACE_NAME = 4;
    /** A place in one of these roles stands for its state ("accused Pristina", "groups directed by Belgrade"): no event's location. */
    private static final Set<String> METONYMY_RELATIONS = Set.of("nsubj", "nsubj:pass", "obj", "iobj", "nmod:poss", "obl:agent", "obl:by");
    /** Relations that open a clause of their own, whose places are not the governing clause's (an xcomp shares its clause: "agreed to meet in Vienna"). */
    private static final Set<String> CLAUSE_RELATIONS = Set.of("advcl", "ccomp", "acl", "parataxis", "csubj");

    private final Gazetteer gazetteer;
    private final WordLists words;
    private final EventDating dating;

    EventSetting(Gazetteer gazetteer, WordLists words) {
        this(gazetteer, words, new EventDating(words));
    }

    private EventSetting(Gazetteer gazetteer, WordLists words, EventDating dating) {
        this.gazetteer = gazetteer;
        this.words = words;
        this.dating = dating;
    }

    /**
     * The setting for one article whose actors stage took some of the gazetteer's towns for namesakes of
     * places elsewhere (ActorAnalysis#namesakes): their names place nothing, as an unknown place's do.
     */
    EventSetting withoutNamesakes(Set<Place> namesakes) {
        return namesakes.isEmpty() ? this : new EventSetting(gazetteer.without(namesakes), words, dating);
    }

    /** When the event whose trigger is token {@code trigger} happened: {@link EventDating}. */
    EventDating.EventDate date(SentenceGraph graph, List<TimeExpression> sentenceTimes, int trigger, LocalDate articleDate,
            boolean future) {
        return dating.date(graph, sentenceTimes, trigger, articleDate, future);
    }

    /** The place of the sentence, or null; {@code partySpans} are actor and recipient mentions to skip. */
    EventLocation place(SentenceGraph graph, List<Span> partySpans) {
        return place(graph, partySpans, -1);
    }

    /**
     * The place of the event whose trigger is token {@code trigger}: as {@link #place(SentenceGraph, List)},
     * but a place in the trigger's own clause comes first ("clashed near the city of Goma, a week after the
     * two sides signed a ceasefire in Doha" happened near Goma), a locative one before any other.
     */
    EventLocation place(SentenceGraph graph, List<Span> partySpans, int trigger) {
        return place(graph, partySpans, trigger, false);
    }

    /**
     * Where the event whose trigger is token {@code trigger} happened, for its {@code event_loc}: as
     * {@link #place(SentenceGraph, List, int)}, but never a place the event is aimed at or done with ("against
     * Transnistria", "a pact with Asmara") nor one naming a document ("the Doha agreement"). The recipient rules keep
     * the wider reading: an attack's target place may be its recipient.
     */
    EventLocation location(SentenceGraph graph, List<Span> partySpans, int trigger) {
        return place(graph, partySpans, trigger, true);
    }

    private EventLocation place(SentenceGraph graph, List<Span> partySpans, int trigger, boolean eventLocation) {
        int triggerClause = trigger < 0 ? -1 : clauseHead(graph, trigger);
        EventLocation locative = null;
        EventLocation fallback = null;
        EventLocation ownClause = null;
        for (PlaceMention found : placesIn(graph)) {
            if (overlapsAny(found.span(), partySpans)) {
                continue;
            }
            EventLocation location = new EventLocation(found.place().name(), found.place().country(),
                    found.place().latitude(), found.place().longitude(), found.span());
            boolean isLocative = introducedByLocative(graph, found.firstToken(), found.endToken());
            if (eventLocation && !isLocative && (reachedAsTarget(graph, found.firstToken())
                    || namesADocument(graph, found.firstToken(), found.endToken()))) {
                continue;
            }
            boolean inOwnClause = triggerClause >= 0 && clauseHead(graph, found.firstToken()) == triggerClause
                    && (isLocative || reachedThroughOblique(graph, found.firstToken(), triggerClause));
            if (inOwnClause && isLocative) {
                return location;
            }
            if (isLocative && locative == null) {
                locative = location;
            } else if (!isLocative && !standsForItsState(graph, found.firstToken(), found.endToken())) {
                if (inOwnClause && ownClause == null) {
                    ownClause = location;
                } else if (fallback == null) {
                    fallback = location;
                }
            }
        }
        return ownClause != null ? ownClause : locative != null ? locative : fallback;
    }

    /** The head of the clause a token belongs to: up its basic heads to a clause's verb (or the root). */
    static int clauseHead(SentenceGraph graph, int token) {
        int current = token;
        for (int steps = 0; steps < graph.size(); steps++) {
            Dependency head = graph.basicHead(current);
            if (head == null || head.governor() < 0 || CLAUSE_RELATIONS.contains(head.baseRelation())
                    || head.relation().equals("dep") && graph.token(current).isVerb()) {
                // an unlabelled verb ("two days after the army signed ...") is a clause of its own too
                return current;
            }
            current = head.governor();
        }
        return current;
    }

    /**
     * Whether the path up from a place to its clause's head passes an oblique ("near the city of Goma",
     * "towards Uvira"): a place inside the subject's or object's own phrase ("Police of Republika Srpska")
     * describes that party, not where the event happened.
     */
    private static boolean reachedThroughOblique(SentenceGraph graph, int token, int clause) {
        int current = token;
        for (int steps = 0; steps < graph.size() && current != clause; steps++) {
            Dependency head = graph.basicHead(current);
            if (head == null || head.governor() < 0) {
                return false;
            }
            if (head.baseRelation().equals("obl")) {
                return true;
            }
            current = head.governor();
        }
        return false;
    }

    /**
     * "a weapon against the breakaway region of Transnistria", "signed a pact with Asmara", "fired rockets toward
     * Haifa": a place reached through a {@code target-preposition} (word-lists.tsv) on the way up to its clause is what the
     * event was aimed at or done with, not where it happened.
     */
    private boolean reachedAsTarget(SentenceGraph graph, int token) {
        int clause = clauseHead(graph, token);
        int current = token;
        for (int steps = 0; steps < graph.size() && current != clause; steps++) {
            for (Dependency arc : graph.basicDependents(current)) {
                if (arc.relation().equals("case")
                        && words.contains(ListName.TARGET_PREPOSITION, graph.token(arc.dependent()).lemma().toLowerCase(java.util.Locale.ROOT))) {
                    return true;
                }
            }
            Dependency head = graph.basicHead(current);
            if (head == null || head.governor() < 0) {
                return false;
            }
            current = head.governor();
        }
        return false;
    }

    /**
     * "the Doha agreement", "the Minsk accords": a place name modifying an agreement's name names that document,
     * not a location ("the Fordo plant" is at Fordo).
     */
    private boolean namesADocument(SentenceGraph graph, int firstToken, int endToken) {
        for (int token = firstToken; token < endToken; token++) {
            Dependency head = graph.basicHead(token);
            if (head != null && head.governor() >= endToken && (head.relation().equals("compound") || head.relation().equals("amod"))
                    && words.contains(ListName.ACCORD_NOUN, graph.token(head.governor()).lemma().toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
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
    /**
     * Whether the words are part of a longer name the tagger reads as a person's ("Maros Sefcovic",
     * "Jordan Bardella"): a person tag on them and on a proper noun next to them. A lone word tagged
     * a person after "in" ("in Zalambessa") may be the tagger's slip on a place and is kept.
     */
    private static boolean insidePersonName(Sentence sentence, int first, int end) {
        if (!isPersonWord(sentence.token(first))) {
            return false;
        }
        return first > 0 && isPersonWord(sentence.token(first - 1))
                || end < sentence.tokens().size() && isPersonWord(sentence.token(end));
    }

    private static boolean isPersonWord(Token token) {
        return token.isProperNoun() && "PERSON".equals(token.namedEntityTag());
    }

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
                if (place.isPresent() && insidePersonName(sentence, first, end)) {
                    // "Maros Sefcovic": a town's name as a person's first name
                    first = end - 1;
                    break;
                }
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

    private boolean introducedByLocative(SentenceGraph graph, int firstToken, int endToken) {
        for (int token = firstToken; token < endToken; token++) {
            if (hasLocativeCase(graph, token)) {
                return true;
            }
            for (Dependency arc : graph.heads(token)) {
                if (arc.governor() >= 0 && (arc.relation().equals("appos") || arc.relation().equals("compound")
                        || arc.relation().equals("flat")) && hasLocativeCase(graph, arc.governor())) {
                    return true;
                }
                // "in the Saudi city of Jeddah", "at the port of Hodeidah"
                if (arc.governor() >= 0 && arc.relation().equals("nmod:of") && hasLocativeCase(graph, arc.governor())
                        && words.contains(ListName.PLACE_NOUN, graph.token(arc.governor()).lemma().toLowerCase(java.util.Locale.ROOT))) {
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
