package org.annalist.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.annalist.actors.ActorAnalysis;
import org.annalist.actors.Entity;
import org.annalist.events.patterns.PatternDictionary;
import org.annalist.events.patterns.WordLists;
import org.annalist.language.AnnotatedDocument;
import org.annalist.language.TimeExpression;
import org.annalist.language.Token;
import org.annalist.quotes.Quote;

/**
 * What coding one article accumulates and shares between the sentence steps: the article's
 * party finders (built once per article, since they read its actors, quotes and pronoun
 * antecedents), the events coded so far (later rules refer back to them: "condemned the move"),
 * and every decision taken, for {@code annalist explain}. Owned by one call of
 * {@link DependencyEventCoder#codeWithDecisions}; never shared between articles or threads.
 */
final class ArticleState {
    final AnnotatedDocument document;
    final ActorAnalysis actors;
    final List<Quote> quotes;
    final PartyFinder parties;
    final ReciprocalParties pairs;
    final PhraseRecipient phrases;
    final DomesticParties domestic;
    final UnnamedGroupActor unnamedGroups;
    final ResponseRecipient responses;
    final CounterpartRecipient counterparts;
    final HomeRecipient home;
    final AnaphoricRecipient anaphora;
    final BareGovernmentRecipient bareGovernment;
    final VesselReference vessels;
    final DefiniteNounReference definiteNouns;
    final RoleFillers roles;
    final ReciprocalReference reciprocal;
    final ReportingSpeaker speakers;
    final Map<Integer, List<TimeExpression>> timesBySentence = new HashMap<>();
    final List<Event> events = new ArrayList<>();
    final List<Decision> decisions = new ArrayList<>();
    /** The sectors the finished event will give a party list ("Mexico's business lobby" is BUS, not the state). */
    final java.util.function.UnaryOperator<List<EventParty>> finalSectors;
    final Optional<EventLocation> dateline;
    /** Where and when, for this article: the gazetteer without the towns the actors stage took for namesakes. */
    final EventSetting setting;
    /** The dateline's words when its country is named only as a place: not the country of the first sentence either. */
    private final Span placeOnlyDateline;

    ArticleState(AnnotatedDocument document, ActorAnalysis actors, List<Quote> quotes, WordLists words, PatternDictionary patterns,
            EventSetting setting, PartySectors partySectors) {
        this.setting = setting.withoutNamesakes(actors.namesakes());
        this.finalSectors = parties -> partySectors.refineActors(parties, document, actors);
        this.document = document;
        this.actors = actors;
        this.quotes = quotes;
        this.reciprocal = ReciprocalReference.of(actors);
        this.roles = new RoleFillers(words);
        KindNounReference kindNouns = new KindNounReference(actors, words);
        this.speakers = new ReportingSpeaker(actors, words, kindNouns);
        this.pairs = new ReciprocalParties(actors, reciprocal, words, events);
        this.parties = new PartyFinder(actors, reciprocal, words, quotes, new PronounAntecedent(document.sentences(), actors),
                new DocumentReference(document.sentences(), words),
                kindNouns, roles, speakers, pairs, new JointBody(document.sentences(), actors, reciprocal, words));
        this.vessels = new VesselReference(document.sentences(), actors, words, roles);
        this.definiteNouns = new DefiniteNounReference(document.sentences(), actors, roles);
        this.phrases = new PhraseRecipient(actors, words, parties);
        this.domestic = new DomesticParties(actors, reciprocal, words, roles, pairs, speakers);
        this.unnamedGroups = new UnnamedGroupActor(actors, words, roles);
        this.responses = new ResponseRecipient(reciprocal, actors, words, finalSectors);
        this.counterparts = new CounterpartRecipient(responses, words);
        this.home = new HomeRecipient(actors, words, roles);
        this.anaphora = new AnaphoricRecipient(actors, words, roles, patterns, new UncodedEarlierAct(document.sentences(), actors));
        this.bareGovernment = new BareGovernmentRecipient(actors, words, roles);
        for (TimeExpression time : document.timeExpressions()) {
            timesBySentence.computeIfAbsent(time.sentenceIndex(), index -> new ArrayList<>()).add(time);
        }
        Optional<EventLocation> opening = this.setting.dateline(document);
        this.dateline = opening.filter(place -> place.code() == null || namesAsParty(actors, place.code()));
        this.placeOnlyDateline = opening.isPresent() && dateline.isEmpty() ? opening.get().mention() : null;
    }

    /**
     * Whether the article names the country as a party, not only as a place: "THE HAGUE (Reuters) -
     * Judges at the International Criminal Court …" is a Libyan story told from where the court
     * sits, and the dateline's country must not become the country of its unnamed actors ("the
     * judges", "rights groups"). A dateline whose country is named by a person, body or the country
     * itself (not only by places) keeps its role.
     */
    private static boolean namesAsParty(ActorAnalysis actors, String code) {
        return actors.entities().stream().anyMatch(entity -> code.equals(entity.code()) && !"LOCATION".equals(entity.type()));
    }

    /** Records why a match did or did not become an event, for {@code annalist explain}. */
    void decide(SentenceGraph graph, TriggerMatch match, DecisionReason reason, String detail, String eventId) {
        Token head = graph.token(match.head());
        decisions.add(new Decision(graph.sentence().index(), match.pattern().id(), match.pattern().location(),
                new Span(head.start(), head.end(), head.text()), reason, detail, eventId));
    }

    /**
     * The country a sentence happens in: its named place's, else the dateline's, else the article's
     * main country. A dateline whose country the story names only as a place (a court's or agency's
     * seat) counts neither as the dateline nor as the first sentence's named place; a dateline that is
     * only the venue ({@link #isVenueOnly}) does not count either; and when the dateline counts, a named
     * place whose country the article never names as a party, only as places, gives way to it. (A town
     * whose country the article never names at all is no place here: the actors stage took it for a
     * namesake, {@code ActorAnalysis.namesakes}, and {@link #setting} leaves it out.)
     */
    String homeCountry(SentenceGraph graph) {
        EventLocation place = setting.place(graph, placeOnlyDateline == null ? List.of() : List.of(placeOnlyDateline));
        boolean datelineCounts = dateline.isPresent() && dateline.get().code() != null && !isVenueOnly(dateline.get().code());
        if (place != null && place.code() != null && (!datelineCounts || namesAsParty(actors, place.code()))) {
            return place.code();
        }
        if (datelineCounts) {
            return dateline.get().code();
        }
        return domestic.dominantCountry();
    }

    /**
     * Whether the dateline's country is only where the story is told from: the article has two
     * main countries and it is neither (a regional summit on a neighbour's junta, datelined from
     * the host's capital, which the story names once). Its unnamed
     * crowds and troops are then of the story's most mentioned country, not of the host's.
     */
    private boolean isVenueOnly(String code) {
        List<Entity> pair = reciprocal.pair();
        return pair.size() == 2 && pair.stream().noneMatch(entity -> code.equals(entity.code())) && domestic.dominantCountry() != null;
    }

    /** The article's own country: its dateline's, else the most mentioned. */
    String articleCountry() {
        if (dateline.isPresent() && dateline.get().code() != null) {
            return dateline.get().code();
        }
        return domestic.dominantCountry();
    }
}
