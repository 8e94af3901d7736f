package org.annalist.confidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.annalist.actors.Entity;
import org.annalist.actors.Mention;
import org.annalist.actors.MentionKind;
import org.annalist.events.Event;
import org.annalist.events.EventDerivation;
import org.annalist.events.EventParty;
import org.annalist.events.Evidence;
import org.annalist.events.Provenance;
import org.annalist.events.Span;
import org.annalist.events.TriggerPosition;
import org.annalist.events.patterns.TriggerKind;
import org.annalist.quotes.Quote;
import org.junit.jupiter.api.Test;

class EventFeaturesTest {

    private static final String TEXT = "ROME, May 2 (AP) — Russia attacked Ukraine.\n\n"
            + "He said Ukraine would answer Russia.\n\n"
            + "Talks stalled.\n\n"
            + "The border was closed and aid was blocked.";

    private static Span span(String word, int from) {
        int start = TEXT.indexOf(word, from);
        return new Span(start, start + word.length(), word);
    }

    private static final Span RUSSIA = span("Russia", 0);
    private static final Span UKRAINE = span("Ukraine", 0);
    private static final Span HE = span("He", 0);

    private static final List<Entity> ENTITIES = List.of(
            new Entity("e1", "Russia", "COUNTRY", "RUS", null, null, List.of(new Mention(RUSSIA.start(), RUSSIA.end(), "Russia", 1, MentionKind.NAME)), "test"),
            new Entity("e2", "Ukraine", "COUNTRY", "UKR", null, null, List.of(new Mention(UKRAINE.start(), UKRAINE.end(), "Ukraine", 1, MentionKind.NAME)), "test"),
            new Entity("e3", "Volodymyr Zelensky", "PERSON", "UKR", "GOV", null, List.of(new Mention(HE.start(), HE.end(), "He", 2, MentionKind.PRONOUN)), "test"));

    private static final List<Quote> QUOTES = List.of(new Quote("q1", "Ukraine would answer Russia", TEXT.indexOf("Ukraine would"),
            TEXT.indexOf("Russia.\n\nTalks") + 6, false, "e3", "Volodymyr Zelensky", "test"));

    private static Event event(String id, String type, String rule, EventParty actor, List<EventParty> recipients, List<String> aux,
            int sentence, Span trigger, String quote, EventDerivation derivation) {
        return new Event(id, LocalDate.of(2025, 5, 2), type, null, List.of(), List.of(actor), recipients, null, 4, -10, "190", -10, aux,
                new Evidence(sentence, "", trigger, quote, quote == null ? null : "e3"), rule,
                new Provenance("events/patterns.tsv", "0".repeat(64), "a1", "0".repeat(64), "test", derivation, null));
    }

    private static final Event ATTACK = event("v1", "ASSAULT", "assault.attack", new EventParty("e1", "Russia", "RUS", null, RUSSIA),
            List.of(new EventParty("e2", "Ukraine", "UKR", "MIL", UKRAINE)), List.of(), 1, span("attacked", 0), null,
            new EventDerivation(TriggerKind.VERB, "subject", "object", new TriggerPosition("main", "current")));

    private static final Event THREAT = event("v2", "THREATEN", "threaten.answer", new EventParty("e3", "Volodymyr Zelensky", "UKR", "GOV", HE),
            List.of(new EventParty("e1", "Russia", "RUS", null, RUSSIA)), List.of("future"), 2, span("answer", 0), "q1",
            new EventDerivation(TriggerKind.VERB, "subject", "earlier event v1 (same word)"));

    private static final Event CLOSURE = event("v3", "SANCTION", "sanction.close-border", new EventParty(null, "Ukraine", "UKR", null, span("closed", 0)),
            List.of(), List.of(), 4, span("closed", 0), null,
            new EventDerivation(TriggerKind.VERB, "the authorities of the home country (agentless passive)", null));

    private static final Event BLOCKADE = event("v4", "SANCTION", "sanction.block-noun", new EventParty(null, "Ukraine", "UKR", null, span("blocked", 0)),
            List.of(), List.of("negation", "hypothetical"), 4, span("aid", 0), null, new EventDerivation(TriggerKind.NOUN, null, null));

    private static final EventFeatures FEATURES = new EventFeatures(ENTITIES, QUOTES, List.of(ATTACK, THREAT, CLOSURE, BLOCKADE), TEXT);

    @Test
    void describesAnEventOfTheLeadFoundThroughTheSubjectAndTheObject() {
        assertThat(FEATURES.of(ATTACK)).containsExactly("bias", "rule=assault.attack", "convention=none", "type=ASSAULT", "trigger=verb", "clause=main",
                "time=current", "repeat=first", "actor.path=subject",
                "actor.mention=name", "actor.entity=country", "actor.sector=unknown", "actor.prominence=second country", "actors=one",
                "recipient.path=object", "recipient.mention=name", "recipient.entity=country", "recipient.sector=known",
                "recipient.prominence=first country", "countries=distinct", "type and recipient=ASSAULT with recipient", "aux=none",
                "speech=narrator", "paragraph=first", "events in sentence=1");
    }

