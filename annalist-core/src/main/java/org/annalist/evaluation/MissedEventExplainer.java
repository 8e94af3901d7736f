package org.annalist.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.annalist.events.CodingResult;
import org.annalist.events.Decision;
import org.annalist.events.DecisionReason;
import org.annalist.events.Event;
import org.annalist.events.EventParty;
import org.annalist.language.AnnotatedDocument;
import org.annalist.language.Sentence;
import org.annalist.language.Token;

/**
 * Says why a gold event of one article was missed, from what the coder itself recorded while
 * coding it (the {@link Decision}s that {@code annalist explain} prints), so that misses can be
 * counted by cause: the coder never saw a trigger in the evidence sentence, saw one and set the
 * candidate aside (and for which {@link DecisionReason}), or coded the sentence as another event
 * type or between other parties.
 *
 * <p>The evidence sentence is found from the gold evidence text ({@link EvidenceLocator}). The
 * diagnoses, most telling first: a coded event that matches the gold one but was withheld for its
 * low confidence (so the coder found it and only the filter dropped it); an unmatched system event of the gold type in that sentence
 * (other parties); a pattern of the gold type rejected for a reason other than missing words; an
 * unmatched system event of another type; a system event of the gold type that matched another
 * gold event; a pattern of the gold type whose other trigger words or part of speech were wrong;
 * else no trigger, with the verb and noun lemmas of the evidence that no pattern has as its head word.
 */
public final class MissedEventExplainer {

    /** The four kinds of diagnosis. */
    public enum Kind {
        /** A coded event matches the gold event but its confidence is below the reporting minimum. */
        WITHHELD,
        /** The sentence holds a system event with another type or other parties. */
        CODED_AS,
        /** A pattern of the gold type was considered at a word of the sentence and gave no event. */
        REJECTED,
        /** No pattern of the gold type was considered in the sentence and no event was coded there. */
        NO_TRIGGER,
        /** The gold evidence text is not in the article. */
        SENTENCE_NOT_FOUND
    }

    /**
     * One diagnosis.
     *
     * @param kind what kind of miss it is
     * @param tally the key misses are counted under ("rejected NO_CODED_ACTOR", "coded as other parties")
     * @param line the diagnosis as printed after the missed event
     */
    public record Diagnosis(Kind kind, String tally, String line) {}

    /** How many verb and noun lemmas a no-trigger diagnosis lists at most. */
    private static final int LEMMAS_LISTED = 10;

    private final AnnotatedDocument document;
    private final CodingResult coding;
    private final List<GoldArticle.Event> gold;
    private final UnaryOperator<String> asGoldCode;
    private final Function<String, Optional<String>> eventOfRule;
    private final EvidenceLocator locator;
    private final List<Event> withheld;
    private final double minimumConfidence;

    /**
     * @param document the article as annotated
     * @param coding the events and decisions the coder made on it
     * @param gold all gold events of the article (a system event matching one of them is not a wrong coding)
     * @param asGoldCode how a system code reads in the gold set's conventions
     * @param eventOfRule the PLOVER event type of a pattern rule id
     * @param withheld the article's events below the reporting minimum, with their confidence
     * @param minimumConfidence the reporting minimum they fell below
     */
    public MissedEventExplainer(AnnotatedDocument document, CodingResult coding, List<GoldArticle.Event> gold,
            UnaryOperator<String> asGoldCode, Function<String, Optional<String>> eventOfRule,
            List<Event> withheld, double minimumConfidence) {
        this.document = document;
        this.coding = coding;
        this.gold = List.copyOf(gold);
        this.asGoldCode = asGoldCode;
        this.eventOfRule = eventOfRule;
        this.locator = new EvidenceLocator(document);
        this.withheld = List.copyOf(withheld);
        this.minimumConfidence = minimumConfidence;
    }

