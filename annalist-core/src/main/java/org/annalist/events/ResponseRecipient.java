package org.annalist.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.annalist.actors.ActorAnalysis;
import org.annalist.actors.Entity;
import org.annalist.actors.Mention;
import org.annalist.events.patterns.ListName;
import org.annalist.events.patterns.WordLists;

/**
 * The recipient of a response named without its target: "China warned that it would take all
 * necessary measures", "Tunisia refused on Thursday", "Russia vowed to retaliate". Such a threat or
 * refusal answers what another party did to the actor, so the recipient is the actor of the
 * article's latest earlier event aimed at the actor ("the EU approved sanctions on Russia" …
 * "Russia vowed to retaliate" is RUS → EUR), a rights group's report not counting. When no coded event was aimed at the actor, and the
 * actor is one of the article's two main countries, the recipient is the other one provided the
 * text has named it in this sentence or the {@value #SENTENCES_BACK} before and mentions it at least
 * a quarter as often as the first (a country named in passing is no counterpart). Otherwise there is no
 * recipient: a country does not threaten or refuse itself.
 *
 * <p>Which event types are responses, and which earlier event types each answers, is data:
 * {@code response-event} in word-lists.tsv, its value the answered types. An earlier event of
 * another type is passed over: a refusal does not answer a praise or a signed deal ("the EU
 * welcomed the release … the junta rejected calls for an inquiry"), nor a threat a gift.
 */
final class ResponseRecipient {

    /** How a recipient lent by an earlier event says so: "responds to v4". */
    private static final String LENT_SOURCE = "responds to ";

    /** Whether the recipient is the doer of an earlier event this one answers ("responds to vN"), not a party the sentence names. */
    static boolean isLentByEarlierEvent(PartyFinder.Filling recipient) {
        return recipient.source() != null && recipient.source().startsWith(LENT_SOURCE);
    }

    /** The second main country must be mentioned at least 1/FAIR_SHARE as often as the first ({@link #distinctPair}). */
    static final int FAIR_SHARE = 4;

    /** How many sentences back the article's other main country must have been named. */
    static final int SENTENCES_BACK = 3;

    /**
     * The source of an empty filling for a response whose latest act aimed at the actor is not one it
     * answers: no later fallback should name a party either.
     */
    static final String UNANSWERED_SOURCE = "answers no act named (the latest act aimed at the actor is not one it answers)";

    /** The value of a {@code challenger-sector} row for an armed challenger (rebels). */
    private static final String ARMED = "armed";

    /** The code of non-governmental organisations (rights groups, charities). */
    private static final String NON_GOVERNMENTAL = "NGO";

    private final ReciprocalReference reciprocal;
    private final ActorAnalysis actors;
    private final WordLists words;
    /** The sectors the finished event will give its actors (PartySectors), which the actor stage may not have set. */
    private final UnaryOperator<List<EventParty>> eventSectors;

    ResponseRecipient(ReciprocalReference reciprocal, ActorAnalysis actors, WordLists words, UnaryOperator<List<EventParty>> eventSectors) {
        this.reciprocal = reciprocal;
        this.actors = actors;
        this.words = words;
        this.eventSectors = eventSectors;
    }

    /**
     * The party {@code actor} responds to with an event of type {@code type}, from the events coded
     * so far in the article (in text order) that {@code type} answers and its two main countries;
     * empty when neither names one.
     */
    PartyFinder.Filling of(String type, PartyFinder.Filling actor, List<Event> earlierEvents, int sentenceIndex) {
        Set<String> own = new HashSet<>();
        actor.parties().stream().map(EventParty::code).filter(java.util.Objects::nonNull).forEach(own::add);
        if (own.isEmpty() || challengers(actor)) {
            return PartyFinder.Filling.none();
        }
        Set<String> armedSectors = armedChallengerSectors(actor);
        for (int index = earlierEvents.size() - 1; index >= 0; index--) {
            Event earlier = earlierEvents.get(index);
            if (earlier.aux().contains(Modality.NEGATION) || earlier.actors().isEmpty()) {
                continue;
            }
            if (earlier.actors().stream().allMatch(party -> NON_GOVERNMENTAL.equals(party.code()))) {
                // a rights group's criticism is reported beside a government's refusal ("Amnesty
                // accused the police ...; the government would not negotiate"), but the refusal answers
                // the protesters or the other state, not the group reporting on it
                continue;
            }
            // an appeal to both sides ("urged Thailand and Cambodia to show restraint") is not what
            // one side answers: only an event aimed at the actor's side alone
            boolean aimedAtActor = !earlier.recipients().isEmpty()
                    && earlier.recipients().stream().allMatch(party -> own.contains(party.code()));
            boolean byOther = earlier.actors().stream().allMatch(party -> party.code() != null && !own.contains(party.code()));
            if (!armedSectors.isEmpty() && earlier.recipients().stream().noneMatch(party -> armedSectors.contains(party.sector()))) {
                // "the group would not lay down its weapons": an armed challenger answers what was aimed
                // at it ("urged the rebels to disarm"), not a foreign state's dealings with its government
                continue;
            }
            if (aimedAtActor && byOther && !answers(type, earlier.event())) {
                // the latest act aimed at the actor is not one this response answers (a praise, a
                // signed deal): what it answers is not in the text, so nobody is named
                return new PartyFinder.Filling(List.of(), UNANSWERED_SOURCE);
            }
            if (aimedAtActor && byOther) {
                return new PartyFinder.Filling(distinctByCode(earlier.actors()), LENT_SOURCE + earlier.id());
            }
        }
        return armedSectors.isEmpty() ? otherMainCountry(own, sentenceIndex) : PartyFinder.Filling.none();
    }