    @Test
    void describesAReportedFutureEventWhoseActorIsAPronounAndWhoseRecipientAnEarlierEventGave() {
        assertThat(FEATURES.of(THREAT)).containsExactly("bias", "rule=threaten.answer", "convention=none", "type=THREATEN", "trigger=verb", "clause=unknown",
                "time=unknown", "repeat=first", "actor.path=subject",
                "actor.mention=pronoun", "actor.entity=person", "actor.sector=known", "actor.prominence=first country", "actors=one",
                "recipient.path=earlier event (same word)", "recipient.mention=name", "recipient.entity=country", "recipient.sector=unknown",
                "recipient.prominence=second country", "countries=distinct", "type and recipient=THREATEN with recipient", "aux=future", "speech=indirect quote", "paragraph=second or third", "events in sentence=1");
    }

    @Test
    void describesEventsWithoutARecipientFarDownASentenceOfTwoEvents() {
        assertThat(FEATURES.of(CLOSURE)).contains("actor.path=the authorities of the home country (agentless passive)",
                "actor.mention=dictionary", "actor.entity=none", "recipient.path=none", "type and recipient=SANCTION alone",
                "paragraph=fourth or later", "events in sentence=2");
        assertThat(FEATURES.of(BLOCKADE)).contains("trigger=noun", "actor.path=unknown", "aux=negation", "aux=hypothetical")
                .doesNotContain("aux=none").noneMatch(feature -> feature.startsWith("countries="));
    }

    @Test
    void marksAnEventOfTheTypeAndActorOfAnEventInAnEarlierSentenceAsARepeat() {
        Event again = event("v5", "ASSAULT", "assault.strike", new EventParty("e1", "Russia", "RUS", null, RUSSIA), List.of(), List.of(), 3,
                span("stalled", 0), null, new EventDerivation(TriggerKind.VERB, "subject", null,
                        new TriggerPosition("relative", "earlier")));
        EventFeatures features = new EventFeatures(ENTITIES, QUOTES, List.of(ATTACK, again, CLOSURE, BLOCKADE), TEXT);

        assertThat(features.of(again)).contains("repeat=same type and actor earlier", "clause=relative", "time=earlier");
        assertThat(features.of(ATTACK)).contains("repeat=first");
        assertThat(features.of(BLOCKADE)).as("same type and actor, but in the same sentence").contains("repeat=first");
    }

    @Test
    void callsAnEventOfAOneParagraphTextOnly() {
        EventFeatures single = new EventFeatures(ENTITIES, List.of(), List.of(ATTACK), "ROME, May 2 (AP) — Russia attacked Ukraine.");

        assertThat(single.of(ATTACK)).contains("paragraph=only", "speech=narrator");
    }

    @Test
    void ranksTheSidesCountriesByHowOftenTheArticleMentionsThem() {
        Span poland = span("aid", 0);
        List<Entity> entities = List.of(ENTITIES.get(0), ENTITIES.get(1), ENTITIES.get(2),
                new Entity("e4", "Poland", "COUNTRY", "POL", null, null, List.of(new Mention(poland.start(), poland.end(), "aid", 4, MentionKind.NAME)), "test"));
        Event aidToPoland = event("v6", "AID", "aid.send", new EventParty("e1", "Russia", "RUS", null, RUSSIA),
                List.of(new EventParty("e4", "Poland", "POL", null, poland)), List.of(), 4, poland, null, null);
        Event uncoded = event("v7", "PROTEST", "protest.march", new EventParty(null, "protesters", null, null, span("border", 0)),
                List.of(), List.of(), 4, span("border", 0), null, null);
        EventFeatures features = new EventFeatures(entities, QUOTES, List.of(aidToPoland, uncoded), TEXT);

        assertThat(features.of(aidToPoland)).as("Ukraine twice, Russia and Poland once each, Russia first")
                .contains("actor.prominence=second country", "recipient.prominence=other country");
        assertThat(features.of(uncoded)).contains("actor.prominence=no country", "type and recipient=PROTEST alone")
                .noneMatch(feature -> feature.startsWith("recipient.prominence="));
    }

    @Test
    void namesARoleSourceWithoutTheEventIdsItMentions() {
        assertThat(EventFeatures.path("earlier event v12 (latest)")).isEqualTo("earlier event (latest)");
        assertThat(EventFeatures.path("the object of the clause it closes (v4)")).isEqualTo("the object of the clause it closes");
        assertThat(EventFeatures.path("responds to v2")).isEqualTo("responds to");
        assertThat(EventFeatures.path("with")).isEqualTo("with");
        assertThat(EventFeatures.path(null)).isEqualTo("unknown");
    }

    @Test
    void namesAPathThatNamesItsPlaceOrVictimsOncePerPath() {
        // a weight per named place ("(kyiv)", "(hodeidah)") would never reach an article about another place
        assertThat(EventFeatures.path("the attacked place's country (Kyiv)")).isEqualTo("the attacked place's country (…)");
        assertThat(EventFeatures.path("victims of the other country (fishermen)")).isEqualTo("victims of the other country (…)");
        assertThat(EventFeatures.path("reranked: party of the same sentence (rules: the attacked place's country (Moscow))"))
                .isEqualTo("the attacked place's country (…)");
    }

    @Test
    void poolsTheRulesOfOneCodingConvention() {
        assertThat(EventFeatures.convention("support.support+intent")).isEqualTo("intent");
        assertThat(EventFeatures.convention("retreat.release+refusal")).isEqualTo("refusal");
        assertThat(EventFeatures.convention("aid.send-troop+commitment")).isEqualTo("commitment");
        assertThat(EventFeatures.convention("assault.attack")).isEqualTo("none");
    }
}