    public Diagnosis explain(GoldArticle.Event missed) {
        Optional<Event> belowMinimum = withheld.stream().filter(event -> EventScorer.matches(missed, event, false, asGoldCode)).findFirst();
        if (belowMinimum.isPresent()) {
            Event event = belowMinimum.get();
            return new Diagnosis(Kind.WITHHELD, "withheld below the minimum confidence", String.format(Locale.ROOT,
                    "withheld: coded as %s (%s at \"%s\") with confidence %.2f, below the minimum %s", event.event(), event.rule(),
                    event.evidence().trigger().text(), event.confidence(),
                    BigDecimal.valueOf(minimumConfidence).stripTrailingZeros().toPlainString()));
        }
        EvidenceLocator.Location location = locator.locate(missed.evidence());
        List<Integer> sentences = location.sentences();
        if (!location.found()) {
            return new Diagnosis(Kind.SENTENCE_NOT_FOUND, "sentence not found", "sentence not found");
        }
        List<Event> events = coding.events().stream().filter(event -> sentences.contains(event.evidence().sentenceIndex())).toList();
        List<Event> unmatched = events.stream().filter(event -> gold.stream().noneMatch(g -> EventScorer.matches(g, event, false, asGoldCode))).toList();
        List<Decision> decisions = coding.decisions().stream().filter(decision -> sentences.contains(decision.sentenceIndex())).toList();
        List<Decision> ofGoldType = decisions.stream()
                .filter(decision -> eventOfRule.apply(decision.rule()).filter(missed.event()::equals).isPresent()).toList();

        Optional<Event> otherParties = unmatched.stream().filter(event -> event.event().equals(missed.event())).findFirst();
        if (otherParties.isPresent()) {
            return codedAs(otherParties.get(), "coded as other parties", "");
        }
        Optional<Decision> rejected = ofGoldType.stream().filter(decision -> !decision.produced() && !setAside(decision))
                .min(Comparator.comparing(MissedEventExplainer::defersToAnother));
        if (rejected.isPresent()) {
            return rejected(rejected.get());
        }
        Optional<Event> otherType = unmatched.stream().max(Comparator.comparingInt(event -> sharedParties(missed, event)));
        if (otherType.isPresent()) {
            return codedAs(otherType.get(), "coded as other type", "");
        }
        Optional<Event> matchedElsewhere = events.stream().filter(event -> event.event().equals(missed.event())).findFirst();
        if (matchedElsewhere.isPresent()) {
            return codedAs(matchedElsewhere.get(), "coded for another gold event", ", which matched another gold event");
        }
        Optional<Decision> incomplete = ofGoldType.stream().filter(MissedEventExplainer::setAside).findFirst();
        if (incomplete.isPresent()) {
            return rejected(incomplete.get());
        }
        return noTrigger(location, decisions);
    }

    /**
     * A rejection that only says another candidate was tried instead ("talks" in "held talks"):
     * that candidate's own decision tells more.
     */
    private static boolean defersToAnother(Decision decision) {
        return decision.reason() == DecisionReason.OUTRANKED || decision.reason() == DecisionReason.PART_OF_LONGER_TRIGGER;
    }

    /** A pattern whose head word occurred but whose other words or part of speech did not fit. */
    private static boolean setAside(Decision decision) {
        return decision.reason() == DecisionReason.TRIGGER_WORDS_MISSING || decision.reason() == DecisionReason.WRONG_PART_OF_SPEECH;
    }

    private Diagnosis codedAs(Event event, String tally, String note) {
        return new Diagnosis(Kind.CODED_AS, tally, "coded as " + event.event() + " " + codes(event.actors()) + " -> "
                + codes(event.recipients()) + " (" + event.rule() + " at \"" + event.evidence().trigger().text() + "\")" + note);
    }

    private static Diagnosis rejected(Decision decision) {
        return new Diagnosis(Kind.REJECTED, "rejected " + decision.reason(), "rejected " + decision.rule() + " ("
                + decision.reason() + ") at \"" + decision.trigger().text() + "\": " + decision.detail());
    }

    private Diagnosis noTrigger(EvidenceLocator.Location location, List<Decision> decisions) {
        Set<Integer> considered = decisions.stream().map(decision -> decision.trigger().start()).collect(Collectors.toSet());
        Set<String> verbs = new LinkedHashSet<>();
        Set<String> nouns = new LinkedHashSet<>();
        for (int index : location.sentences()) {
            Sentence sentence = document.sentences().get(index);
            for (Token token : sentence.tokens()) {
                if (token.start() < location.start() || token.end() > location.end()
                        || considered.contains(token.start()) || isAuxiliary(sentence, token)) {
                    continue;
                }
                if (token.isVerb()) {
                    verbs.add(token.lemma());
                } else if (token.isNoun() && !token.isProperNoun()) {
                    nouns.add(token.lemma());
                }
            }
        }
        List<String> unknown = new ArrayList<>(verbs);
        unknown.addAll(nouns);
        String listed = unknown.stream().limit(LEMMAS_LISTED).collect(Collectors.joining(", "))
                + (unknown.size() > LEMMAS_LISTED ? ", ..." : "");
        List<String> others = decisions.stream().filter(decision -> !setAside(decision))
                .map(decision -> decision.rule() + " " + decision.reason()).distinct().limit(3).toList();
        return new Diagnosis(Kind.NO_TRIGGER, "no trigger", "no trigger; no pattern knows: " + (listed.isEmpty() ? "-" : listed)
                + (others.isEmpty() ? "" : "; other patterns here: " + String.join(", ", others)));
    }

    /** An auxiliary or copula ("has", "was", "will"): never a trigger, so not worth listing. */
    private static boolean isAuxiliary(Sentence sentence, Token token) {
        return sentence.headArc(token.index())
                .map(arc -> arc.relation().startsWith("aux") || arc.relation().equals("cop"))
                .orElse(false);
    }

    private int sharedParties(GoldArticle.Event missed, Event event) {
        Set<String> goldCodes = new TreeSet<>();
        missed.actors().forEach(party -> goldCodes.add(party.code()));
        missed.recipients().forEach(party -> goldCodes.add(party.code()));
        Set<String> systemCodes = new TreeSet<>(codes(event.actors()));
        systemCodes.addAll(codes(event.recipients()));
        systemCodes.retainAll(goldCodes);
        return systemCodes.size();
    }

    private List<String> codes(List<EventParty> parties) {
        return parties.stream().map(party -> asGoldCode.apply(party.code())).filter(java.util.Objects::nonNull).toList();
    }
}