    /**
     * Whether a response of type {@code type} answers an earlier event of type {@code earlier}: the
     * value of its {@code response-event} row lists the answered types; a row without one answers any.
     */
    private boolean answers(String type, String earlier) {
        return words.value(ListName.RESPONSE_EVENT, type)
                .filter(value -> !value.isBlank())
                .map(value -> List.of(value.trim().split("\\s+")).contains(earlier))
                .orElse(true);
    }

    /**
     * The sectors of the actor when every actor is a country's own armed challenger
     * ({@code challenger-sector} valued {@value #ARMED}: rebels); else empty. Such a group answers
     * only an act aimed at its own kind, else its own state (the domestic convention).
     */
    private Set<String> armedChallengerSectors(PartyFinder.Filling actor) {
        List<EventParty> parties = eventSectors.apply(actor.parties());
        boolean armed = !parties.isEmpty() && parties.stream().allMatch(party -> party.sector() != null
                && words.value(ListName.CHALLENGER_SECTOR, party.sector()).filter(ARMED::equals).isPresent());
        Set<String> sectors = new HashSet<>();
        if (armed) {
            parties.forEach(party -> sectors.add(party.sector()));
        }
        return sectors;
    }

    /** Whether every actor is a country's own armed challenger ({@code challenger-sector} valued {@value #ARMED}: rebels). */
    boolean armedChallengers(PartyFinder.Filling actor) {
        return !armedChallengerSectors(actor).isEmpty();
    }

    /**
     * Whether every actor is a country's own unarmed challenger ({@code challenger-sector}: the
     * opposition, unions, civil groups, students): "the union warned it would stop loading tankers"
     * answers its own state, which the domestic convention codes, not the foreign doer of an earlier
     * event. Armed challengers (rebels) are not unarmed ones: "the RSF rejected the UN's call" answers
     * the UN when the call was aimed at the RSF ({@link #armedChallengerSectors}).
     */
    boolean challengers(PartyFinder.Filling actor) {
        List<EventParty> parties = eventSectors.apply(actor.parties());
        return !parties.isEmpty() && parties.stream().allMatch(party -> party.sector() != null
                && words.value(ListName.CHALLENGER_SECTOR, party.sector()).filter(value -> !ARMED.equals(value)).isPresent());
    }

    /**
     * The other of the article's two main countries when {@code own} is one country of the pair and
     * the other was named in sentence {@code sentenceIndex} or the {@value #SENTENCES_BACK} before; else none.
     */
    PartyFinder.Filling otherMainCountry(Set<String> own, int sentenceIndex) {
        List<Entity> pair = reciprocal.pair();
        if (own.size() != 1 || pair.size() != 2) {
            return PartyFinder.Filling.none();
        }
        String code = own.iterator().next();
        Entity other;
        if (code.equals(pair.get(0).code())) {
            other = pair.get(1);
        } else if (code.equals(pair.get(1).code())) {
            other = pair.get(0);
        } else {
            return PartyFinder.Filling.none();
        }
        if (!distinctPair(pair)) {
            return PartyFinder.Filling.none();
        }
        return namedNear(other, sentenceIndex, "the article's other main country");
    }

    /**
     * The article's most mentioned country other than {@code own}, named in sentence
     * {@code sentenceIndex} or the {@value #SENTENCES_BACK} before ("Britain froze the assets of
     * two police commanders" in a story about Georgia); none when no such country was named there.
     */
    PartyFinder.Filling mainCountryOtherThan(String own, int sentenceIndex) {
        return reciprocal.pair().stream()
                .filter(main -> main.code() != null && !main.code().equals(own))
                .findFirst()
                .map(main -> namedNear(main, sentenceIndex, "the article's main country"))
                .orElse(PartyFinder.Filling.none());
    }

    /** The country as a party at its mention in sentence {@code sentenceIndex} or the {@value #SENTENCES_BACK} before; else none. */
    private PartyFinder.Filling namedNear(Entity country, int sentenceIndex, String source) {
        for (Mention mention : reciprocal.mentionsOf(country.code())) {
            if (mention.sentenceIndex() <= sentenceIndex && mention.sentenceIndex() >= sentenceIndex - SENTENCES_BACK) {
                return new PartyFinder.Filling(List.of(new EventParty(country.id(), country.name(), country.code(), country.sector(),
                        new Span(mention.start(), mention.end(), mention.text()))), source);
            }
        }
        return PartyFinder.Filling.none();
    }

    /**
     * Whether the article is really between the two: the less mentioned of the pair is mentioned at
     * least 1/{@value #FAIR_SHARE} as often as the other. The two most mentioned countries of a story
     * about one country can include one named in passing ("Turkey" in a story of Baghdad's row with
     * Erbil, "the United States" in a Nigerian kidnapping story), which is no counterpart of anything.
     */
    private boolean distinctPair(List<Entity> pair) {
        java.util.Map<String, Integer> counts = reciprocal.mentionCounts();
        int first = counts.getOrDefault(pair.get(0).code(), 0);
        int second = counts.getOrDefault(pair.get(1).code(), 0);
        return second * FAIR_SHARE >= first;
    }

    private static List<EventParty> distinctByCode(List<EventParty> parties) {
        Set<String> seen = new HashSet<>();
        List<EventParty> distinct = new ArrayList<>();
        for (EventParty party : parties) {
            if (seen.add(party.code())) {
                distinct.add(party);
            }
        }
        return distinct;
    }
}
